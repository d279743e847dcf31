import type { LitElement } from 'lit';
import type { Person } from '../../model/person.js';
import type { RelationshipAction } from '../../model/relationship.js';
import { emit } from '../shared/events.js';
import { performAction, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';
import type { ActionContext } from './action-context.js';
import { vcardDoneText } from './messages.js';
import { downloadPeople } from './vcard-download.js';

/** A button of the open profile's action group. */
export type ProfileAction = RelationshipAction | 'vcard';

/** What the profile's actions need from <contacts-center>. */
export interface ProfileActionsOptions extends ActionContext {
  /** The person whose profile is open, once loaded. */
  person(): Person | undefined;
}

/**
 * The open profile's action buttons at work: one action at a time (every button is disabled meanwhile, so no
 * double submit), asking first where the action table says so, then saying what happened and emitting
 * `cc-action` from the host, and keeping focus in the action group when the pressed button goes away.
 */
export class ProfileActions {
  private inFlight: ProfileAction | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly options: ProfileActionsOptions,
  ) {}

  /** The action in flight, if any. */
  get pending(): ProfileAction | null {
    return this.inFlight;
  }

  private setPending(action: ProfileAction | null): void {
    this.inFlight = action;
    this.host.requestUpdate();
  }

  /** Runs `action` on the open person; `event` is the click of its button. */
  async run(action: ProfileAction, event: Event): Promise<void> {
    const o = this.options;
    const backend = o.backend();
    const person = o.person();
    if (!backend || !person || this.inFlight) return;
    const button = event.currentTarget as HTMLElement;
    const confirmation = action === 'vcard' ? undefined : RELATIONSHIP_ACTION_TABLE[action].confirmation;
    if (confirmation) {
      const question = {
        title: confirmation.title(person.displayName),
        body: confirmation.body(),
        confirmLabel: confirmation.confirmLabel(),
      };
      if (!(await o.confirm(question))) return;
    }
    this.setPending(action);
    try {
      if (action === 'vcard') {
        await downloadPeople([person], o.version());
        o.announce(vcardDoneText(person.displayName));
        emit(this.host, 'cc-action', { action, personIds: [person.id] });
      } else {
        const relationship = await performAction(backend, action, person.id);
        o.applyRelationship(person.id, relationship);
        o.announce(RELATIONSHIP_ACTION_TABLE[action].done(person.displayName, relationship));
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
