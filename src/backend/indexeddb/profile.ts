/** The viewer's own person in IndexedDB: one `put` of the member's record with its name keys made anew. */
import type { Person } from '../../model/person.js';
import { emailKeysOf } from '../contact-links.js';
import { searchKeysOf, sortKeyOf } from '../search-text.js';
import { requirePerson } from './graph.js';
import { PEOPLE, type Transaction } from './schema.js';

/** Replaces the viewer's person (`not-found` when the viewer is not stored), keeping it a member. */
export async function updateProfileIn(tx: Transaction, person: Person): Promise<void> {
  await requirePerson(tx, person.id, true);
  const sortKey = sortKeyOf(person);
  await tx
    .objectStore(PEOPLE)
    .put({ id: person.id, person, sortKey, searchKeys: searchKeysOf(person, sortKey), emailKeys: emailKeysOf(person) });
}
