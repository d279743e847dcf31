/**
 * Name normalisation for search and sorting. Pure functions, no I/O.
 *
 * Folding makes matching case- and accent-insensitive in any script: NFKD (which also turns half-width
 * katakana into full-width and splits voiced marks off), strip combining marks, lower-case, and map katakana
 * to hiragana so a reading typed in either kana finds the other.
 */
import type { Person } from '../model/person.js';
import type { SearchField } from './vocabulary.js';
import { collationKey } from './collation.js';

/** How many leading characters of each word the search index stores (longer queries filter the rest). */
export const INDEXED_PREFIX_LENGTH = 3;

/** Separates the parts of a search key; sorts below every character of a folded name or a sort key. */
const SEPARATOR = '\u0000';

const MARKS = /\p{M}+/gu;
const CONTROL = /[\u0000-\u001f\u007f]/g;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const WHITESPACE = /\s+/u;
/** Scripts written without spaces between words: a name in them also matches from any character. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Latin letters that carry their "accent" in the letter itself, so NFKD leaves them alone. */
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h' };

/** Lower-cases, strips accents and control characters, and maps katakana to hiragana. */
export function fold(text: string): string {
  const plain = text.normalize('NFKD').replace(MARKS, '').replace(CONTROL, '').toLowerCase();
  let out = '';
  for (const ch of plain) {
    const code = ch.codePointAt(0)!;
    // Katakana ァ (U+30A1) to ヶ (U+30F6) sit exactly 0x60 above their hiragana.
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : (LETTERS[ch] ?? ch);
  }
  return out;
}

/** The folded words of a text. */
export function words(text: string): string[] {
  return fold(text)
    .split(WORD_SPLIT)
    .filter((w) => w.length > 0);
}

/** The name fields search looks at. */
function nameFields(person: Pick<Person, 'displayName' | 'givenName' | 'familyName' | 'phoneticName'>): string[] {
  return [person.displayName, person.givenName, person.familyName, person.phoneticName].filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
}

/**
 * Every token a query word may be a prefix of: each word of each name field, each run of words joined by
 * punctuation without a space, joined up (so "obrien" finds "O'Brien" and "jeanluc" finds "Jean-Luc"), and for
 * words in a CJK script every suffix too (so "太郎" finds "山田太郎").
 */
export function nameTokens(person: Pick<Person, 'displayName' | 'givenName' | 'familyName' | 'phoneticName'>): string[] {
  const tokens = new Set<string>();
  for (const field of nameFields(person)) {
    for (const chunk of field.split(WHITESPACE)) {
      const parts = words(chunk);
      if (parts.length > 1) tokens.add(parts.join(''));
    }
    for (const word of words(field)) addWord(tokens, word);
  }
  return [...tokens];
}

/** Adds a word, and for a word in a CJK script every suffix too. */
function addWord(tokens: Set<string>, word: string): void {
  tokens.add(word);
  if (!CJK.test(word)) return;
  const chars = Array.from(word);
  for (let i = 1; i < chars.length; i++) tokens.add(chars.slice(i).join(''));
}

/** The fields of a person search looks at, apart from the name. */
type OtherFields = Pick<Person, 'emails' | 'organization' | 'jobTitle'>;

/**
 * The tokens of each searched field ({@link SEARCH_FIELDS}): the name's as {@link nameTokens}; for the other
 * fields each word (a CJK word with its suffixes, as in names), plus the run of words joined up (so "acmecorp" finds "Acme-Corp", "janedoe" finds
 * "jane.doe@example.com").
 */
export function fieldTokens(person: Parameters<typeof nameTokens>[0] & Partial<OtherFields>): Record<SearchField, string[]> {
  const tokensOf = (texts: readonly (string | undefined)[]): string[] => {
    const tokens = new Set<string>();
    for (const text of texts) {
      if (!text) continue;
      const parts = words(text);
      for (const part of parts) addWord(tokens, part);
      if (parts.length > 1) tokens.add(parts.join(''));
    }
    return [...tokens];
  };
  return {
    name: nameTokens(person),
    email: tokensOf((person.emails ?? []).map((e) => e.value)),
    organization: tokensOf([person.organization]),
    jobTitle: tokensOf([person.jobTitle]),
  };
}

/** Every token a query word may start, over all searched fields (what the search index holds). */
export function searchTokens(person: Parameters<typeof fieldTokens>[0]): string[] {
  return [...new Set(Object.values(fieldTokens(person)).flat())];
}

/**
 * The fields in which some query word starts a token, in {@link SEARCH_FIELDS} order: what a result row says
 * matched. Empty for an empty query.
 */
export function matchedFields(person: Parameters<typeof fieldTokens>[0], query: readonly string[]): SearchField[] {
  if (query.length === 0) return [];
  const fields = fieldTokens(person);
  return (Object.keys(fields) as SearchField[]).filter((f) => query.some((q) => fields[f].some((t) => t.startsWith(q))));
}

/** The first `INDEXED_PREFIX_LENGTH` characters (code points) of a word. */
export function indexedPrefix(word: string): string {
  return Array.from(word).slice(0, INDEXED_PREFIX_LENGTH).join('');
}

/**
 * The text people are ordered by: the phonetic name when given (so kanji names sort by their kana reading, in
 * gojūon order), else the display name; trimmed.
 */
export function sortTextOf(person: Pick<Person, 'displayName' | 'phoneticName'>): string {
  const reading = person.phoneticName?.trim();
  return reading ? reading : person.displayName.trim();
}

/** The key people are listed by: the collation key of {@link sortTextOf} (see collation.ts). */
export function sortKeyOf(person: Pick<Person, 'displayName' | 'phoneticName'>): string {
  return collationKey(sortTextOf(person));
}

/** One entry of the search index: prefix, then sort key, then id, so a prefix range comes back in name order. */
export function searchKey(prefix: string, sortKey: string, id: string): string {
  return prefix + SEPARATOR + sortKey + SEPARATOR + id;
}

/** The lowest and highest possible search keys for `prefix` (the upper bound excluded). */
export function searchKeyBounds(prefix: string): [string, string] {
  return [prefix + SEPARATOR, prefix + '\u0001'];
}

/**
 * The values stored in the people store's multiEntry search index: for every token of every searched field
 * (v4; names alone before), each of its first
 * 1..INDEXED_PREFIX_LENGTH characters, combined with the sort key and id.
 */
export function searchKeysOf(person: Person, sortKey: string): string[] {
  const prefixes = new Set<string>();
  for (const token of searchTokens(person)) {
    const chars = Array.from(token);
    for (let n = 1; n <= Math.min(chars.length, INDEXED_PREFIX_LENGTH); n++) prefixes.add(chars.slice(0, n).join(''));
  }
  return [...prefixes].map((p) => searchKey(p, sortKey, person.id));
}

/** A parsed search query: its folded words. Empty when the query has no letters or digits. */
export function queryWords(query: string | undefined): string[] {
  return query ? words(query) : [];
}

/** True when every query word is the start of some token (of {@link searchTokens}, or a name's alone). */
export function matchesQuery(tokens: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => tokens.some((t) => t.startsWith(q)));
}

/** The query word whose indexed prefix is likely the narrowest (the longest), where counting ranges is not worth it. */
export function mostSelectiveWord(query: readonly string[]): string {
  return query.reduce((best, w) => (Array.from(w).length > Array.from(best).length ? w : best), query[0] ?? '');
}
