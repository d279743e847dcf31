import { msg } from '@lit/localize';
import { sourceLocale } from '../../i18n/locale-codes.js';
import { getLocale } from '../../i18n/localization.js';
import { isContactsError, type ContactsErrorCode, type NetworkFailure, type StorageFailure } from '../../model/errors.js';

export { canRetry } from '../../model/errors.js';

/** One translated sentence per error code, for locales the adapter's own (English) messages do not speak. */
function codeText(code: ContactsErrorCode): string {
  switch (code) {
    case 'not-found':
      return msg('That person or request no longer exists.');
    case 'self':
      return msg('You cannot do that with yourself.');
    case 'blocked':
      return msg('A block between you and this person prevents that.');
    case 'invalid-state':
      return msg('That is no longer possible: your relationship with this person has changed.');
    case 'forbidden':
      return msg('Only the other person can do that.');
    case 'invalid-input':
      return msg('That request was not valid.');
    case 'storage':
      return storageText('failed');
    case 'network':
      return networkText('offline');
    case 'unauthorized':
      return msg('You are not signed in, or your sign-in has expired. Sign in again, then reload this page.');
  }
}

/** One sentence per network failure (see `NETWORK_FAILURES`); each can be retried. */
function networkText(failure: NetworkFailure): string {
  switch (failure) {
    case 'offline':
      return msg('The contacts server could not be reached. Check your connection, then try again.');
    case 'timeout':
      return msg('The contacts server did not answer in time. Check your connection, then try again.');
    case 'rate-limited':
      return msg('Too many requests in a short time. Wait a minute, then try again.');
  }
}

/** One sentence per storage failure, each with the way out that can work (see `STORAGE_FAILURES`). */
function storageText(reason: StorageFailure): string {
  switch (reason) {
    case 'unavailable':
      return msg(
        'This browser does not let this page store data here (a private window or a restricted frame), so your contacts cannot be kept.',
      );
    case 'blocked':
      return msg('An older version of this page in another tab is holding your contacts. Close the other tabs, then try again.');
    case 'version-change':
      return msg('Your contacts were updated or removed in another tab. Reload this page to continue.');
    case 'newer-schema':
      return msg('Your contacts were saved by a newer version of this page. Reload this page to get it.');
    case 'quota':
      return msg('There is no space left to store your contacts. Free some disk space or site data, then try again.');
    case 'lost':
      return msg('The browser closed or discarded the stored contacts. Reload this page.');
    case 'failed':
      return msg('Your contacts could not be saved or read. Check that this site may store data, then try again.');
  }
}

/**
 * A failure in words for the user. In English, a ContactsError's own message (written for people by the
 * adapter, naming the person) is shown; in other locales, the translated sentence for its code. Storage
 * failures always get the sentence for their `reason`, network failures for theirs and a refused sign-in its
 * own, with the way out that can work (offer Retry only when {@link canRetry} says so), and anything else (a
 * bug) a generic one rather than a stack trace.
 */
export function errorText(error: unknown): string {
  if (!isContactsError(error)) return msg('Something went wrong. Please try again.');
  if (error.code === 'storage') return storageText(error.reason ?? 'failed');
  if (error.code === 'network') return networkText(error.network ?? 'offline');
  if (error.code === 'unauthorized') return codeText('unauthorized');
  if (getLocale() !== sourceLocale) return codeText(error.code);
  return error.message;
}
