/**
 * The contract's limits on stored values. Every door that lets data in (an adapter's arguments, `importWorld`,
 * a server) refuses values over them with `invalid-input`; elements may rely on nothing longer arriving.
 */

import { ContactsError } from '../model/errors.js';

/** Longest text, in UTF-16 code units, per kind of field. */
export const TEXT_LIMITS = {
  /** Ids of people, requests and activities (opaque, but unbounded keys would be abuse). */
  id: 256,
  /** An activity's kind. */
  kind: 64,
  /** Web addresses and activity links. */
  url: 2048,
  /** An avatar: an http(s) URL or a `data:image` URL of a small picture. */
  avatarUrl: 400_000,
  /** The note sent with a connection request (short, plain text). */
  requestNote: 300,
  /** Every other text field: names, titles, email, phone, address parts, notes, activity text. */
  text: 10_000,
} as const satisfies Record<string, number>;

/**
 * Longest private note a viewer keeps about one person (`setPrivateNote`), in UTF-16 code units: a few
 * paragraphs ("why I muted them, how we met"), not a document.
 */
export const PRIVATE_NOTE_MAX = 2000;

/** Most entries in one of a person's lists (`emails`, `phones`, `addresses`, `urls`). */
export const MAX_LIST_ENTRIES = 100;

/** True when `text` holds no lone surrogate (so it can be encoded, URI-escaped and written to a file). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** `text` with each lone surrogate replaced by U+FFFD, for code that must encode text from any adapter. */
export function toWellFormedText(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Characters that draw nothing on their own: spaces, controls, format characters (bidi, zero-width), marks. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/gu;

/** True when `text` draws at least one visible character (a name of zero-width spaces does not). */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/**
 * The note of a connection request, checked as every door takes it: absent, or a string of at most
 * `TEXT_LIMITS.requestNote` characters with no lone surrogate. Surrounding space is trimmed; a blank note is none.
 * Anything else throws `invalid-input` (so nothing is stored).
 */
export function checkRequestNote(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note !== 'string' || !isWellFormedText(note))
    throw new ContactsError('invalid-input', 'The note of a connection request must be plain text.');
  const trimmed = note.trim();
  if (trimmed.length > TEXT_LIMITS.requestNote)
    throw new ContactsError(
      'invalid-input',
      `The note of a connection request is too long (at most ${TEXT_LIMITS.requestNote} characters).`,
    );
  return hasVisibleText(trimmed) ? trimmed : undefined;
}
