/**
 * The viewer's own profile: what `updateProfile` takes and how it is checked, once for every adapter (and the
 * server, which imports this module). The checks are the imported people's (world-validation.ts) plus the URL
 * policy's: a web address must be one the elements would link, an avatar one they would show.
 */
import { ContactsError } from '../model/errors.js';
import type { Person, PersonInput } from '../model/person.js';
import { imageUrl, linkUrl } from '../model/url-policy.js';
import { checkContactInput } from './contact-input.js';

/** Every field of the viewer's person but the id (theirs) and `updatedAt` (the adapter's clock). */
export type ProfileInput = Omit<PersonInput, 'id' | 'updatedAt'>;

/**
 * `input` checked as a whole new version of the person `id`, returned as a clean Person; `invalid-input` names the
 * field (`urls[0]: must be an http(s) address`).
 */
export function checkProfileInput(input: unknown, id: string): Person {
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, 'updatedAt')) {
    throw new ContactsError('invalid-input', 'updatedAt: is set by the adapter; leave it out.');
  }
  const person = checkContactInput(input, id, 'profile');
  person.urls.forEach((url, i) => {
    if (!linkUrl(url)) throw new ContactsError('invalid-input', `urls[${i}]: must be an http(s) address without a user name.`);
  });
  if (person.avatarUrl !== undefined && !imageUrl(person.avatarUrl)) {
    throw new ContactsError('invalid-input', 'avatarUrl: must be an http(s) address or an inline PNG, JPEG, GIF or WebP image.');
  }
  return person;
}
