// Structured names (N) and phonetic readings, from the Person's fields or derived from its display name.

import type { Person } from '../model/person.js';
import { singleLine } from './escape.js';

/** The name components vCard's N property knows, in its order (all cleaned, not escaped). */
export interface NameParts {
  family: string;
  given: string;
  additional: string;
}

/** Phonetic readings of the name parts (X-PHONETIC-* and 4.0's SORT-AS). */
export interface PhoneticParts {
  family: string;
  given: string;
  middle: string;
}

// Scripts whose names are written family name first.
const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The words of a value already on one line. */
const words = (line: string): string[] => (line ? line.split(' ') : []);

/** One line of text for a name part: line breaks become spaces, runs of spaces one. */
const oneLine = singleLine;

/** True when the person's name is written family name first (Chinese, Japanese, Korean scripts). */
export function isFamilyFirst(person: Person): boolean {
  const family = oneLine(person.familyName);
  const name = oneLine(person.displayName);
  if (family && name.startsWith(family) && name !== family) return true;
  return FAMILY_FIRST_SCRIPT.test(family || name);
}

/**
 * N's components: the structured names when the person has any, else derived from the display name: "Doe, Jane"
 * → family Doe, given Jane; CJK "山田 太郎" → family 山田, given 太郎; "Jane Q. Doe" → given Jane, additional Q.,
 * family Doe; a single word → given name.
 */
export function nameParts(person: Person): NameParts {
  const family = oneLine(person.familyName);
  const given = oneLine(person.givenName);
  const additional = oneLine(person.additionalNames);
  if (family || given || additional) return { family, given, additional };

  const display = oneLine(person.displayName);
  const comma = display.indexOf(',');
  if (comma > 0 && !FAMILY_FIRST_SCRIPT.test(display)) {
    const rest = words(display.slice(comma + 1).trim());
    return { family: display.slice(0, comma).trim(), given: rest[0] ?? '', additional: rest.slice(1).join(' ') };
  }
  const parts = words(display);
  if (parts.length <= 1) return { family: '', given: parts[0] ?? '', additional: '' };
  if (FAMILY_FIRST_SCRIPT.test(display)) return { family: parts[0]!, given: parts.slice(1).join(' '), additional: '' };
  return { family: parts[parts.length - 1]!, given: parts[0]!, additional: parts.slice(1, -1).join(' ') };
}

/**
 * The phonetic reading split like the name: "やまだ たろう" for a family-first name → family やまだ, given たろう;
 * a single word is taken as the family name's reading (what address books sort by).
 */
export function phoneticParts(person: Person): PhoneticParts | undefined {
  const parts = words(oneLine(person.phoneticName));
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return { family: parts[0]!, given: '', middle: '' };
  if (isFamilyFirst(person)) return { family: parts[0]!, given: parts.slice(1).join(' '), middle: '' };
  return { family: parts[parts.length - 1]!, given: parts[0]!, middle: parts.slice(1, -1).join(' ') };
}

/** FN: the display name on one line, or the structured names, or the first email, or the id: never empty. */
export function formattedName(person: Person): string {
  const display = oneLine(person.displayName);
  if (display) return display;
  const names = [person.givenName, person.additionalNames, person.familyName].map(oneLine).filter(Boolean);
  if (names.length > 0) return names.join(' ');
  const email = person.emails?.find((e) => oneLine(e.value));
  return email ? oneLine(email.value) : oneLine(person.id) || '?';
}
