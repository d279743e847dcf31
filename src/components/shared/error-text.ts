import { msg } from '@lit/localize';
import { sourceLocale } from '../../i18n/locale-codes.js';
import { getLocale } from '../../i18n/localization.js';
import { isContactsError, type ContactsErrorCode } from '../../model/errors.js';

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
      return msg('Your contacts could not be saved or read. Check that this site may store data, then try again.');
  }
}

/**
 * A failure in words for the user. In English, a ContactsError's own message (written for people by the
 * adapter, naming the person) is shown; in other locales, the translated sentence for its code. Storage
 * failures always get the actionable sentence, and anything else (a bug, a network failure in a remote
 * adapter) a generic one rather than a stack trace.
 */
export function errorText(error: unknown): string {
  if (!isContactsError(error)) return msg('Something went wrong. Please try again.');
  if (error.code === 'storage' || getLocale() !== sourceLocale) return codeText(error.code);
  return error.message;
}
