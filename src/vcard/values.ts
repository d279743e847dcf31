// Typed vCard values (dates, URIs, phone numbers, images): each returns undefined for input it cannot trust.

import type { EmbeddedPhoto } from './types.js';

/** The earliest and latest instants vCard's four-digit years can write (0000-01-01 to 9999-12-31). */
const YEAR_ZERO = -62167219200000;
const MAX_WRITABLE = 253402300799999;

/** Whether `epochMs` is a real instant within the four-digit years vCard can write. */
export function isWritableTime(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= YEAR_ZERO && epochMs <= MAX_WRITABLE;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/**
 * REV/timestamp of epoch milliseconds (years 0–9999): basic form `20240102T030405Z` in 4.0, extended
 * `2024-01-02T03:04:05Z` in 3.0. Plain arithmetic (days to civil date, H. Hinnant's algorithm): no Date object,
 * no ISO string to cut up, for 10,000 cards in a row.
 */
export function timestamp(epochMs: number, v3: boolean): string {
  const seconds = Math.floor(epochMs / 1000);
  const days = Math.floor(seconds / 86400);
  const secondOfDay = seconds - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const y = TWO_DIGITS[Math.floor(year / 100)]! + TWO_DIGITS[year % 100]!;
  const mo = TWO_DIGITS[month]!;
  const d = TWO_DIGITS[day]!;
  const h = TWO_DIGITS[Math.floor(secondOfDay / 3600)]!;
  const mi = TWO_DIGITS[Math.floor(secondOfDay / 60) % 60]!;
  const s = TWO_DIGITS[secondOfDay % 60]!;
  return v3 ? `${y}-${mo}-${d}T${h}:${mi}:${s}Z` : `${y}${mo}${d}T${h}${mi}${s}Z`;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * BDAY from `YYYY-MM-DD` or `--MM-DD`: 4.0 basic form (`19900102`, `--0102`), 3.0 extended form
 * (`1990-01-02`, and `--01-02` as Google and Android write a birthday without a year). Invalid dates give undefined.
 */
export function birthday(value: string, v3: boolean): string | undefined {
  const trimmed = value.trim();
  let m = FULL_DATE.exec(trimmed);
  if (m) {
    if (!validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
    return v3 ? trimmed : m[1]! + m[2]! + m[3]!;
  }
  m = NO_YEAR.exec(trimmed);
  if (m) {
    // 2000 is a leap year, so --02-29 is accepted.
    if (!validDay(2000, Number(m[1]), Number(m[2]))) return undefined;
    return v3 ? trimmed : '--' + m[1]! + m[2]!;
  }
  return undefined;
}

// URLs that the URL parser would return unchanged: lower-case scheme and host name (last label alphabetic, so
// never an IP address), no port, userinfo, percent sign, fragment, dot segment, or character it would encode.
/** The normalised href of a URL the URL policy lets be a link, else undefined. */
export { linkUrl as httpUri } from '../model/url-policy.js';

/** Raster image types a contacts app can show; SVG is left out because it can carry script. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPEG',
  'image/jpg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
};

const DATA_URI = /^data:(image\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[a-z0-9._+-]+)*);base64,([A-Za-z0-9+/]+={0,2})$/i;

/** A base64 `data:image/…` URI of a known raster type, split; anything else gives undefined. */
export function parseImageDataUri(value: string): EmbeddedPhoto | undefined {
  const m = DATA_URI.exec(value.trim());
  if (!m) return undefined;
  const mediaType = m[1]!.toLowerCase() === 'image/jpg' ? 'image/jpeg' : m[1]!.toLowerCase();
  if (!(mediaType in IMAGE_TYPES) || m[3]!.length % 4 === 1) return undefined;
  return { mediaType, base64: m[3]! };
}

const TEL_NUMBER = /^\+[0-9(][0-9().\- ]*$/;
const SIMPLE_TEL = /^\+[0-9][0-9 -]*[0-9]$/;
const TEL_EXTENSION = /^(.*?)\s*(?:ext\.?|x|#)\s*(\d+)$/i;

/**
 * A `tel:` URI (RFC 3966) for an international number: a leading `+`, digits, spaces and the visual separators
 * `-`, `.`, `(`, `)`, and an optional extension (`ext. 12`, `x12`, `#12`); spaces become `-`. Anything else gives
 * undefined and is written as text: a local number (no `+`) would need a `phone-context` nobody knows, and letters
 * or pauses are no number at all.
 */
export function telUri(value: string): string | undefined {
  // The common case, digits and single spaces or hyphens: no extension to look for.
  if (SIMPLE_TEL.test(value)) return 'tel:' + value.replace(/ /g, '-').replace(/-{2,}/g, '-');
  let number = value.trim();
  let extension = '';
  const ext = TEL_EXTENSION.exec(number);
  if (ext) {
    number = ext[1]!;
    extension = ';ext=' + ext[2]!;
  }
  if (!TEL_NUMBER.test(number)) return undefined;
  const digits = number.replace(/\D/g, '');
  if (digits.length < 2) return undefined;
  const written = number.replace(/\s+/g, '-').replace(/-{2,}/g, '-').replace(/-$/, '');
  return 'tel:' + written + extension;
}
