import { msg } from '@lit/localize';
import { isContactsError } from '../../model/errors.js';

/**
 * A failure in words for the user. ContactsError messages are written for people by the adapter; anything
 * else (a bug, a network failure in a remote adapter) gets a generic sentence rather than a stack trace.
 */
export function errorText(error: unknown): string {
  if (isContactsError(error)) {
    switch (error.code) {
      case 'storage':
        return msg('Your contacts could not be saved or read. Check that this site may store data, then try again.');
      default:
        return error.message;
    }
  }
  return msg('Something went wrong. Please try again.');
}
