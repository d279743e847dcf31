/**
 * Private notes on the server: one row of `private_notes` (migration 006) per viewer and person, read and written
 * by the viewer alone. The text is checked by the library's own rule (validate.ts), before anything is written.
 */
import type { Queryable } from '../db/types.js';
import { checkPrivateNote, refuseAboutSelf } from '../shared.js';
import { requirePerson, requireVisible } from './graph.js';

function notedPerson(viewerId: string, personId: string): void {
  refuseAboutSelf(viewerId, personId, 'note');
}

/** The viewer's note about the person, `''` when none. */
export async function readNote(tx: Queryable, viewerId: string, personId: string): Promise<string> {
  notedPerson(viewerId, personId);
  await requireVisible(tx, viewerId, personId);
  const [row] = await tx.query<{ text: string }>('SELECT text FROM private_notes WHERE owner_id = $1 AND person_id = $2', [
    viewerId,
    personId,
  ]);
  return row?.text ?? '';
}

/** Checks and stores the viewer's note (`''` deletes it); resolves with what is stored. */
export async function writeNote(tx: Queryable, viewerId: string, personId: string, input: unknown, at: number): Promise<string> {
  notedPerson(viewerId, personId);
  const text = checkPrivateNote(input);
  await Promise.all([requirePerson(tx, viewerId, true), requireVisible(tx, viewerId, personId)]);
  if (text === '') {
    await tx.query('DELETE FROM private_notes WHERE owner_id = $1 AND person_id = $2', [viewerId, personId]);
  } else {
    await tx.query(
      `INSERT INTO private_notes (owner_id, person_id, text, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (owner_id, person_id) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at`,
      [viewerId, personId, text, at],
    );
  }
  return text;
}
