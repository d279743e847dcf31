/**
 * Contact links in IndexedDB (contact-links.ts of the contract): rows of `contactLinks` (schema v9) keyed
 * `[ownerId, contactId]`, unique per `[ownerId, memberId]`; candidates are point reads of the `byEmail` index.
 */
import type { PersonEntry } from '../backend.js';
import {
  CONTACT_LINK_LIMITS,
  emailKeysOf,
  linkBlocked,
  linkedContactOf,
  linkedElsewhere,
  linkSelf,
  noSharedEmail,
  sharesEmail,
  type ContactLink,
} from '../contact-links.js';
import { noSuchContact } from '../personal-contacts.js';
import type { Person } from '../../model/person.js';
import { getPersonRecord, startsWith } from './graph.js';
import { CONTACT_LINKS, PEOPLE, RELATIONS, type PersonRecord, type StoreName, type Transaction } from './schema.js';
import { noSuchPerson, noSuchMember } from '../errors.js';

/** The stores a link call reads or writes. */
export const LINK_STORES: readonly StoreName[] = [PEOPLE, RELATIONS, CONTACT_LINKS];

async function ownContact(tx: Transaction, viewerId: string, contactId: string): Promise<Person> {
  const record = await getPersonRecord(tx, contactId);
  if (record?.ownerId !== viewerId) throw noSuchContact(contactId);
  return record.person;
}

/** True when a block stands between the two, either way. */
async function inBlock(tx: Transaction, a: string, b: string): Promise<boolean> {
  const relations = tx.objectStore(RELATIONS);
  const keys = await Promise.all([relations.getKey([a, 'block', b]), relations.getKey([b, 'block', a])]);
  return keys.some((k) => k !== undefined);
}

/** The members with one of `keys`, in name order (sort key, then id), each once. */
async function membersWith(tx: Transaction, keys: string[]): Promise<PersonRecord[]> {
  const index = tx.objectStore(PEOPLE).index('byEmail');
  const found = new Map<string, PersonRecord>();
  for (const rows of await Promise.all(keys.map((k) => index.getAll(k)))) for (const r of rows) found.set(r.id, r);
  return [...found.values()]
    .filter((r) => r.ownerId === undefined)
    .sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The contact's link and, while unlinked, its candidates. */
export async function contactLinkIn(tx: Transaction, viewerId: string, contactId: string): Promise<ContactLink> {
  const [contact, row] = await Promise.all([ownContact(tx, viewerId, contactId), tx.objectStore(CONTACT_LINKS).get([viewerId, contactId])]);
  const member = row && (await getPersonRecord(tx, row.memberId));
  if (member) return { member: member.person, matches: [] };
  const candidates = (await membersWith(tx, emailKeysOf(contact))).filter((r) => r.id !== viewerId);
  const byMember = tx.objectStore(CONTACT_LINKS).index('byMember');
  const checked = await Promise.all(
    candidates.map(async (r) => !(await inBlock(tx, viewerId, r.id)) && (await byMember.getKey([viewerId, r.id])) === undefined),
  );
  return {
    member: null,
    matches: candidates
      .filter((_, i) => checked[i])
      .slice(0, CONTACT_LINK_LIMITS.matches)
      .map((r) => r.person),
  };
}

/** The viewer's contact linked to a person, or null; `not-found` for an unknown person. */
export async function linkedContactIn(tx: Transaction, viewerId: string, personId: string): Promise<Person | null> {
  const [record, row] = await Promise.all([
    getPersonRecord(tx, personId),
    tx.objectStore(CONTACT_LINKS).index('byMember').get([viewerId, personId]),
  ]);
  if (!record || (record.ownerId !== undefined && record.ownerId !== viewerId)) {
    throw noSuchPerson(personId);
  }
  return (row && (await getPersonRecord(tx, row.contactId))?.person) ?? null;
}

/** Links; resolves to whether anything changed. */
export async function linkIn(tx: Transaction, viewerId: string, contactId: string, memberId: string, at: number): Promise<boolean> {
  if (memberId === viewerId) throw linkSelf();
  const links = tx.objectStore(CONTACT_LINKS);
  const [contact, member, current, other, blocked] = await Promise.all([
    ownContact(tx, viewerId, contactId),
    getPersonRecord(tx, memberId),
    links.get([viewerId, contactId]),
    links.index('byMember').get([viewerId, memberId]),
    inBlock(tx, viewerId, memberId),
  ]);
  if (!member || member.ownerId !== undefined) throw noSuchMember(memberId);
  if (current?.memberId === memberId) return false;
  if (blocked) throw linkBlocked();
  if (!sharesEmail(contact, member.person)) throw noSharedEmail(memberId);
  if (other) throw linkedElsewhere(memberId);
  await links.put({ ownerId: viewerId, contactId, memberId, createdAt: at });
  return true;
}

/** Removes the contact's link; resolves to whether there was one. */
export async function unlinkIn(tx: Transaction, viewerId: string, contactId: string): Promise<boolean> {
  const [, current] = await Promise.all([ownContact(tx, viewerId, contactId), tx.objectStore(CONTACT_LINKS).getKey([viewerId, contactId])]);
  if (current === undefined) return false;
  await tx.objectStore(CONTACT_LINKS).delete([viewerId, contactId]);
  return true;
}

/** The viewer's links, member id → contact id: one range read (a viewer links at most their own contacts). */
export async function readMemberLinks(tx: Transaction, viewerId: string): Promise<Map<string, string>> {
  const rows = await tx.objectStore(CONTACT_LINKS).getAll(startsWith([viewerId]));
  return new Map(rows.map((row) => [row.memberId, row.contactId]));
}

/**
 * Entries with the viewer's linked contact on each linked member's. `links` is {@link readMemberLinks}, best asked
 * for alongside the page's own reads (a point read per entry cost a page of 50 about 3 ms more).
 */
export async function withLinkedContacts(
  tx: Transaction,
  entries: PersonEntry[],
  links: Promise<Map<string, string>>,
): Promise<PersonEntry[]> {
  const byMember = await links;
  if (byMember.size === 0) return entries;
  return Promise.all(
    entries.map(async (entry) => {
      const contactId = entry.personal ? undefined : byMember.get(entry.person.id);
      const contact = contactId === undefined ? undefined : await getPersonRecord(tx, contactId);
      return contact ? { ...entry, linkedContact: linkedContactOf(contact.person) } : entry;
    }),
  );
}
