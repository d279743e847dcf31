/**
 * Checking a personal contact's fields, with the rules imported people follow (the schema validator behind them
 * is the larger part of the write path, so adapters in the drop-in bundle load this on the first contact written).
 * @module
 */
import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import { validateWorld } from './world-validation.js';

/**
 * A contact's input checked with the same rules as imported people and returned as a clean Person with `id`;
 * `invalid-input` names the field (`emails[1].value: must not be blank`).
 */
export function checkContactInput(input: unknown, id: string, what: 'contact' | 'profile' = 'contact'): Person {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ContactsError('invalid-input', `A ${what} must be an object of Person fields.`);
  }
  if (Object.hasOwn(input, 'id')) throw new ContactsError('invalid-input', `A ${what}’s id is given by the adapter: leave id out.`);
  try {
    const checked = validateWorld({ people: [{ ...input, id }] }).people![0]!;
    const { id: _id, displayName, emails = [], phones = [], addresses = [], urls = [], ...rest } = checked;
    // One field order whatever the input's, so equal contacts serialise equally.
    return { id, displayName, emails, phones, addresses, urls, ...rest };
  } catch (error) {
    if (error instanceof ContactsError) {
      throw new ContactsError('invalid-input', error.message.replace(/^people\[0\]\.?/, '').replace(/ \(in people\[0\].*\)\.$/, '.'), {
        cause: error,
      });
    }
    throw error;
  }
}
