/** The two ContactsErrors every adapter raises by hand: bad arguments, and storage that failed in a known way. */
import { ContactsError, type StorageFailure } from '../model/errors.js';

/** An `invalid-input` error. */
export function invalidInput(message: string): ContactsError {
  return new ContactsError('invalid-input', message);
}

/** A `storage` error with a specific message and reason (default `failed`). */
export function storageError(message: string, cause?: unknown, reason: StorageFailure = 'failed'): ContactsError {
  return new ContactsError('storage', message, cause === undefined ? { reason } : { cause, reason });
}
