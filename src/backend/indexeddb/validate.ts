/** Argument checks shared by the adapter and the importer. Each failure is an `invalid-input` ContactsError. */
import { invalidInput } from './errors.js';

/** Longest id accepted (ids are opaque, but unbounded keys would be abuse). */
export const MAX_ID_LENGTH = 256;

/** True for a usable id: a non-blank string of at most MAX_ID_LENGTH characters. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && id.trim().length > 0 && id.length <= MAX_ID_LENGTH;
}

/** Rejects anything that is not a usable id. `what` names the argument in the message. */
export function checkId(id: unknown, what = 'person id'): string {
  if (!isValidId(id)) throw invalidInput(`The ${what} must be a non-empty string of at most ${MAX_ID_LENGTH} characters.`);
  return id;
}
