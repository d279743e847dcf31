// Independent checks for vCard text: byte-level line rules and a well-known parser (ical.js).
import ICAL from 'ical.js';
import type { Person, PersonInput } from '../../src/model/person.js';
import { toPerson } from '../../src/model/person.js';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Splits a file into physical lines, asserting every line (the last included) ends in CRLF and no lone CR/LF exists. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('file does not end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (/[\r\n\u2028\u2029\x85]/.test(line)) throw new Error(`bare line break inside ${JSON.stringify(line)}`);
  }
  return lines;
}

/**
 * Asserts the byte rules on every physical line: ≤ 75 octets, and each line is valid UTF-8 on its own (a line
 * break in the middle of a UTF-8 sequence or surrogate pair makes the fatal decoder throw).
 */
export function checkBytes(text: string): void {
  for (const line of physicalLines(text)) {
    const bytes = encoder.encode(line);
    if (bytes.length > 75) throw new Error(`line of ${bytes.length} octets: ${line}`);
    if (strictDecoder.decode(bytes) !== line) throw new Error(`line does not survive UTF-8: ${JSON.stringify(line)}`);
  }
}

/** Logical lines: physical lines with continuations (CRLF + one space or tab) joined. */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

/** What a cleaned value should be: line breaks as LF, other control characters (TAB kept) gone. */
export function expectedClean(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n|\r|\u2028|\u2029|\x85/g, '\n')
    .replace(/[\0-\x08\x0B-\x1F\x7F-\x9F]/g, '');
}

/** The cards a file holds, parsed by ical.js. */
export function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text);
  // ical.js returns one jCard for a single component and an array of them for several.
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as never));
}

/** The first value of each property of that name. */
export function values(card: ICAL.Component, name: string): unknown[] {
  return card.getAllProperties(name).map((p) => p.getFirstValue());
}

/**
 * ical.js does not implement RFC 2426's `\;` escape in single-valued 3.0 text (it unescapes only `\\`, `\,`, `\n`),
 * so a semicolon it reads back from a 3.0 NOTE still carries its backslash. Undo exactly that.
 */
export const icalV3Text = (value: unknown): string => String(value).replace(/\\;/g, ';');

export function makePerson(id: string, displayName: string, extra: Partial<Person> = {}): Person {
  const input: PersonInput = { id, displayName, ...extra };
  return toPerson(input);
}

export { ICAL };
