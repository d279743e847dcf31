import type { ContactImportStatus } from '../../backend/contact-imports.js';
import type { FeedTab } from '../../backend/vocabulary.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';

/** Detail of `cc-action`: an action completed. */
export interface ActionEventDetail {
  /** What was done; `vcard` for a download. */
  action: RelationshipAction | 'vcard' | 'profile' | 'contact' | 'delete-contact';
  /** The people acted on (one, or several for a bulk action). */
  personIds: string[];
  /** The viewer's new relationship, for single-person relationship actions. */
  relationship?: Relationship;
}

/** Detail of `cc-error`: an action or a load failed. `message` is the text shown to the user. */
export interface ErrorEventDetail {
  error: unknown;
  message: string;
  action?: RelationshipAction | 'vcard' | 'load' | 'post' | 'profile' | 'contact' | 'delete-contact';
  personIds?: string[];
}

/** Detail of `cc-select`: the open person, or the bulk selection, changed. */
export interface SelectEventDetail {
  /** The person whose profile is open, or `null` when none is. */
  personId: string | null;
  /** Ids of the rows selected for bulk actions. */
  selectedIds: string[];
}

/** Detail of `cc-person-open`: the user chose a person (a name in the feed) to see their profile. */
export interface PersonOpenEventDetail {
  personId: string;
}

/** Detail of `cc-tab-change`: the user chose a tab of `<activity-feed>`. */
export interface FeedTabEventDetail {
  tab: FeedTab;
}

/** Detail of `cc-import`: a vCard import finished, was cancelled, or was undone (`status.state` says which). */
export interface ImportEventDetail {
  status: ContactImportStatus;
}

/** Every event the elements fire, by name, with its detail. The one list `emit` and the DOM typings read. */
export interface ContactsEventDetails {
  'cc-action': ActionEventDetail;
  'cc-error': ErrorEventDetail;
  'cc-select': SelectEventDetail;
  'cc-person-open': PersonOpenEventDetail;
  'cc-tab-change': FeedTabEventDetail;
  'cc-import': ImportEventDetail;
}

export type ContactsEventName = keyof ContactsEventDetails;

/** The events as the DOM delivers them. */
export type ContactsEventMap = { [K in ContactsEventName]: CustomEvent<ContactsEventDetails[K]> };

declare global {
  // Merged into the DOM's own map, so addEventListener('cc-action', …) knows its detail.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a merge into the DOM's interface, not a new type
  interface HTMLElementEventMap extends ContactsEventMap {}
}

/** Dispatches a bubbling, composed custom event from `target`. */
export function emit<K extends ContactsEventName>(target: EventTarget, type: K, detail: ContactsEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
