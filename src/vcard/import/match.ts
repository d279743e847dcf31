// Which of the viewer's contacts a card is: by UID, then normalised email, then phone, then name.

import { emailKey } from '../../backend/contact-links.js';
import type { Person } from '../../model/person.js';
import type { ParsedVCard } from '../parse/types.js';
import { personUid } from '../uuid.js';

/** What a duplicate was matched by, strongest first. */
export const MATCH_REASONS = ['uid', 'email', 'phone', 'name'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** An email as compared: trimmed, lower case (as contact links match it). */
export { emailKey };

/**
 * A phone number as compared: its digits (a leading `+` or `00` dropped), the last nine when longer, so
 * `+81 90-1234-5678` and `090 1234 5678` match. Fewer than five digits compare as nothing.
 */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '').replace(/^00/, '');
  return digits.length < 5 ? '' : digits.slice(-9);
}

/** A name as compared: NFKC, lower case, spaces collapsed. */
export const nameKey = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A UID as compared: trimmed, lower case, without `urn:uuid:`. */
const uidKey = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, '');

/** The UIDs a card of this contact may carry: the one the project derives from its id, and the one it was imported with. */
function uidKeys(person: Person): string[] {
  return person.uid ? [uidKey(personUid(person.id)), uidKey(person.uid)] : [uidKey(personUid(person.id))];
}

/** Finds the contact a card duplicates. Built once over the viewer's contacts. */
export class ContactMatcher {
  readonly #by: Record<MatchReason, Map<string, Person>> = { uid: new Map(), email: new Map(), phone: new Map(), name: new Map() };

  constructor(contacts: readonly Person[]) {
    for (const person of contacts) {
      for (const uid of uidKeys(person)) this.#add('uid', uid, person);
      for (const email of person.emails) this.#add('email', emailKey(email.value), person);
      for (const phone of person.phones) this.#add('phone', phoneKey(phone.value), person);
      this.#add('name', nameKey(person.displayName), person);
    }
  }

  #add(reason: MatchReason, key: string, person: Person): void {
    // The first contact with a key keeps it: contacts come in name order, so the match is predictable.
    if (key && !this.#by[reason].has(key)) this.#by[reason].set(key, person);
  }

  /** The contact `card` duplicates and why, or undefined for a new one. Keys are made only as far as needed. */
  match(card: ParsedVCard): { contact: Person; by: MatchReason } | undefined {
    const { person } = card;
    const found = (by: MatchReason, key: string) => {
      const contact = key ? this.#by[by].get(key) : undefined;
      return contact && { contact, by };
    };
    if (card.uid) {
      const byUid = found('uid', uidKey(card.uid));
      if (byUid) return byUid;
    }
    for (const email of person.emails) {
      const byEmail = found('email', emailKey(email.value));
      if (byEmail) return byEmail;
    }
    for (const phone of person.phones) {
      const byPhone = found('phone', phoneKey(phone.value));
      if (byPhone) return byPhone;
    }
    return found('name', nameKey(person.displayName));
  }
}
