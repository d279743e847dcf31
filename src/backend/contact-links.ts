/**
 * Contact links: one of the viewer's personal contacts tied to the member it is (same email), so the member's
 * entry and profile show what the viewer wrote on the contact. An optional part of the contract, on top of
 * {@link PersonalContacts}: an adapter that offers it implements {@link ContactLinks}, and a UI asks with
 * {@link hasContactLinks}. A link is the viewer's alone: nobody else (the member included) can see or learn of it.
 *
 * A contact links to at most one member and a member to at most one of the viewer's contacts. The candidates are
 * members with an email equal to one of the contact's ({@link emailKey}: trimmed, ignoring case), never the viewer
 * and never anyone in a block with the viewer either way. Deleting the contact deletes its link.
 */
import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import type { ContactsBackend, ReadOptions } from './backend.js';
import { hasPersonalContacts, type PersonalContacts } from './personal-contacts.js';

/** The most candidates a {@link ContactLink} lists. */
export const CONTACT_LINK_LIMITS = { matches: 10 } as const;

/** A personal contact's link: the member it is tied to, or the members it could be. */
export interface ContactLink {
  /** The member the contact is linked to, or null. */
  member: Person | null;
  /** While unlinked: the members it could be linked to (see the module), in name order, at most {@link CONTACT_LINK_LIMITS}.matches. */
  matches: Person[];
}

/** What a linked member's entry carries: the viewer's contact and its note (the viewer's own text). */
export interface LinkedContact {
  contactId: string;
  /** The contact's note, absent when it has none. */
  note?: string;
}

/** The methods of an adapter that links contacts. Each change is one transaction; a rejected one writes nothing. */
export interface ContactLinks {
  /** The contact's link and candidates. `not-found` when the viewer has no such contact. */
  getContactLink(contactId: string, options?: ReadOptions): Promise<ContactLink>;
  /**
   * The viewer's contact linked to a member, or null (also for the viewer, and for a contact id). `not-found` for
   * an unknown person.
   */
  getLinkedContact(personId: string, options?: ReadOptions): Promise<Person | null>;
  /**
   * Links the contact to the member (replacing the contact's previous link; again with the same member, nothing
   * changes) and resolves to the link. `not-found` for a contact that is not the viewer's or a member that does
   * not exist; `self` for the viewer; `blocked` for a block either way; `invalid-state` when no email of the
   * contact is one of the member's, or the member is linked to another of the viewer's contacts.
   */
  linkContact(contactId: string, memberId: string): Promise<ContactLink>;
  /** Removes the contact's link (none: nothing changes) and resolves to the link. `not-found` as above. */
  unlinkContact(contactId: string): Promise<ContactLink>;
}

/** True when the adapter keeps personal contacts and links them. */
export function hasContactLinks(backend: ContactsBackend): backend is ContactsBackend & PersonalContacts & ContactLinks {
  const b = backend as Partial<ContactLinks>;
  return (
    hasPersonalContacts(backend) &&
    typeof b.getContactLink === 'function' &&
    typeof b.getLinkedContact === 'function' &&
    typeof b.linkContact === 'function' &&
    typeof b.unlinkContact === 'function'
  );
}

/** An email as matched: trimmed, lower case. */
export const emailKey = (value: string): string => value.trim().toLowerCase();

/** A person's distinct email keys (blank ones left out). */
export function emailKeysOf(person: Pick<Person, 'emails'>): string[] {
  return [...new Set(person.emails.map((e) => emailKey(e.value)).filter((k) => k !== ''))];
}

/** True when the two share an email key. */
export function sharesEmail(a: Pick<Person, 'emails'>, b: Pick<Person, 'emails'>): boolean {
  const keys = new Set(emailKeysOf(a));
  return emailKeysOf(b).some((k) => keys.has(k));
}

/** What a linked member's entry carries, made from the contact. */
export function linkedContactOf(contact: Person): LinkedContact {
  return contact.note ? { contactId: contact.id, note: contact.note } : { contactId: contact.id };
}

/** `self` for linking the viewer. */
export const linkSelf = (): ContactsError => new ContactsError('self', 'A contact of yours cannot be linked to yourself.');

/** `blocked` for linking someone in a block with the viewer. */
export const linkBlocked = (): ContactsError => new ContactsError('blocked', 'A contact cannot be linked to someone in a block with you.');

/** `invalid-state` for a member whose emails are none of the contact's. */
export const noSharedEmail = (memberId: string): ContactsError =>
  new ContactsError('invalid-state', `The contact has no email address of "${memberId}": only a member with the same email can be linked.`);

/** `invalid-state` for a member linked to another contact. */
export const linkedElsewhere = (memberId: string): ContactsError =>
  new ContactsError('invalid-state', `"${memberId}" is linked to another of your contacts: unlink that one first.`);
