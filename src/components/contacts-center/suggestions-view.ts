/**
 * People you may know, on the home view of <contacts-center>: the first page of `getSuggestions`, each with its
 * reason ("4 mutual connections", "Also at Acme"), a button that opens the profile, Connect and Dismiss. Read per
 * backend, again after relationship changes (the newest read only); a failed read shows nothing (the list is a
 * help, not the page's subject).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend, Suggestion } from '../../backend/backend.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { suggestionReason } from './suggestion-reason.js';
import { avatar } from '../shared/avatar.js';
import { nameInText, shownName } from '../shared/user-text.js';
import { performAction, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';

/** How many suggestions the home view shows. */
export const SUGGESTIONS_SHOWN = 5;

export interface SuggestionsOptions {
  backend(): ContactsBackend | undefined;
  onOpen(personId: string): void;
  announce(text: string): void;
  reportError(error: unknown, action: 'connect', personIds: string[]): void;
}

export class SuggestionsList implements ReactiveController {
  #items: Suggestion[] = [];
  #busy: string | null = null;
  readonly #read = new LatestRead();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SuggestionsOptions,
  ) {
    host.addController(this);
  }

  get items(): readonly Suggestion[] {
    return this.#items;
  }

  hostDisconnected(): void {
    this.#read.abort();
  }

  /** Reads the first suggestions of the current backend (none without one). */
  load(): void {
    const backend = this.options.backend();
    if (!backend) {
      this.#read.abort();
      this.#items = [];
      this.host.requestUpdate();
      return;
    }
    void this.#read.run(
      (signal) => backend.getSuggestions({ limit: SUGGESTIONS_SHOWN, signal }),
      (page) => {
        this.#items = page.items;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  async #act(kind: 'connect' | 'dismiss', s: Suggestion): Promise<void> {
    const backend = this.options.backend();
    if (!backend || this.#busy) return;
    this.#busy = s.person.id;
    this.host.requestUpdate();
    const name = nameInText(s.person);
    try {
      if (kind === 'dismiss') {
        await backend.dismissSuggestion(s.person.id);
        this.options.announce(msg(str`${name} will not be suggested again.`));
      } else {
        const r = await performAction(backend, 'connect', s.person.id);
        this.options.announce(RELATIONSHIP_ACTION_TABLE.connect.done(name, r));
      }
      this.#items = this.#items.filter((item) => item.person.id !== s.person.id);
      // Focus stays in the list: on the next suggestion's name, or the heading when none is left.
      await this.host.updateComplete;
      const next = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="suggestion-open"]');
      (next ?? this.host.shadowRoot?.querySelector<HTMLElement>('#suggestions-heading'))?.focus();
    } catch (error) {
      // A failed Dismiss is reported as the Connect action's sibling: the words come from the error itself.
      this.options.reportError(error, 'connect', [s.person.id]);
    } finally {
      this.#busy = null;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult | typeof nothing {
    if (this.#items.length === 0) return nothing;
    return html`<section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" tabindex="-1">${msg('People you may know')}</h2>
      <ul>
        ${this.#items.map((s) => {
          const name = shownName(s.person);
          const reasonId = `suggestion-reason-${s.person.id}`;
          // The buttons are named by their visible words and described by the person (label in name, WCAG 2.5.3).
          const nameId = `suggestion-name-${s.person.id}`;
          const busy = this.#busy !== null;
          return html`<li part="suggestion" data-id=${s.person.id}>
            ${avatar(s.person)}
            <span class="who">
              <button
                type="button"
                class="link user-text"
                part="suggestion-open"
                id=${nameId}
                dir="auto"
                aria-describedby=${reasonId}
                @click=${() => this.options.onOpen(s.person.id)}
              >
                ${name}
              </button>
              <span class="job" part="suggestion-reason" id=${reasonId}>${suggestionReason(s, s.person)}</span>
            </span>
            <button
              type="button"
              class="primary"
              part="suggestion-connect"
              aria-describedby=${nameId}
              ?disabled=${busy}
              @click=${() => void this.#act('connect', s)}
            >
              ${msg('Connect')}
            </button>
            <button
              type="button"
              part="suggestion-dismiss"
              aria-describedby=${nameId}
              ?disabled=${busy}
              @click=${() => void this.#act('dismiss', s)}
            >
              ${msg('Dismiss')}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
