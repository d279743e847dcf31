/**
 * The open profile's contact link (contact-links.ts of the contract). On one of the viewer's personal contacts: the
 * member it is linked to (open, Unlink) or the members with its email ("Link to Jane Doe", confirmed first). On a
 * member: the viewer's contact linked to them and its note. Read beside the profile (only the newest read kept);
 * nothing shows when the adapter does not link contacts.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import { hasContactLinks, type ContactLink } from '../../backend/contact-links.js';
import { CONTACT_ID_PREFIX } from '../../backend/personal-contacts.js';
import { LatestRead } from '../../controllers/latest-read.js';
import type { Person } from '../../model/person.js';
import { errorText } from '../shared/error-text.js';
import { shownName } from '../shared/user-text.js';
import type { ActionContext } from './action-context.js';

type Shown =
  | { id: string; kind: 'contact'; link: ContactLink; busy: boolean; error: string | undefined }
  | { id: string; kind: 'member'; contact: Person | null };

export class ContactLinkController implements ReactiveController {
  #shown: Shown | undefined;
  readonly #read = new LatestRead();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ActionContext,
    private readonly openPerson: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#read.abort();
  }

  /** Reads the link of `id` (a contact) or the contact linked to `id` (a member); a failure leaves the section out. */
  load(backend: ContactsBackend, id: string): void {
    if (this.#shown?.id !== id) this.#set(undefined);
    if (!hasContactLinks(backend) || id === backend.viewerId) {
      this.#read.abort();
      return;
    }
    const contact = id.startsWith(CONTACT_ID_PREFIX);
    void this.#read.run(
      async (signal): Promise<Shown> =>
        contact
          ? { id, kind: 'contact', link: await backend.getContactLink(id, { signal }), busy: false, error: undefined }
          : { id, kind: 'member', contact: await backend.getLinkedContact(id, { signal }) },
      (shown) => this.#set(shown),
      () => this.#set(undefined),
    );
  }

  async #change(backend: ContactsBackend, shown: Shown & { kind: 'contact' }, member: Person | null): Promise<void> {
    if (!hasContactLinks(backend)) return;
    if (member) {
      const name = shownName(member);
      const confirmed = await this.context.confirm({
        title: msg(str`Link to ${name}?`),
        body: msg(str`${name}’s row and profile will show this contact’s note. Only you can see the link; ${name} is not told.`),
        confirmLabel: msg('Link'),
      });
      if (!confirmed) return;
    }
    this.#set({ ...shown, busy: true, error: undefined });
    try {
      const link = member ? await backend.linkContact(shown.id, member.id) : await backend.unlinkContact(shown.id);
      if (this.#shown?.id === shown.id) this.#set({ ...shown, link, busy: false, error: undefined });
      this.context.announce(
        link.member
          ? msg(str`Linked to ${shownName(link.member)}. Their row and profile now show this contact’s note.`)
          : msg('Unlinked. The member’s row and profile no longer show this contact’s note.'),
      );
    } catch (error) {
      if (this.#shown?.id === shown.id) this.#set({ ...shown, busy: false, error: errorText(error) });
    }
  }

  #set(shown: Shown | undefined): void {
    this.#shown = shown;
    this.host.requestUpdate();
  }

  /** The section of the profile of `id`, or nothing while unknown or when there is nothing to say. */
  render(backend: ContactsBackend | undefined, id: string): TemplateResult | typeof nothing {
    const shown = this.#shown;
    if (!backend || shown?.id !== id) return nothing;
    if (shown.kind === 'member') {
      const { contact } = shown;
      if (!contact) return nothing;
      return html`<section class="contact-link" part="contact-link" aria-labelledby="contact-link-heading">
        <h3 id="contact-link-heading">${msg('Your contact')}</h3>
        <p class="hint">${msg('Linked to one of your contacts. Only you can see this.')}</p>
        ${contact.note ? html`<p class="user-text contact-note" part="contact-link-note" dir="auto">${contact.note}</p>` : nothing}
        <button type="button" part="contact-link-open" @click=${() => this.openPerson(contact.id)}>
          ${msg(str`Open your contact ${shownName(contact)}`)}
        </button>
      </section>`;
    }
    const { link } = shown;
    if (!link.member && link.matches.length === 0) return nothing;
    return html`<section class="contact-link" part="contact-link" aria-labelledby="contact-link-heading" aria-busy=${shown.busy}>
      <h3 id="contact-link-heading">${msg('Member')}</h3>
      ${
        link.member
          ? html`<p part="contact-link-state">
                ${msg(str`Linked to ${shownName(link.member)}: their row and profile show this contact’s note, to you alone.`)}
              </p>
              <div class="actions">
                <button type="button" part="contact-link-open" @click=${() => this.openPerson(link.member!.id)}>
                  ${msg(str`Open ${shownName(link.member)}`)}
                </button>
                <button
                  type="button"
                  part="contact-link-unlink"
                  ?disabled=${shown.busy}
                  @click=${() => void this.#change(backend, shown, null)}
                >
                  ${msg('Unlink')}
                </button>
              </div>`
          : html`<p class="hint">${msg('A member has this contact’s email address.')}</p>
              <div class="actions">
                ${link.matches.map(
                  (member) =>
                    html`<button
                      type="button"
                      part="contact-link-link"
                      data-member=${member.id}
                      ?disabled=${shown.busy}
                      @click=${() => void this.#change(backend, shown, member)}
                    >
                      ${msg(str`Link to ${shownName(member)}`)}
                    </button>`,
                )}
              </div>`
      }
      ${shown.error ? html`<p class="note-error" part="contact-link-error" role="alert">${shown.error}</p>` : nothing}
    </section>`;
  }
}
