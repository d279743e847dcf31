/** Turns whatever IndexedDB threw into the adapter's one error type. */
import { ContactsError, isContactsError } from '../../model/errors.js';

/** Why IndexedDB failed, in words people can act on. */
function describe(name: string | undefined): string {
  switch (name) {
    case 'QuotaExceededError':
      return 'The browser refused to store more data: the storage quota is used up. Free some space and try again.';
    case 'InvalidStateError':
      return 'The connection to the contacts database was closed. Reload the page and try again.';
    case 'AbortError':
      return 'The change was aborted by the browser and nothing was saved. Try again.';
    case 'VersionError':
      return 'The contacts database was created by a newer version of this page. Reload the page.';
    case 'UnknownError':
      return 'The browser lost its connection to the contacts database. Try again.';
    case 'DataError':
    case 'ConstraintError':
      return 'The contacts database rejected the change and nothing was saved.';
    default:
      return 'The contacts database failed and nothing was saved. Try again.';
  }
}

/**
 * Returns `error` if it already is a ContactsError, else a `storage` ContactsError describing it.
 * `txError` (a transaction's `error`) wins when present, because a quota failure often arrives only as an abort.
 */
export function toContactsError(error: unknown, txError?: DOMException | null): ContactsError {
  if (isContactsError(error)) return error;
  const cause = txError ?? error;
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : undefined;
  return new ContactsError('storage', describe(name), { cause });
}

/** A `storage` error with a specific message. */
export function storageError(message: string, cause?: unknown): ContactsError {
  return new ContactsError('storage', message, cause === undefined ? undefined : { cause });
}

/** An `invalid-input` error. */
export function invalidInput(message: string): ContactsError {
  return new ContactsError('invalid-input', message);
}
