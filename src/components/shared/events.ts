import type { Relationship, RelationshipAction } from '../../model/relationship.js';

/** Detail of `cc-action`: an action completed. */
export interface ActionEventDetail {
  /** What was done; `vcard` for a download. */
  action: RelationshipAction | 'vcard';
  /** The people acted on (one, or several for a bulk action). */
  personIds: string[];
  /** The viewer's new relationship, for single-person relationship actions. */
  relationship?: Relationship;
}

/** Detail of `cc-error`: an action or a load failed. `message` is the text shown to the user. */
export interface ErrorEventDetail {
  error: unknown;
  message: string;
  action?: RelationshipAction | 'vcard' | 'load';
  personIds?: string[];
}

/** Detail of `cc-select`: the open person, or the bulk selection, changed. */
export interface SelectEventDetail {
  /** The person whose profile is open, or `null` when none is. */
  personId: string | null;
  /** Ids of the rows selected for bulk actions. */
  selectedIds: string[];
}

declare global {
  interface HTMLElementEventMap {
    'cc-action': CustomEvent<ActionEventDetail>;
    'cc-error': CustomEvent<ErrorEventDetail>;
    'cc-select': CustomEvent<SelectEventDetail>;
  }
}

/** Dispatches a bubbling, composed custom event from `target`. */
export function emit<K extends 'cc-action' | 'cc-error' | 'cc-select'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
