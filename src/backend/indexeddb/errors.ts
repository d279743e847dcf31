/** Turns whatever IndexedDB threw into the adapter's one error type. */
import { ContactsError, isContactsError, type StorageFailure } from '../../model/errors.js';

/** Why IndexedDB failed, in words people can act on, and which kind of failure it is. */
function describe(name: string | undefined): [StorageFailure, string] {
  switch (name) {
    case 'QuotaExceededError':
      return ['quota', 'The browser refused to store more data: the storage quota is used up. Free some space and try again.'];
    case 'InvalidStateError':
      return ['lost', 'The connection to the contacts database was closed. Reload the page and try again.'];
    case 'AbortError':
      return ['failed', 'The change was aborted by the browser and nothing was saved. Try again.'];
    case 'VersionError':
      return ['newer-schema', 'The contacts database was created by a newer version of this page. Reload the page.'];
    case 'SecurityError':
      return [
        'unavailable',
        'This browser does not let this page store data here (private mode or a restricted frame), so contacts cannot be kept.',
      ];
    case 'UnknownError':
      return ['failed', 'The browser lost its connection to the contacts database. Try again.'];
    case 'DataError':
    case 'ConstraintError':
      return ['failed', 'The contacts database rejected the change and nothing was saved.'];
    default:
      return ['failed', 'The contacts database failed and nothing was saved. Try again.'];
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
  const [reason, message] = describe(name);
  return new ContactsError('storage', message, { cause, reason });
}
