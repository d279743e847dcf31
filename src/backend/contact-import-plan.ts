/**
 * Checking a contact import's plan before anything is written: its size, its merge targets and every contact's
 * fields. Apart from the contract (contact-imports.ts) because the field checks bring the schema validator, which
 * the drop-in bundle loads on the first import rather than with the page.
 * @module
 */
import { ContactsError } from '../model/errors.js';
import { checkContactInput } from './contact-input.js';
import { CONTACT_IMPORT_LIMITS, type ContactImportPlan, type ContactImportWrite, type StoredImportWrite } from './contact-imports.js';
import { newContactId } from './personal-contacts.js';

/** A plan checked: every write's contact cleaned, with its id. `isOwnContact` says whether a merge target is the viewer's. */
export function checkImportPlan(plan: unknown, isOwnContact: (id: string) => boolean): { source: string; writes: StoredImportWrite[] } {
  if (typeof plan !== 'object' || plan === null) throw new ContactsError('invalid-input', 'An import plan must be an object with writes.');
  const { source = '', writes } = plan as Partial<ContactImportPlan>;
  if (typeof source !== 'string' || source.length > 500)
    throw new ContactsError('invalid-input', 'source must be a string of at most 500 characters.');
  if (!Array.isArray(writes)) throw new ContactsError('invalid-input', 'writes must be an array.');
  if (writes.length > CONTACT_IMPORT_LIMITS.writes) {
    throw new ContactsError('invalid-input', `An import holds at most ${CONTACT_IMPORT_LIMITS.writes} writes.`);
  }
  const merged = new Set<string>();
  const checked = writes.map((write: unknown, index): StoredImportWrite => {
    const w = (typeof write === 'object' && write !== null ? write : {}) as Partial<ContactImportWrite>;
    const target = w.mergeInto;
    if (target !== undefined) {
      if (typeof target !== 'string' || !isOwnContact(target))
        throw new ContactsError('not-found', `writes[${index}]: you have no contact with the id "${String(target)}".`);
      if (merged.has(target)) throw new ContactsError('invalid-input', `writes[${index}]: "${target}" is merged into twice.`);
      merged.add(target);
    }
    try {
      return { index, person: checkContactInput(w.contact, target ?? newContactId()), merge: target !== undefined };
    } catch (error) {
      if (error instanceof ContactsError) throw new ContactsError(error.code, `writes[${index}].${error.message}`, { cause: error });
      throw error;
    }
  });
  return { source, writes: checked };
}
