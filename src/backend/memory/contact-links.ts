/**
 * Contact links in memory (contact-links.ts of the contract): the world's `contactLinks`, member id by
 * {@link pairKey} (owner, contact). Each function runs to completion synchronously, so a change is atomic.
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
import { blocksOf } from './views.js';
import { pairKey, type MemoryWorld } from './world.js';
import { noSuchPerson, noSuchMember } from '../errors.js';

/** One of the viewer's contacts, or `not-found`. */
function ownContact(world: MemoryWorld, viewerId: string, contactId: string): Person {
  const record = world.people.get(contactId);
  if (record?.ownerId !== viewerId) throw noSuchContact(contactId);
  return record.person;
}

/** The viewer's contact linked to `memberId`. */
function contactFor(world: MemoryWorld, viewerId: string, memberId: string): Person | undefined {
  for (const [key, linked] of world.contactLinks) {
    if (linked !== memberId) continue;
    const [owner, contactId] = key.split('\u0000') as [string, string];
    if (owner === viewerId) return world.people.get(contactId)?.person;
  }
  return undefined;
}

/** The contact's link and, while unlinked, its candidates. */
export function contactLinkOf(world: MemoryWorld, viewerId: string, contactId: string): ContactLink {
  const contact = ownContact(world, viewerId, contactId);
  const memberId = world.contactLinks.get(pairKey(viewerId, contactId));
  const member = memberId === undefined ? undefined : world.people.get(memberId)?.person;
  if (member) return { member, matches: [] };
  const keys = emailKeysOf(contact);
  if (keys.length === 0) return { member: null, matches: [] };
  const excluded = blocksOf(world, viewerId).add(viewerId);
  const taken = new Set<string>();
  for (const [key, linked] of world.contactLinks) if (key.startsWith(viewerId + '\u0000')) taken.add(linked);
  const matches = world.byName
    .filter((r) => r.ownerId === undefined && !excluded.has(r.person.id) && !taken.has(r.person.id) && sharesEmail(contact, r.person))
    .slice(0, CONTACT_LINK_LIMITS.matches)
    .map((r) => r.person);
  return { member: null, matches };
}

/** The viewer's contact linked to a person, or null; `not-found` for an unknown person. */
export function linkedContactIn(world: MemoryWorld, viewerId: string, personId: string): Person | null {
  const record = world.people.get(personId);
  if (!record || (record.ownerId !== undefined && record.ownerId !== viewerId)) {
    throw noSuchPerson(personId);
  }
  return record.ownerId === undefined ? (contactFor(world, viewerId, personId) ?? null) : null;
}

/** Links; resolves to whether anything changed. */
export function linkIn(world: MemoryWorld, viewerId: string, contactId: string, memberId: string): boolean {
  const contact = ownContact(world, viewerId, contactId);
  if (memberId === viewerId) throw linkSelf();
  const member = world.people.get(memberId);
  if (!member || member.ownerId !== undefined) throw noSuchMember(memberId);
  if (world.contactLinks.get(pairKey(viewerId, contactId)) === memberId) return false;
  if (blocksOf(world, viewerId).has(memberId)) throw linkBlocked();
  if (!sharesEmail(contact, member.person)) throw noSharedEmail(memberId);
  if (contactFor(world, viewerId, memberId)) throw linkedElsewhere(memberId);
  world.contactLinks.set(pairKey(viewerId, contactId), memberId);
  return true;
}

/** Removes the contact's link; resolves to whether there was one. */
export function unlinkIn(world: MemoryWorld, viewerId: string, contactId: string): boolean {
  ownContact(world, viewerId, contactId);
  return world.contactLinks.delete(pairKey(viewerId, contactId));
}

/** Entries with the viewer's linked contact on each linked member's. */
export function withLinkedContacts(world: MemoryWorld, viewerId: string, entries: PersonEntry[]): PersonEntry[] {
  if (world.contactLinks.size === 0) return entries;
  return entries.map((entry) => {
    if (entry.personal) return entry;
    const contact = contactFor(world, viewerId, entry.person.id);
    return contact ? { ...entry, linkedContact: linkedContactOf(contact) } : entry;
  });
}
