import type { LitElement } from 'lit';
import type { MuteDuration } from '../../backend/backend.js';
import type { Person } from '../../model/person.js';
import type { RelationshipAction } from '../../model/relationship.js';
import { emit } from '../shared/events.js';
import { performAction, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';
import type { ActionContext } from './action-context.js';
import { vcardDoneText } from './messages.js';
import { downloadPeople } from './vcard-download.js';
import { nameInText } from '../shared/user-text.js';

/** A button of the open profile's action group. */
export type ProfileAction = RelationshipAction | 'vcard';

/**
 * The open profile's action buttons at work: one action at a time (every button is disabled meanwhile, so no
 * double submit), asking first where the action table says so, then saying what happened and emitting
 * `cc-action` from the host, and keeping focus in the action group when the pressed button goes away.
 */
export class ProfileActions {
  private inFlight: ProfileAction | null = null;
  #muteDuration: MuteDuration = 'day';

  /** `vcardNote`: the viewer's private note to write into this person's vCard, when they asked for it. */
  constructor(
    private readonly host: LitElement,
    private readonly options: ActionContext,
    private readonly vcardNote: (person: Person) => string | undefined = () => undefined,
  ) {}

  /** How long Mute mutes (the profile's duration choice). */
  get muteDuration(): MuteDuration {
    return this.#muteDuration;
  }

  setMuteDuration(duration: MuteDuration): void {
    this.#muteDuration = duration;
    this.host.requestUpdate();
  }

  /** The action in flight, if any. */
  get pending(): ProfileAction | null {
    return this.inFlight;
  }

  private setPending(action: ProfileAction | null): void {
    this.inFlight = action;
    this.host.requestUpdate();
  }

  /**
   * Runs `action` on `person`: the one whose profile drew the clicked button (`event`), never whoever the
   * element has loaded since, so an action always lands on the person on screen.
   */
  async run(action: ProfileAction, person: Person, event: Event): Promise<void> {
    const o = this.options;
    const backend = o.backend();
    if (!backend || this.inFlight) return;
    const button = event.currentTarget as HTMLElement;
    const confirmation = action === 'vcard' ? undefined : RELATIONSHIP_ACTION_TABLE[action].confirmation;
    if (confirmation) {
      const question = {
        title: confirmation.title(nameInText(person)),
        body: confirmation.body(),
        confirmLabel: confirmation.confirmLabel(),
      };
      if (!(await o.confirm(question))) return;
    }
    this.setPending(action);
    try {
      if (action === 'vcard') {
        const note = this.vcardNote(person);
        // The viewer's own note joins the person's (vCard's NOTE), only in this download.
        const exported = note ? { ...person, note: person.note ? `${person.note}\n\n${note}` : note } : person;
        await downloadPeople([exported], o.version());
        o.announce(vcardDoneText(nameInText(person)));
        emit(this.host, 'cc-action', { action, personIds: [person.id] });
      } else {
        // Connect sends the note typed beside it, if any (profile-view.ts).
        const noteField = this.host.renderRoot.querySelector<HTMLTextAreaElement>('textarea[part~="request-note"]');
        const note = action === 'connect' ? noteField?.value.trim() : undefined;
        const duration = action === 'mute' ? this.muteDuration : undefined;
        const relationship = await performAction(backend, action, person.id, { note, duration });
        if (noteField && action === 'connect') noteField.value = '';
        o.applyRelationship(person.id, relationship);
        o.announce(RELATIONSHIP_ACTION_TABLE[action].done(nameInText(person), relationship, duration));
        emit(this.host, 'cc-action', { action, personIds: [person.id], relationship });
        o.changed();
      }
    } catch (error) {
      o.reportError(error, action, [person.id]);
      // What we showed may be out of date (that is often why it failed): show the truth again.
      if (action !== 'vcard') {
        try {
          o.applyRelationship(person.id, await backend.getRelationship(person.id));
        } catch {
          // The alert already says something is wrong.
        }
      }
    } finally {
      this.setPending(null);
    }
    await this.host.updateComplete;
    this.restoreFocus(button);
  }

  /** After an action its button may be gone (Connect became Cancel request): keep focus in the actions. */
  private restoreFocus(button: HTMLElement): void {
    const active = this.host.shadowRoot?.activeElement;
    if (active && active !== button) return;
    if (button.isConnected && !(button as HTMLButtonElement).disabled) {
      button.focus();
      return;
    }
    this.host.renderRoot.querySelector<HTMLElement>('[part~="actions"] button:not(:disabled)')?.focus();
  }
}
