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

/** The page size to use: `fallback` when absent; otherwise an integer from 1 to `max`. */
export function checkLimit(limit: unknown, fallback: number, max: number): number {
  if (limit === undefined || limit === null) return fallback;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    throw invalidInput(`The page size must be a whole number from 1 to ${max}.`);
  }
  return limit;
}
