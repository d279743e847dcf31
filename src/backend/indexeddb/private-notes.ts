/**
 * Private notes in IndexedDB: one row of the `notes` store (schema v7) per viewer and person, keyed
 * `[ownerId, personId]`, read and written by the viewer alone (no index leads from the person to it).
 */
import { visibleRecord } from './personal-contacts.js';
import { NOTES, type Transaction } from './schema.js';
import { noSuchPerson } from '../errors.js';

/** The person, when `viewerId` may see them, or `not-found`. */
async function requireVisible(tx: Transaction, viewerId: string, personId: string): Promise<void> {
  if (!(await visibleRecord(tx, personId, viewerId))) throw noSuchPerson(personId);
}

/** The viewer's note about the person, `''` when none. */
export async function readNote(tx: Transaction, viewerId: string, personId: string): Promise<string> {
  const [, row] = await Promise.all([requireVisible(tx, viewerId, personId), tx.objectStore(NOTES).get([viewerId, personId])]);
  return row?.text ?? '';
}

/** Stores the viewer's (checked) note about the person; `''` deletes it. */
export async function writeNote(tx: Transaction, viewerId: string, personId: string, text: string, at: number): Promise<void> {
  await Promise.all([requireVisible(tx, viewerId, personId), visibleRecord(tx, viewerId, viewerId).then((r) => r ?? notYou(viewerId))]);
  const notes = tx.objectStore(NOTES);
  await (text === '' ? notes.delete([viewerId, personId]) : notes.put({ ownerId: viewerId, personId, text, updatedAt: at }));
}

function notYou(viewerId: string): never {
  throw noSuchPerson(viewerId, true);
}
