/**
 * Personal contacts: people the viewer keeps for themselves (a plumber, a relative who is no member). An optional
 * part of the contract: an adapter that offers it implements {@link PersonalContacts}, and a UI asks with
 * {@link hasPersonalContacts}. A personal contact is a Person with an id the adapter gives it; it is listed in
 * "All" (with `personal: true` on its entry) and under the `mine` filter, found by search like a member, seen by
 * its owner alone (anyone else gets `not-found`), and takes no relationship action (`invalid-state`).
 */
import { ContactsError } from '../model/errors.js';
import type { Person, PersonInput } from '../model/person.js';
import type { ContactsBackend } from './backend.js';

/** A personal contact's fields: every Person field but the id, which the adapter assigns. */
export type ContactInput = Omit<PersonInput, 'id'>;

/** The methods of an adapter that keeps personal contacts. Each change is one transaction; a rejected one writes nothing. */
export interface PersonalContacts {
  /** Stores a new contact of the viewer's and resolves to it, with its new id. `invalid-input` for a bad field. */
  addContact(input: ContactInput): Promise<Person>;
  /** Replaces every field of one of the viewer's contacts. `not-found` when the viewer has no such contact. */
  updateContact(id: string, input: ContactInput): Promise<Person>;
  /** Deletes one of the viewer's contacts. `not-found` when the viewer has no such contact. */
  deleteContact(id: string): Promise<void>;
}

/** True when the adapter keeps personal contacts. */
export function hasPersonalContacts(backend: ContactsBackend): backend is ContactsBackend & PersonalContacts {
  const b = backend as Partial<PersonalContacts>;
  return typeof b.addContact === 'function' && typeof b.updateContact === 'function' && typeof b.deleteContact === 'function';
}

/** The prefix of every personal contact's id: members' ids never need to avoid anything else. */
export const CONTACT_ID_PREFIX = 'contact:';

/** A new contact id. */
export const newContactId = (): string => CONTACT_ID_PREFIX + crypto.randomUUID();

/** The `not-found` of a contact that is not the viewer's (whether it belongs to someone else or does not exist). */
export function noSuchContact(id: string): ContactsError {
  return new ContactsError('not-found', `You have no contact with the id "${id}".`);
}

/** The refusal of a relationship action on a personal contact. */
export function noSocialActions(): ContactsError {
  return new ContactsError('invalid-state', 'A personal contact is yours alone: it takes no connection, follow or block.');
}
