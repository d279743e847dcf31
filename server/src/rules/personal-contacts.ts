/**
 * Personal contacts on the server: rows of `people` with an `owner_id` (migration 007), written, read and deleted
 * by their owner alone, who is always the token's subject. The fields are checked by the library's own rule
 * (checkContactInput), word for word; a contact takes no relationship action (refuseContact).
 */
import type { Queryable } from '../db/types.js';
import { checkContactInput, newContactId, noSocialActions, noSuchContact, type Person, noSuchPerson } from '../shared.js';
import { lockPeople, putPerson } from './graph.js';

/** The owner of `id` (null for a member), or undefined when there is no such row. */
async function ownerOf(tx: Queryable, id: string, lock = false): Promise<string | null | undefined> {
  const [row] = await tx.query<{ owner_id: string | null }>(`SELECT owner_id FROM people WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row ? row.owner_id : undefined;
}

/** Refuses a relationship change with a personal contact: `invalid-state` for the viewer's own, `not-found` otherwise. */
export async function refuseContact(tx: Queryable, viewerId: string, id: string): Promise<void> {
  const owner = await ownerOf(tx, id);
  if (owner === null || owner === undefined) return;
  throw owner === viewerId ? noSocialActions() : noSuchContact(id);
}

/** Stores a new contact of the viewer's (who must exist). */
export async function addContact(tx: Queryable, viewerId: string, input: unknown, now: number): Promise<Person> {
  const person = { ...checkContactInput(input, newContactId()), updatedAt: now };
  const viewer = await lockPeople(tx, [viewerId]);
  if (!viewer.has(viewerId)) throw noSuchPerson(viewerId, true);
  await putPerson(tx, person, viewerId);
  return person;
}

/** Replaces every field of one of the viewer's contacts; `not-found` when it is not theirs. */
export async function updateContact(tx: Queryable, viewerId: string, id: string, input: unknown, now: number): Promise<Person> {
  const person = { ...checkContactInput(input, id), updatedAt: now };
  if ((await ownerOf(tx, id, true)) !== viewerId) throw noSuchContact(id);
  await putPerson(tx, person, viewerId);
  return person;
}

/** Deletes one of the viewer's contacts and the viewer's note on it; `not-found` when it is not theirs. */
export async function deleteContact(tx: Queryable, viewerId: string, id: string): Promise<void> {
  if ((await ownerOf(tx, id, true)) !== viewerId) throw noSuchContact(id);
  await tx.query('DELETE FROM private_notes WHERE owner_id = $1 AND person_id = $2', [viewerId, id]);
  await tx.query('DELETE FROM people WHERE id = $1 AND owner_id = $2', [id, viewerId]);
}
