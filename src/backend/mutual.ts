/** The limits of `getMutualConnections`, and the check every adapter makes of its `limit`. */
import { ContactsError } from '../model/errors.js';
import { PAGE_SIZES } from './page-sizes.js';
import { checkId } from './validate.js';

/** How many mutual connections a read returns: `default` when no `limit` is given; `limit` may be 0 to `max`. */
export const MUTUAL_LIMITS = { default: 3, max: 200 } as const;

/** The number of people a `getMutualConnections` call returns for the caller's `limit`. */
export function mutualLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return MUTUAL_LIMITS.default;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > MUTUAL_LIMITS.max) {
    throw new ContactsError('invalid-input', `The number of mutual connections must be a whole number from 0 to ${MUTUAL_LIMITS.max}.`);
  }
  return limit;
}

/** The ids of a `getMutualConnectionsFor` call, checked: an array of at most `PAGE_SIZES.people.max` ids. */
export function mutualIds(personIds: unknown): string[] {
  if (!Array.isArray(personIds) || personIds.length > PAGE_SIZES.people.max)
    throw new ContactsError('invalid-input', `The people must be a list of at most ${PAGE_SIZES.people.max} ids.`);
  return personIds.map((id) => checkId(id));
}
