// toVCard: people in, one vCard file (a string) out.

import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import {
  adrLine,
  bdayLine,
  type CardContext,
  cardContext,
  emailLine,
  fnLine,
  line,
  nLine,
  phoneticLines,
  photoLine,
  prodIdLine,
  telLine,
  textLine,
  urlLine,
} from './properties.js';
import type { EmbeddedPhoto, VCardOptions } from './types.js';
import { phoneticParts } from './names.js';
import { textValue } from './escape.js';
import { personUid } from './uuid.js';
import { isWritableTime, timestamp } from './values.js';

/** The PRODID written when the caller gives none. */
export const DEFAULT_PROD_ID = '-//contacts-center//vCard//EN';

/** The people as a list, checked enough that a wrong argument fails clearly instead of writing a broken card. */
export function peopleList(people: Person | readonly Person[]): readonly Person[] {
  const list = Array.isArray(people) ? (people as readonly Person[]) : [people as Person];
  for (const person of list) {
    if (!person || typeof person !== 'object' || typeof person.id !== 'string' || typeof person.displayName !== 'string') {
      throw new ContactsError('invalid-input', 'Each person needs a string id and displayName to become a vCard.');
    }
  }
  return list;
}

interface Settings {
  ctx: CardContext;
  /** BEGIN, VERSION, PRODID (and KIND in 4.0): the same for every card of a call. */
  head: string;
  /** REV of the generation time, for people without `updatedAt`. */
  nowRev: string;
}

function settings(options: VCardOptions): Settings {
  const version = options.version ?? '4.0';
  if (version !== '4.0' && version !== '3.0') {
    throw new ContactsError('invalid-input', `Unsupported vCard version "${String(version)}": use "4.0" or "3.0".`);
  }
  const v3 = version === '3.0';
  if (options.outlook && !v3) {
    throw new ContactsError('invalid-input', 'The outlook option needs version "3.0": vCard 4.0 forbids CHARSET.');
  }
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || !isWritableTime(now.getTime())) {
    throw new ContactsError('invalid-input', 'The now option must be a valid Date between years 0 and 9999.');
  }
  const ctx = cardContext(v3, options.outlook === true);
  const head =
    (v3 ? 'BEGIN:VCARD\r\nVERSION:3.0\r\n' : 'BEGIN:VCARD\r\nVERSION:4.0\r\n') +
    prodIdLine(options.prodId ?? DEFAULT_PROD_ID, ctx) +
    (v3 ? '' : 'KIND:individual\r\n');
  return { ctx, head, nowRev: timestamp(now.getTime(), v3) };
}

/** REV: the person's last change when known and writable, else the generation time. */
function revision(person: Person, s: Settings): string {
  const updated = person.updatedAt;
  return typeof updated === 'number' && isWritableTime(updated) ? timestamp(updated, s.ctx.v3) : s.nowRev;
}

function card(person: Person, s: Settings, photo: EmbeddedPhoto | undefined): string {
  const { ctx } = s;
  const phonetic = phoneticParts(person);
  let out = s.head;
  // A stored UID (a card imported) is text from elsewhere: escaped as any text value.
  out += line('UID:', person.uid ? textValue(person.uid, ctx.v3) : personUid(person.id));
  out += fnLine(person, ctx);
  out += nLine(person, ctx, phonetic);
  out += phoneticLines(phonetic, ctx);
  out += textLine('ORG', person.organization, ctx, true);
  out += textLine('TITLE', person.jobTitle, ctx);
  for (const email of person.emails ?? []) out += emailLine(email, ctx);
  for (const phone of person.phones ?? []) out += telLine(phone, ctx);
  for (const address of person.addresses ?? []) out += adrLine(address, ctx);
  for (const url of person.urls ?? []) out += urlLine(url);
  out += bdayLine(person, ctx);
  out += textLine('NOTE', person.note, ctx);
  out += photoLine(person, ctx, photo);
  out += 'REV:' + revision(person, s) + '\r\nEND:VCARD\r\n';
  return out;
}

/**
 * Writes the cards; `photos` (same order as the people) replaces avatars with embedded images.
 * @internal shared by toVCard and toVCardWithPhotos.
 */
export function writeCards(
  people: Person | readonly Person[],
  options: VCardOptions,
  photos?: readonly (EmbeddedPhoto | undefined)[],
): string {
  const list = peopleList(people);
  const s = settings(options);
  let out = '';
  for (let i = 0; i < list.length; i++) out += card(list[i]!, s, photos?.[i]);
  return out;
}

/**
 * Serialises people as one vCard file, one card per person in order: vCard 4.0 (RFC 6350) by default, 3.0
 * (RFC 2426) with `version: '3.0'`. Every line ends in CRLF (the last included) and is folded at 75 UTF-8
 * octets without splitting a character; text is cleaned of control characters and escaped per property, so no
 * value can add a line, property or card. Avatars are written as http(s) URIs or as the `data:image` they are;
 * use {@link toVCardWithPhotos} to embed fetched images.
 * @throws ContactsError `invalid-input` for a malformed person, version, `now`, or `outlook` with 4.0.
 */
export function toVCard(people: Person | readonly Person[], options: VCardOptions = {}): string {
  return writeCards(people, options);
}
