/** The ContactsErrors every adapter raises by hand, each sentence written once: bad arguments, storage that failed in a known way, missing people, and what a viewer cannot ask about themselves. */
import { ContactsError, type StorageFailure } from '../model/errors.js';

/** An `invalid-input` error. */
export function invalidInput(message: string): ContactsError {
  return new ContactsError('invalid-input', message);
}

/** A `storage` error with a specific message and reason (default `failed`). */
export function storageError(message: string, cause?: unknown, reason: StorageFailure = 'failed'): ContactsError {
  return new ContactsError('storage', message, cause === undefined ? { reason } : { cause, reason });
}

/** `not-found` for an id that names no one the viewer may see; for the viewer's own id, says their profile is missing. */
export function noSuchPerson(id: string, isViewer = false): ContactsError {
  return new ContactsError(
    'not-found',
    isViewer ? `Your own profile (${id}) does not exist in this contacts database.` : `There is no person with the id "${id}".`,
  );
}

/** `not-found` for an id that names no member (no one, or a personal contact). */
export function noSuchMember(id: string): ContactsError {
  return new ContactsError('not-found', `There is no member with the id "${id}".`);
}

/** What a viewer cannot ask about themselves, and the sentence that refuses it. */
const ABOUT_YOURSELF = {
  relationship: 'You have no relationship with yourself.',
  mutual: 'You have no mutual connections with yourself.',
  note: 'You cannot keep a private note about yourself.',
} as const;

/** Throws the `self` refusal of `what` when `id` is the viewer's own. */
export function refuseAboutSelf(viewerId: string, id: string, what: keyof typeof ABOUT_YOURSELF): void {
  if (id === viewerId) throw new ContactsError('self', ABOUT_YOURSELF[what]);
}
