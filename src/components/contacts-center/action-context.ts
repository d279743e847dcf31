import type { ContactsBackend } from '../../backend/backend.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';
import type { VCardVersion } from '../../vcard/types.js';
import type { Question } from '../shared/confirm-dialog.js';

/** What <contacts-center> lends the parts that act (the profile's actions, the bulk bar). */
export interface ActionContext {
  backend(): ContactsBackend | undefined;
  /** The vCard version downloads write. */
  version(): VCardVersion;
  /** Asks in the confirmation dialog. */
  confirm(question: Question): Promise<boolean>;
  /** Shows a person's new relationship everywhere it is shown. */
  applyRelationship(personId: string, relationship: Relationship): void;
  /** Says what happened in the live region. */
  announce(text: string): void;
  /** Shows the failure of an action in the alert and emits `cc-error`. */
  reportError(error: unknown, action: RelationshipAction | 'vcard', personIds: string[]): void;
  /** Relationships changed: the counts are out of date. */
  changed(): void;
}
