// Saving cards as a .vcf file in the browser: Blob, file name, temporary <a download>.

import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import { peopleList, toVCard } from './generator.js';
import type { VCardOptions } from './types.js';

/** The vCard media type with its charset, for the Blob and the download. */
export const VCARD_MIME_TYPE = 'text/vcard;charset=utf-8';

/** Longest file name stem, in UTF-16 units, before `.vcf`. */
export const MAX_FILE_STEM = 100;

/** How long the object URL outlives the click: browsers start reading the Blob asynchronously. */
const REVOKE_DELAY_MS = 1_000;

/** The file as a Blob of type `text/vcard;charset=utf-8` (UTF-8, no byte-order mark). */
export function toVCardBlob(people: Person | readonly Person[], options: VCardOptions = {}): Blob {
  return new Blob([toVCard(people, options)], { type: VCARD_MIME_TYPE });
}

// Path separators, Windows-reserved characters, control characters, and bidi controls (which can disguise an
// extension: "evil\u202Efcv.exe").
const UNSAFE_IN_NAME = /[<>:"/\\|?*\0-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Cuts `value` to at most `max` UTF-16 units without leaving half a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = value.charCodeAt(max - 1) >= 0xd800 && value.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return value.slice(0, end);
}

/** A safe file name stem from a display name, or '' when nothing usable is left. */
export function fileStem(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(UNSAFE_IN_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  stem = cut(stem, MAX_FILE_STEM).replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(stem)) stem = '_' + stem;
  return stem;
}

/**
 * The file name for a download: the person's display name (else given and family name) made safe for every file system (no path separators,
 * reserved or control characters, no leading dots, trimmed, at most 100 UTF-16 units without splitting a
 * character) + `.vcf`; `contact.vcf` when nothing usable is left; `contacts.vcf` for several people.
 */
export function vCardFileName(people: Person | readonly Person[]): string {
  const list = Array.isArray(people) ? (people as readonly Person[]) : [people as Person];
  if (list.length !== 1) return 'contacts.vcf';
  const person = list[0];
  const stem =
    (typeof person?.displayName === 'string' ? fileStem(person.displayName) : '') ||
    fileStem([person?.givenName, person?.familyName].filter((n) => typeof n === 'string').join(' '));
  return stem ? stem + '.vcf' : 'contact.vcf';
}

/**
 * Saves the people as a .vcf file: creates the Blob and a temporary object URL, clicks a temporary
 * `<a download>`, removes it, and revokes the URL shortly after. Embeds no photos (avatars are written as URIs).
 * The widget's download button passes `version: '3.0'`, which every common address book imports.
 * @returns the file name offered to the browser.
 * @throws ContactsError `invalid-input` when there is nobody to save or the options are invalid.
 */
export async function downloadVCard(people: Person | readonly Person[], options: VCardOptions = {}): Promise<string> {
  const list = peopleList(people);
  if (list.length === 0) throw new ContactsError('invalid-input', 'There is nobody to save as a vCard.');
  const blob = toVCardBlob(list, options);
  const fileName = vCardFileName(list);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
  return fileName;
}
