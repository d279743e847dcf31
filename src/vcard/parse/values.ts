// Typed values read from cards: dates, times, phone numbers, photos, and the kinds of emails, phones, addresses.

import type { AddressType, EmailType, PhoneType } from '../../model/person.js';
import { sniffImageType } from '../photos.js';
import { birthday, httpUri, IMAGE_TYPES, parseImageDataUri } from '../values.js';
import { param, type Params } from './content-line.js';

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.,Z+-]*)?$/;
const NO_YEAR_DATE = /^--(\d{2})-?(\d{2})$/;

/**
 * A BDAY as the model writes it (`YYYY-MM-DD`, or `--MM-DD` without a year): basic or extended form, with or
 * without a time; Apple's year 1604 (with `X-APPLE-OMIT-YEAR`) means no year.
 */
export function readBirthday(value: string, params: Params): string | undefined {
  const trimmed = value.trim();
  const noYear = NO_YEAR_DATE.exec(trimmed);
  if (noYear) return birthday(`--${noYear[1]}-${noYear[2]}`, true);
  const m = DATE.exec(trimmed);
  if (!m) return undefined;
  const omitted = param(params, 'X-APPLE-OMIT-YEAR');
  if (omitted !== undefined && omitted === m[1]) return birthday(`--${m[2]}-${m[3]}`, true);
  return birthday(`${m[1]}-${m[2]}-${m[3]}`, true);
}

const TIMESTAMP = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** REV as epoch milliseconds: basic or extended form, a date alone, `Z` or a UTC offset (none: UTC). */
export function readTimestamp(value: string): number | undefined {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return undefined;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(m[1]), month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  let time = date.getTime();
  const zone = m[7];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  }
  return Number.isFinite(time) ? time : undefined;
}

/** A phone number from a `tel:` URI: `tel:+81-90-1234-5678;ext=12` → `+81-90-1234-5678 ext. 12`. */
export function readTelUri(value: string): string {
  const [number = '', ...parameters] = value.trim().slice(4).split(';');
  let text = number;
  try {
    text = decodeURIComponent(number);
  } catch {
    // A malformed percent escape: keep the number as written.
  }
  const ext = parameters.find((p) => p.toLowerCase().startsWith('ext='));
  return ext ? `${text} ext. ${ext.slice(4)}` : text;
}

/** Apple's labels (`_$!<Mobile>!$_`) and plain ones (`Work`), as a kind, when they name one. */
function labelKind(label: string | undefined): 'fax' | 'mobile' | 'work' | 'home' | 'other' | undefined {
  if (!label) return undefined;
  const l = label.toLowerCase();
  if (l.includes('fax')) return 'fax';
  if (/mobile|cell|iphone/.test(l)) return 'mobile';
  if (l.includes('work')) return 'work';
  if (l.includes('home')) return 'home';
  if (l.includes('other')) return 'other';
  return undefined;
}

const types = (params: Params): readonly string[] => params['TYPE'] ?? [];

export function emailType(params: Params, label?: string): EmailType {
  const kind = labelKind(label);
  if (kind === 'work' || kind === 'home' || kind === 'other') return kind;
  const t = types(params);
  return t.includes('work') ? 'work' : t.includes('home') ? 'home' : 'other';
}

export function phoneType(params: Params, label?: string): PhoneType {
  const kind = labelKind(label);
  if (kind) return kind;
  const t = types(params);
  if (t.includes('fax')) return 'fax';
  if (t.includes('cell') || t.includes('mobile') || t.includes('iphone')) return 'mobile';
  return t.includes('work') ? 'work' : t.includes('home') ? 'home' : 'other';
}

export function addressType(params: Params, label?: string): AddressType {
  const kind = labelKind(label);
  if (kind === 'work' || kind === 'home' || kind === 'other') return kind;
  const t = types(params);
  return t.includes('work') ? 'work' : t.includes('home') ? 'home' : 'other';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The media type a PHOTO's TYPE parameter names (`JPEG`, `image/png`), when it is a raster type. */
function declaredImageType(params: Params): string | undefined {
  for (const t of types(params)) {
    const mediaType = t.startsWith('image/') ? t : `image/${t}`;
    const known = mediaType === 'image/jpg' ? 'image/jpeg' : mediaType;
    if (Object.hasOwn(IMAGE_TYPES, known)) return known;
  }
  return undefined;
}

function bytesOf(base64: string): Uint8Array {
  try {
    const binary = atob(base64.slice(0, 24));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * A PHOTO as an avatar URL: inline base64 (2.1/3.0 `ENCODING=b`) or a `data:` URI becomes a `data:image/…;base64`
 * URI of a raster type (its bytes decide the type when they can; SVG never passes); a URI is kept when it is
 * http(s), as text, never fetched. Anything else gives undefined.
 */
export function readPhoto(value: string, params: Params): string | undefined {
  const encoding = param(params, 'ENCODING')?.toLowerCase();
  const compact = value.replace(/\s+/g, '');
  if (encoding === 'b' || encoding === 'base64') {
    if (!compact || !BASE64.test(compact) || compact.length % 4 === 1) return undefined;
    const mediaType = sniffImageType(bytesOf(compact)) ?? declaredImageType(params);
    return mediaType ? `data:${mediaType};base64,${compact}` : undefined;
  }
  if (/^data:/i.test(compact)) {
    const photo = parseImageDataUri(compact);
    return photo ? `data:${photo.mediaType};base64,${photo.base64}` : undefined;
  }
  return httpUri(value.trim());
}
