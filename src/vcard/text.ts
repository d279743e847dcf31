// Text hygiene for vCard values: what goes in must stay data, whatever it contains.

type WellFormedString = string & { isWellFormed?(): boolean; toWellFormed?(): string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates (which have no UTF-8 form) with U+FFFD. */
function wellFormed(value: string): string {
  const s = value as WellFormedString;
  if (typeof s.isWellFormed === 'function') return s.isWellFormed() ? value : s.toWellFormed!();
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

// Everything that is a line break or a control character, except TAB (allowed in values) and LF (kept as \n).
const NEEDS_CLEANING = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029]/;
const LINE_BREAKS = /\r\n?|[\x85\u2028\u2029]/g;
const CONTROLS = /[\0-\x08\x0B-\x1F\x7F-\x84\x86-\x9F]/g;

/**
 * Normalises every line break (CRLF, CR, NEL, LS, PS) to LF and drops the other control characters (TAB kept),
 * and repairs lone surrogates. A raw CR must never reach the file: a reader that splits lines on any break
 * would see a forged `END:VCARD`.
 */
export function cleanText(value: string): string {
  const s = wellFormed(value);
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

const TEXT_SPECIALS = /[\\,\n]/;
const TEXT_SPECIALS_G = /[\\,\n]/g;
const COMPONENT_SPECIALS = /[\\,;\n]/;
const COMPONENT_SPECIALS_G = /[\\,;\n]/g;
const escapeOne = (c: string): string => (c === '\n' ? '\\n' : '\\' + c);

/**
 * Escapes an already cleaned single text value: `\\`, `\,` and `\n`. RFC 6350 forbids other escapes (there is
 * no `\:`); a semicolon stays raw because the property is not compound.
 */
export function escapeText(value: string): string {
  return TEXT_SPECIALS.test(value) ? value.replace(TEXT_SPECIALS_G, escapeOne) : value;
}

/**
 * Escapes an already cleaned component of a compound value (N, ADR, ORG), and every 3.0 text value
 * (RFC 2426 has no unescaped `;` in text): `\\`, `\,`, `\;` and `\n`.
 */
export function escapeComponent(value: string): string {
  return COMPONENT_SPECIALS.test(value) ? value.replace(COMPONENT_SPECIALS_G, escapeOne) : value;
}

/** Cleans and escapes a text value; 3.0 escapes semicolons too. */
export function textValue(value: string, v3: boolean): string {
  const clean = cleanText(value);
  return v3 ? escapeComponent(clean) : escapeText(clean);
}

/**
 * A parameter value: cleaned, made safe (4.0 with RFC 6868 caret escapes, 3.0 by replacing what it cannot say),
 * and double-quoted when it holds `:`, `;` or `,`.
 */
export function paramValue(value: string, v3: boolean): string {
  const clean = cleanText(value);
  const safe = v3
    ? clean.replace(/\n/g, ' ').replace(/"/g, "'")
    : clean.replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}
