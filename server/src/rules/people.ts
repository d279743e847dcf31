/**
 * Changes to people on the server: the viewer's own profile. What is accepted is the library's check
 * (checkProfileInput), word for word; the viewer is always the token's subject, never a field of the body.
 */
import type { Queryable } from '../db/types.js';
import { checkProfileInput, type Person, noSuchPerson } from '../shared.js';
import { lockPeople, putPerson } from './graph.js';

/** Replaces the viewer's person (its row locked, so it cannot interleave with a change naming them). */
export async function updateProfile(tx: Queryable, viewerId: string, input: unknown, now: number): Promise<Person> {
  const person = { ...checkProfileInput(input, viewerId), updatedAt: now };
  const people = await lockPeople(tx, [viewerId]);
  if (!people.has(viewerId)) throw noSuchPerson(viewerId, true);
  await putPerson(tx, person);
  return person;
}
