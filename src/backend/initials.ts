/**
 * The initial a person is listed under, and where each initial starts in name order: the headings of a people
 * list and its jump-to-letter index. Pure functions over the same sort text and collation keys every adapter
 * orders people by (`sortTextOf`, `collationKey`), so the headings follow the list's order in any adapter.
 *
 * Latin names go under A–Z (accents folded: Émond under E, Øre under O); Japanese names by their reading under
 * the gojūon rows あ か さ た な は ま や ら わ (が under か, ぱ under は, ん under わ), as Japanese contact
 * apps do; names starting with a digit or a symbol under `#` (they sort first). Other scripts go under their
 * first letter (Greek, Cyrillic, a Hangul initial consonant; a kanji name without a reading under its first
 * kanji), which the index does not list.
 */
import type { Person } from '../model/person.js';
import { collationKey } from './collation.js';
import { fold, sortTextOf } from './search-text.js';

/** Names starting with a digit, a symbol or punctuation. */
export const DIGIT_INITIAL = '#';

/** The Latin initials of the index, in name order. */
export const LATIN_INITIALS = [DIGIT_INITIAL, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

/** The gojūon rows of the index, in name order (after every Latin initial). */
export const KANA_INITIALS = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'] as const;

/** Every initial the jump-to-letter index offers, in name order. */
export const INDEX_INITIALS: readonly string[] = [...LATIN_INITIALS, ...KANA_INITIALS];

/** The gojūon row of each (folded: voicing marks gone, katakana as hiragana) kana. */
const KANA_ROW = new Map<string, string>();
for (const [row, kana] of [
  ['あ', 'ぁあぃいぅうぇえぉお'],
  ['か', 'かきくけこゕゖ'],
  ['さ', 'さしすせそ'],
  ['た', 'たちっつてと'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほ'],
  ['ま', 'まみむめも'],
  ['や', 'ゃやゅゆょよ'],
  ['ら', 'らりるれろ'],
  ['わ', 'ゎわゐゑをん'],
] as const) {
  for (const k of kana) KANA_ROW.set(k, row);
}

const LETTER = /\p{L}/u;
const LATIN = /[a-z]/;

/** The initial `person` is listed under (see the module comment). */
export function initialOf(person: Pick<Person, 'displayName' | 'phoneticName'>): string {
  const first = Array.from(sortTextOf(person))[0];
  if (first === undefined) return DIGIT_INITIAL;
  const folded = Array.from(fold(first))[0] ?? '';
  if (LATIN.test(folded)) return folded.toUpperCase();
  const row = KANA_ROW.get(folded);
  if (row) return row;
  if (LETTER.test(folded)) return folded.toUpperCase();
  return DIGIT_INITIAL;
}

/**
 * Where the people under `initial` start in name order: a person is at or after it when their collation key
 * (`sortKeyOf`) is not below this. `#` starts the list.
 */
export function initialStartKey(initial: string): string {
  return initial === DIGIT_INITIAL ? '' : collationKey(initial.toLowerCase());
}
