/**
 * Personal contacts in IndexedDB: rows of the `people` store with an `ownerId`, listed per owner by the
 * `byOwner` index. Members have no owner. Every read that takes a person id goes through {@link visibleRecord},
 * so another viewer's contact is `not-found` everywhere.
 */
import type { PersonEntry } from '../backend.js';
import { noSocialActions, noSuchContact } from '../personal-contacts.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { getPersonRecord } from './graph.js';
import { CONTACT_LINKS, NOTES, PEOPLE, type PersonRecord, type Transaction } from './schema.js';
import { searchKeysOf, sortKeyOf } from '../search-text.js';
import { noSuchPerson } from '../errors.js';

/** The ids of the viewer's personal contacts. */
export function ownedIds(tx: Transaction, viewerId: string): Promise<string[]> {
  return tx.objectStore(PEOPLE).index('byOwner').getAllKeys(viewerId);
}

/** Every personal contact of the viewer, in one read. */
export function ownedRecords(tx: Transaction, viewerId: string): Promise<PersonRecord[]> {
  return tx.objectStore(PEOPLE).index('byOwner').getAll(viewerId);
}

/** A search result: the person, the relationship, and `personal` for a personal contact. */
export function entryOf(record: PersonRecord, relationship: Relationship): PersonEntry {
  return record.ownerId === undefined ? { person: record.person, relationship } : { person: record.person, relationship, personal: true };
}

/** The record when `viewerId` may see it: a member, or one of the viewer's own contacts. */
export async function visibleRecord(tx: Transaction, id: string, viewerId: string): Promise<PersonRecord | undefined> {
  const record = await getPersonRecord(tx, id);
  return record && (record.ownerId === undefined || record.ownerId === viewerId) ? record : undefined;
}

/** The person when `viewerId` may see them, else `not-found` worded as for no one (another viewer's contact is as absent). */
export async function requireVisible(tx: Transaction, id: string, viewerId: string): Promise<Person> {
  const record = await visibleRecord(tx, id, viewerId);
  if (!record) throw noSuchPerson(id);
  return record.person;
}

/** Refuses a relationship change with a personal contact: `invalid-state` for the viewer's own, `not-found` otherwise. */
export async function refuseContact(tx: Transaction, id: string, viewerId: string): Promise<void> {
  const record = await getPersonRecord(tx, id);
  if (record?.ownerId === undefined) return;
  throw record.ownerId === viewerId ? noSocialActions() : noSuchContact(id);
}

/** The stored record of one of `ownerId`'s contacts, with its derived keys. */
export function recordOf(person: Person, ownerId: string): PersonRecord {
  const sortKey = sortKeyOf(person);
  return { id: person.id, person, sortKey, searchKeys: searchKeysOf(person, sortKey), ownerId };
}

/** Adds a new contact (its id must be new). */
export async function addContactIn(tx: Transaction, viewerId: string, person: Person): Promise<void> {
  await tx.objectStore(PEOPLE).add(recordOf(person, viewerId));
}

/** Replaces one of the viewer's contacts; `not-found` when it is not theirs. */
export async function updateContactIn(tx: Transaction, viewerId: string, person: Person): Promise<void> {
  const record = await getPersonRecord(tx, person.id);
  if (record?.ownerId !== viewerId) throw noSuchContact(person.id);
  await tx.objectStore(PEOPLE).put(recordOf(person, viewerId));
}

/** Deletes one of the viewer's contacts, the viewer's private note on it and its link; `not-found` when it is not theirs. */
export async function deleteContactIn(tx: Transaction, viewerId: string, id: string): Promise<void> {
  const record = await getPersonRecord(tx, id);
  if (record?.ownerId !== viewerId) throw noSuchContact(id);
  await forgetContactIn(tx, viewerId, id);
}

/** Deletes one of `ownerId`'s contacts with what the owner keeps on it (private note, link). */
export async function forgetContactIn(tx: Transaction, ownerId: string, id: string): Promise<void> {
  await Promise.all([
    tx.objectStore(PEOPLE).delete(id),
    tx.objectStore(NOTES).delete([ownerId, id]),
    tx.objectStore(CONTACT_LINKS).delete([ownerId, id]),
  ]);
}
