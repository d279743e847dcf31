/**
 * The open profile's private note: the viewer's own words about the person (why they muted them, how they met),
 * read beside the profile (only the newest read kept), edited in place and saved through the contract. A refused
 * save (too long, say) keeps the draft and says why beside it; the stored note stays as it was.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import { PRIVATE_NOTE_MAX } from '../../backend/limits.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { errorText } from '../shared/error-text.js';

interface ShownNote {
  id: string;
  /** What is stored. */
  stored: string;
  /** What the textarea holds. */
  draft: string;
  error: string | undefined;
  saving: boolean;
}

export class PrivateNoteController implements ReactiveController {
  #shown: ShownNote | undefined;
  /** The viewer asked for the note in the next vCard of this person. */
  includeInVCard = false;
  readonly #read = new LatestRead();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#read.abort();
  }

  /** The stored note of `id`, once read (`undefined` before, and for the viewer). */
  storedOf(id: string): string | undefined {
    return this.#shown?.id === id ? this.#shown.stored : undefined;
  }

  /** The stored note of `id` when the viewer asked for it in the vCard download, else undefined. */
  forVCard(id: string): string | undefined {
    return this.includeInVCard ? this.storedOf(id) || undefined : undefined;
  }

  /** Reads the note about `id` (none for the viewer themself); a failure leaves the note out. */
  load(backend: ContactsBackend, id: string): void {
    if (this.#shown?.id !== id) {
      this.#shown = undefined;
      this.includeInVCard = false;
    }
    if (id === backend.viewerId) {
      this.#read.abort();
      return;
    }
    void this.#read.run(
      (signal) => backend.getPrivateNote(id, { signal }),
      (stored) => this.#set({ id, stored, draft: this.#shown?.id === id ? this.#shown.draft : stored, error: undefined, saving: false }),
      () => this.#set(undefined),
    );
  }

  async #save(backend: ContactsBackend, note: ShownNote): Promise<void> {
    this.#set({ ...note, saving: true, error: undefined });
    try {
      const stored = await backend.setPrivateNote(note.id, note.draft);
      this.#set({ id: note.id, stored, draft: stored, error: undefined, saving: false });
      this.announce(stored === '' ? msg('Private note deleted.') : msg('Private note saved.'));
    } catch (error) {
      if (this.#shown?.id === note.id) this.#set({ ...this.#shown, saving: false, error: errorText(error) });
    }
  }

  #set(shown: ShownNote | undefined): void {
    this.#shown = shown;
    this.host.requestUpdate();
  }

  /** The note's section of the profile of `id`, or nothing while unknown. */
  render(backend: ContactsBackend | undefined, id: string): TemplateResult | typeof nothing {
    const note = this.#shown;
    if (!backend || note?.id !== id) return nothing;
    const changed = note.draft !== note.stored;
    return html`<section class="private-note" part="private-note" aria-labelledby="private-note-heading">
      <h3 id="private-note-heading">${msg('Private note')}</h3>
      <p id="private-note-hint" class="hint">${msg('Only you can see this note.')}</p>
      <textarea
        part="private-note-input"
        aria-labelledby="private-note-heading"
        aria-describedby="private-note-hint"
        maxlength=${PRIVATE_NOTE_MAX}
        rows="3"
        .value=${note.draft}
        @input=${(event: Event) => this.#set({ ...note, draft: (event.target as HTMLTextAreaElement).value, error: undefined })}
      ></textarea>
      <button
        type="button"
        part="private-note-save"
        ?disabled=${!changed || note.saving}
        aria-busy=${note.saving ? 'true' : 'false'}
        @click=${() => void this.#save(backend, note)}
      >
        ${msg('Save note')}
      </button>
      ${note.error ? html`<p class="note-error" part="private-note-error" role="alert">${note.error}</p>` : nothing}
      ${
        note.stored
          ? html`<label class="note-vcard"
              ><input
                type="checkbox"
                part="private-note-vcard"
                .checked=${this.includeInVCard}
                @change=${(event: Event) => {
                  this.includeInVCard = (event.target as HTMLInputElement).checked;
                  this.host.requestUpdate();
                }}
              />
              ${msg('Include this note in the vCard I download')}</label
            >`
          : nothing
      }
    </section>`;
  }
}
