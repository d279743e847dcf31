/**
 * The profile pane of <contacts-center>: the open person read from the adapter (the list's copy shown meanwhile),
 * their mutual connections, the viewer's private note and contact link, the profile's actions, and focus on the heading once the
 * person is shown. The element says which person is open; this view loads and renders them.
 */
import { msg } from '@lit/localize';
import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import { LatestRead } from '../../controllers/latest-read.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { errorText } from '../shared/error-text.js';
import type { PersonOpenEventDetail } from '../shared/events.js';
import type { ActionContext } from './action-context.js';
import { MutualConnectionsController } from './mutual-connections.js';
import { PrivateNoteController } from './private-note.js';
import { ContactLinkController } from './contact-link.js';
import { ProfileActions } from './profile-actions.js';
import { profileLoading, profileView } from './profile-view.js';

/** The open profile. `person` is known at once when opened from a row, and refreshed from the adapter. */
interface ProfileState {
  id: string;
  person: Person | undefined;
  relationship: Relationship | undefined;
  error: string | undefined;
}

/** What the pane needs from its element. */
export interface ProfilePaneOptions {
  /** What the profile's actions act with (the backend among it). */
  actions: ActionContext;
  /** The list's rows: a profile opened from one shows its copy until the adapter answers. */
  entries(): readonly PersonEntry[];
  /** The person whose profile should be shown (the element's `personId`). */
  openedId(): string | null;
  /** A load failed: the alert says so and `cc-error` is fired. */
  reportError(error: unknown, personId: string): void;
  showPerson(personId: string): void;
  closeProfile(): Promise<void>;
  editContact(person: Person): void;
}

type Host = LitElement;

export class ProfilePane implements ReactiveController {
  #profile: ProfileState | undefined;
  /** Only the newest profile load's answer is shown. */
  readonly #read = new LatestRead();
  readonly #mutual: MutualConnectionsController;
  readonly #privateNote: PrivateNoteController;
  readonly #contactLink: ContactLinkController;
  readonly #actions: ProfileActions;
  /** The heading should take focus as soon as the opened person is rendered. */
  #focusHeading = false;

  constructor(
    private readonly host: Host,
    private readonly options: ProfilePaneOptions,
  ) {
    host.addController(this);
    this.#mutual = new MutualConnectionsController(host);
    this.#privateNote = new PrivateNoteController(host, (text) => options.actions.announce(text));
    this.#contactLink = new ContactLinkController(host, options.actions, (id) => options.showPerson(id));
    this.#actions = new ProfileActions(host, options.actions, (person) => this.#privateNote.forVCard(person.id));
  }

  hostDisconnected(): void {
    this.#read.abort();
  }

  hostUpdated(): void {
    if (!this.#focusHeading) return;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('#profile-name');
    if (heading && this.#profile?.person?.id === this.options.openedId()) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  /** The id of the profile shown (or being loaded), if any. */
  get id(): string | undefined {
    return this.#profile?.id;
  }

  /** The heading takes focus once the person is shown (they may still be loading: opened from the feed). */
  focusHeading(focus = true): void {
    this.#focusHeading = focus;
  }

  /** Nothing is shown. */
  clear(): void {
    this.#read.abort();
    this.#set(undefined);
  }

  /**
   * Loads the profile of `id`. `quiet` keeps what is shown (a live refresh); otherwise the pane starts from
   * the list's copy of the person, if any, so the heading can take focus at once.
   */
  load(id: string, quiet: boolean): void {
    const backend = this.options.actions.backend();
    this.#read.abort();
    if (!quiet || this.#profile?.id !== id) {
      const entry = this.options.entries().find((e) => e.person.id === id);
      this.#set({ id, person: entry?.person, relationship: entry?.relationship, error: undefined });
    }
    if (!backend) return;
    this.#mutual.load(backend, id);
    this.#privateNote.load(backend, id);
    this.#contactLink.load(backend, id);
    void this.#read.run(
      (signal) => Promise.all([backend.getPerson(id, { signal }), backend.getRelationship(id, { signal })]),
      ([person, relationship]) => this.#set({ id, person, relationship, error: undefined }),
      (error) => {
        this.#set({ ...this.#profile!, error: errorText(error) });
        this.options.reportError(error, id);
      },
    );
  }

  /** `personId`'s relationship changed (an action here or in the bulk bar). */
  patchRelationship(personId: string, relationship: Relationship): void {
    if (this.#profile?.id === personId) this.#set({ ...this.#profile, relationship });
  }

  #set(profile: ProfileState | undefined): void {
    this.#profile = profile;
    this.host.requestUpdate();
  }

  /**
   * A name chosen in the profile's recent-activity feed opens that person here, which the host hears as
   * `cc-select`; the feed inside is this element's own part, so its event goes no further.
   */
  #onFeedPersonOpen(event: CustomEvent<PersonOpenEventDetail>): void {
    event.stopPropagation();
    this.options.showPerson(event.detail.personId);
  }

  render(): TemplateResult {
    const profile = this.#profile;
    if (!profile) {
      return html`<p class="placeholder" part="placeholder">${msg('Choose a person to see their profile.')}</p>`;
    }
    const o = this.options;
    const loading = (error: string | undefined): TemplateResult =>
      profileLoading({ error, onBack: () => void o.closeProfile(), onRetry: () => this.load(profile.id, false) });
    if (!profile.person) return loading(profile.error);
    const backend = o.actions.backend();
    try {
      return profileView({
        person: profile.person,
        relationship: profile.relationship,
        error: profile.error,
        pending: this.#actions.pending,
        backend,
        onAction: (action, person, event) => void this.#actions.run(action, person, event),
        onBack: () => void o.closeProfile(),
        onRetry: () => this.load(profile.id, false),
        onFeedPersonOpen: (event) => this.#onFeedPersonOpen(event),
        mutual: this.#mutual.of(profile.id),
        onOpenPerson: (id) => o.showPerson(id),
        onEditContact: (person) => o.editContact(person),
        muteDuration: this.#actions.muteDuration,
        onMuteDuration: (duration) => this.#actions.setMuteDuration(duration),
        privateNote: this.#privateNote.render(backend, profile.id),
        contactLink: this.#contactLink.render(backend, profile.id),
      });
    } catch (error) {
      // Data an adapter should never have handed over: say so in this person's place, rather than leave the
      // previous person's profile (and buttons) on screen, and keep the element updating.
      console.error('contacts-center: a profile could not be shown', error);
      return loading(msg('This profile cannot be shown: its data is damaged.'));
    }
  }
}
