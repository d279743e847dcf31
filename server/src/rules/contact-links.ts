/**
 * Contact links on the server: rows of `contact_links` (migration 009), read and written by the viewer alone, who
 * is always the token's subject. Migration 009's constraints hold the rules that need no reading (the contact is the
 * owner's, the member a member, one link each way); the ones that do (same email, no block) are the library's own.
 */
import type { Queryable } from '../db/types.js';
import {
  CONTACT_LINK_LIMITS,
  type ContactLink,
  emailKeysOf,
  linkBlocked,
  linkedContactOf,
  linkedElsewhere,
  linkSelf,
  noSharedEmail,
  noSuchContact,
  noSuchMember,
  noSuchPerson,
  type Person,
  type PersonEntry,
  sharesEmail,
} from '../shared.js';

async function ownContact(tx: Queryable, viewerId: string, contactId: string, lock = false): Promise<Person> {
  const [row] = await tx.query<{ data: Person }>(`SELECT data FROM people WHERE id = $1 AND owner_id = $2${lock ? ' FOR UPDATE' : ''}`, [
    contactId,
    viewerId,
  ]);
  if (!row) throw noSuchContact(contactId);
  return row.data;
}

/** The contact's link and, while unlinked, its candidates (found by migration 009's email index, then checked here). */
export async function readContactLink(tx: Queryable, viewerId: string, contactId: string): Promise<ContactLink> {
  const contact = await ownContact(tx, viewerId, contactId);
  const [linked] = await tx.query<{ data: Person }>(
    'SELECT m.data FROM contact_links l JOIN people m ON m.id = l.member_id WHERE l.owner_id = $1 AND l.contact_id = $2',
    [viewerId, contactId],
  );
  if (linked) return { member: linked.data, matches: [] };
  const keys = emailKeysOf(contact);
  if (keys.length === 0) return { member: null, matches: [] };
  const rows = await tx.query<{ data: Person }>(
    `SELECT p.data FROM people p
      WHERE p.owner_id IS NULL AND person_email_keys(p.data) && $2::text[] AND p.id <> $1
        AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.type = 'block'
                         AND ((r.from_id = $1 AND r.to_id = p.id) OR (r.from_id = p.id AND r.to_id = $1)))
        AND NOT EXISTS (SELECT 1 FROM contact_links l WHERE l.owner_id = $1 AND l.member_id = p.id)
      ORDER BY p.sort_key, p.id`,
    [viewerId, keys],
  );
  const matches = rows.map((r) => r.data).filter((m) => sharesEmail(contact, m));
  return { member: null, matches: matches.slice(0, CONTACT_LINK_LIMITS.matches) };
}

/** The viewer's contact linked to a person, or null; `not-found` for an unknown person. */
export async function readLinkedContact(tx: Queryable, viewerId: string, personId: string): Promise<Person | null> {
  const [row] = await tx.query<{ contact: Person | null }>(
    `SELECT (SELECT c.data FROM contact_links l JOIN people c ON c.id = l.contact_id
              WHERE l.owner_id = $2 AND l.member_id = p.id) AS contact
       FROM people p WHERE p.id = $1 AND (p.owner_id IS NULL OR p.owner_id = $2)`,
    [personId, viewerId],
  );
  if (!row) throw noSuchPerson(personId);
  return row.contact;
}

/** Links; resolves to whether anything changed. */
export async function writeLink(tx: Queryable, viewerId: string, contactId: string, memberId: string, at: number): Promise<boolean> {
  if (memberId === viewerId) throw linkSelf();
  const contact = await ownContact(tx, viewerId, contactId, true);
  const [member] = await tx.query<{ data: Person }>('SELECT data FROM people WHERE id = $1 AND owner_id IS NULL', [memberId]);
  if (!member) throw noSuchMember(memberId);
  const links = await tx.query<{ contact_id: string; member_id: string }>(
    'SELECT contact_id, member_id FROM contact_links WHERE owner_id = $1 AND (contact_id = $2 OR member_id = $3)',
    [viewerId, contactId, memberId],
  );
  if (links.some((l) => l.contact_id === contactId && l.member_id === memberId)) return false;
  const [block] = await tx.query(
    `SELECT 1 FROM relations WHERE type = 'block' AND ((from_id = $1 AND to_id = $2) OR (from_id = $2 AND to_id = $1))`,
    [viewerId, memberId],
  );
  if (block) throw linkBlocked();
  if (!sharesEmail(contact, member.data)) throw noSharedEmail(memberId);
  if (links.some((l) => l.member_id === memberId)) throw linkedElsewhere(memberId);
  await tx.query(
    `INSERT INTO contact_links (owner_id, contact_id, member_id, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (owner_id, contact_id) DO UPDATE SET member_id = EXCLUDED.member_id, created_at = EXCLUDED.created_at`,
    [viewerId, contactId, memberId, at],
  );
  return true;
}

/** Removes the contact's link; resolves to whether there was one. */
export async function deleteLink(tx: Queryable, viewerId: string, contactId: string): Promise<boolean> {
  await ownContact(tx, viewerId, contactId, true);
  const rows = await tx.query('DELETE FROM contact_links WHERE owner_id = $1 AND contact_id = $2 RETURNING 1', [viewerId, contactId]);
  return rows.length > 0;
}

/** The viewer's linked contact of each of `memberIds` that has one (one read for the page). */
export async function linkedContacts(tx: Queryable, viewerId: string, memberIds: string[]): Promise<Map<string, Person>> {
  if (memberIds.length === 0) return new Map();
  const rows = await tx.query<{ member_id: string; data: Person }>(
    `SELECT l.member_id, c.data FROM contact_links l JOIN people c ON c.id = l.contact_id
      WHERE l.owner_id = $1 AND l.member_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb))`,
    [viewerId, JSON.stringify(memberIds)],
  );
  return new Map(rows.map((r) => [r.member_id, r.data]));
}

/** Entries with the linked contact (from {@link linkedContacts}) on each linked member's. */
export function withLinkedContacts(entries: PersonEntry[], byMember: Map<string, Person>): PersonEntry[] {
  if (byMember.size === 0) return entries;
  return entries.map((entry) => {
    const contact = entry.personal ? undefined : byMember.get(entry.person.id);
    return contact ? { ...entry, linkedContact: linkedContactOf(contact) } : entry;
  });
}
