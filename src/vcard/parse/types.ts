// What parseVCards returns: readable cards mapped to the model, and located problems.

import type { Person } from '../../model/person.js';

/**
 * Problems a file can have. A card with `unterminated-card`, `no-name` or `unsupported-version` cannot be read and
 * is reported in `errors`; the others are skipped lines or values, reported in the card's `warnings`:
 * - `unterminated-card`: BEGIN:VCARD without END:VCARD before the next card or the end of the file.
 * - `no-name`: nothing to call the person by (no FN, N, ORG, EMAIL or TEL).
 * - `unsupported-version`: a VERSION other than 2.1, 3.0 or 4.0.
 * - `malformed-line`: a line that is not `name:value` (skipped).
 * - `bad-value`: a BDAY, REV, URL or other typed value that cannot be read (skipped).
 * - `bad-photo`: a PHOTO that is neither a raster image (base64 or `data:`) nor an http(s) URL (skipped).
 * - `unknown-charset`: a CHARSET the browser cannot decode (read with the fallback charset instead).
 * - `outside-card`: text between cards (reported once per run of lines, under the number of the next card).
 */
export const VCARD_ISSUE_CODES = [
  'unterminated-card',
  'no-name',
  'unsupported-version',
  'malformed-line',
  'bad-value',
  'bad-photo',
  'unknown-charset',
  'outside-card',
] as const;
export type VCardIssueCode = (typeof VCARD_ISSUE_CODES)[number];

/** One located problem. `card` is 1-based (the card's position in the file), `line` the 1-based physical line. */
export interface VCardIssue {
  code: VCardIssueCode;
  card: number;
  line: number;
  /** English, for developers and logs; a UI words its own text from `code`. */
  message: string;
}

/** The versions read. */
export const VCARD_READ_VERSIONS = ['2.1', '3.0', '4.0'] as const;
export type VCardReadVersion = (typeof VCARD_READ_VERSIONS)[number];

/** A person as a card describes them: every Person field but the store's `id` and `updatedAt`. */
export type ImportedPerson = Omit<Person, 'id' | 'updatedAt'>;

/** One readable card. */
export interface ParsedVCard {
  /** 1-based position in the file. */
  card: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  version: VCardReadVersion;
  /** UID as written (`urn:uuid:…` or any text), for matching re-imports. */
  uid?: string;
  /** REV as epoch milliseconds. */
  revision?: number;
  person: ImportedPerson;
  /** Lines or values of this card that were skipped. */
  warnings: VCardIssue[];
}

export interface VCardParseResult {
  cards: ParsedVCard[];
  /** Cards that could not be read, and text outside cards; the other cards are read regardless. */
  errors: VCardIssue[];
}

export interface VCardParseOptions {
  /**
   * Charset for text that declares none and is not valid UTF-8, or declares one the browser cannot decode
   * (default `windows-1252`; `shift_jis` suits files from Japanese feature phones).
   */
  fallbackCharset?: string;
}
