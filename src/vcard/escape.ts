// Text hygiene for vCard values: what goes in must stay data, whatever it contains.
// Each public function first runs one regex scan for "anything to do?", because almost every real value needs
// nothing: generating 10,000 cards is mostly the cost of these scans.

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

// Anything singleLine would change: whitespace other than a single inner space, controls, surrogates (checked).
const NOT_SINGLE_LINE = /[^\S ]| {2}|^ | $|[\0-\x1F\x7F-\x9F\uD800-\uDFFF]/;

/** Cleaned text on one line: every run of whitespace (line breaks included) becomes one space, trimmed. */
export function singleLine(value: string | undefined): string {
  if (!value) return '';
  if (!NOT_SINGLE_LINE.test(value)) return value;
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

// Anything a value could need: cleaning (controls, breaks, surrogates to check) or escaping.
const TEXT_WORK = /[\0-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\\,]/;
const COMPONENT_WORK = /[\0-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\\,;]/;
const TEXT_SPECIALS = /[\\,\n]/;
const COMPONENT_SPECIALS = /[\\,;\n]/;

/**
 * Escapes an already cleaned single text value: `\\`, `\,` and `\n`. RFC 6350 forbids other escapes (there is
 * no `\:`); a semicolon stays raw because the property is not compound.
 */
export function escapeText(value: string): string {
  // Pattern replacements (no callback) are the fastest way V8 offers.
  return TEXT_SPECIALS.test(value) ? value.replace(/[\\,]/g, '\\$&').replace(/\n/g, '\\n') : value;
}

/**
 * Escapes an already cleaned component of a compound value (N, ADR, ORG), and every 3.0 text value
 * (RFC 2426 has no unescaped `;` in text): `\\`, `\,`, `\;` and `\n`.
 */
export function escapeComponent(value: string): string {
  return COMPONENT_SPECIALS.test(value) ? value.replace(/[\\,;]/g, '\\$&').replace(/\n/g, '\\n') : value;
}

/** Cleans and escapes one component of N, ADR or ORG (`;` escaped). */
export function componentValue(value: string | undefined): string {
  if (!value) return '';
  return COMPONENT_WORK.test(value) ? escapeComponent(cleanText(value)) : value;
}

/** Cleans and escapes a single text value; 3.0 escapes semicolons too (RFC 2426). */
export function textValue(value: string, v3: boolean): string {
  if (v3) return componentValue(value);
  return TEXT_WORK.test(value) ? escapeText(cleanText(value)) : value;
}

const NON_BLANK = /\S/;

/** True when the value has something other than whitespace and control characters. */
export function hasText(value: string | undefined): value is string {
  if (!value || !NON_BLANK.test(value)) return false;
  return NEEDS_CLEANING.test(value) ? NON_BLANK.test(cleanText(value)) : true;
}

const PARAM_WORK = /[\0-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF"^]/;
const PARAM_NEEDS_QUOTES = /[:;,]/;

/**
 * A parameter value: cleaned, made safe (4.0 with RFC 6868 caret escapes, 3.0 by replacing what it cannot say),
 * and double-quoted when it holds `:`, `;` or `,`.
 */
export function paramValue(value: string, v3: boolean): string {
  let safe = value;
  if (PARAM_WORK.test(value)) {
    const clean = cleanText(value);
    safe = v3 ? clean.replace(/\n/g, ' ').replace(/"/g, "'") : clean.replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
  }
  return PARAM_NEEDS_QUOTES.test(safe) ? `"${safe}"` : safe;
}
