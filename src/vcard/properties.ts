// One writer per Person field. Each returns finished content lines (folded, CRLF-terminated) or ''.

import type { Email, Person, Phone, PostalAddress } from '../model/person.js';
import { fold } from './fold.js';
import { formattedName, nameParts, phoneticParts } from './names.js';
import { cleanText, escapeComponent, escapeText, paramValue, textValue } from './text.js';
import type { EmbeddedPhoto } from './types.js';
import { birthday, httpUri, IMAGE_TYPES, parseImageDataUri, telUri } from './values.js';

export const CRLF = '\r\n';

/** What every writer needs to know about the card being written. */
export interface CardContext {
  v3: boolean;
  /** `;CHARSET=UTF-8` (3.0 Outlook mode) or ''. */
  charset: string;
}

/** A folded content line with its CRLF. */
export const line = (content: string): string => fold(content) + CRLF;

const component = (value: string | undefined): string => (value ? escapeComponent(cleanText(value)) : '');

export function fnLine(person: Person, ctx: CardContext): string {
  return line('FN' + ctx.charset + ':' + textValue(formattedName(person), ctx.v3));
}

export function nLine(person: Person, ctx: CardContext): string {
  const n = nameParts(person);
  let params = ctx.charset;
  const phonetic = ctx.v3 ? undefined : phoneticParts(person);
  if (phonetic) {
    // SORT-AS lists the readings of family and given name, comma-separated: commas inside a reading would split it.
    const sortAs = [phonetic.family, phonetic.given].map((s) => s.replace(/,/g, ' ')).filter(Boolean);
    params += ';SORT-AS=' + paramValue(sortAs.join(','), false);
  }
  return line(`N${params}:${escapeComponent(n.family)};${escapeComponent(n.given)};${escapeComponent(n.additional)};;`);
}

/** X-PHONETIC-FIRST/MIDDLE/LAST-NAME, as iOS and Android read and write them. */
export function phoneticLines(person: Person, ctx: CardContext): string {
  const phonetic = phoneticParts(person);
  if (!phonetic) return '';
  let out = '';
  if (phonetic.given) out += line('X-PHONETIC-FIRST-NAME' + ctx.charset + ':' + textValue(phonetic.given, ctx.v3));
  if (phonetic.middle) out += line('X-PHONETIC-MIDDLE-NAME' + ctx.charset + ':' + textValue(phonetic.middle, ctx.v3));
  if (phonetic.family) out += line('X-PHONETIC-LAST-NAME' + ctx.charset + ':' + textValue(phonetic.family, ctx.v3));
  return out;
}

/** A single-text property (ORG, TITLE, NOTE) when the value is not blank. */
export function textLine(name: string, value: string | undefined, ctx: CardContext, compound = false): string {
  const clean = value ? cleanText(value) : '';
  if (!clean.trim()) return '';
  const escaped = compound || ctx.v3 ? escapeComponent(clean) : escapeText(clean);
  return line(name + ctx.charset + ':' + escaped);
}

const EMAIL_TYPES_4: Record<Email['type'], string> = { work: ';TYPE=work', home: ';TYPE=home', other: '' };
const EMAIL_TYPES_3: Record<Email['type'], string> = {
  work: ';TYPE=INTERNET,WORK',
  home: ';TYPE=INTERNET,HOME',
  other: ';TYPE=INTERNET',
};

export function emailLine(email: Email, ctx: CardContext): string {
  const value = cleanText(email.value ?? '').trim();
  if (!value) return '';
  const type = (ctx.v3 ? EMAIL_TYPES_3 : EMAIL_TYPES_4)[email.type] ?? (ctx.v3 ? EMAIL_TYPES_3.other : '');
  return line('EMAIL' + type + ':' + textValue(value, ctx.v3));
}

const TEL_TYPES_4: Record<Phone['type'], string> = {
  mobile: ';TYPE="cell,voice"',
  work: ';TYPE="work,voice"',
  home: ';TYPE="home,voice"',
  fax: ';TYPE=fax',
  other: ';TYPE=voice',
};
const TEL_TYPES_3: Record<Phone['type'], string> = {
  mobile: ';TYPE=CELL,VOICE',
  work: ';TYPE=WORK,VOICE',
  home: ';TYPE=HOME,VOICE',
  fax: ';TYPE=FAX',
  other: ';TYPE=VOICE',
};

/**
 * TEL: in 4.0 a `tel:` URI when the number allows one (`TEL;VALUE=uri;TYPE="cell,voice":tel:+81-90-…`), else
 * escaped text; in 3.0 the number as written (a phone-number value, not text: `,` and `;` are dial pauses there).
 */
export function telLine(phone: Phone, ctx: CardContext): string {
  const value = cleanText(phone.value ?? '').replace(/\s+/g, ' ').trim();
  if (!value) return '';
  if (ctx.v3) {
    const number = value.replace(/\\/g, '');
    return number ? line('TEL' + (TEL_TYPES_3[phone.type] ?? TEL_TYPES_3.other) + ':' + number) : '';
  }
  const type = TEL_TYPES_4[phone.type] ?? TEL_TYPES_4.other;
  const uri = telUri(value);
  return uri ? line('TEL;VALUE=uri' + type + ':' + uri) : line('TEL' + type + ':' + textValue(value, false));
}

const ADR_TYPES_4: Record<PostalAddress['type'], string> = { work: ';TYPE=work', home: ';TYPE=home', other: '' };
const ADR_TYPES_3: Record<PostalAddress['type'], string> = { work: ';TYPE=WORK', home: ';TYPE=HOME', other: '' };

/** ADR: seven components, each escaped inside (`\;`, `\,`), the separators not. */
export function adrLine(address: PostalAddress, ctx: CardContext): string {
  const parts = [
    address.poBox,
    address.extended,
    address.street,
    address.locality,
    address.region,
    address.postalCode,
    address.country,
  ].map(component);
  if (parts.every((p) => !p.trim())) return '';
  const type = (ctx.v3 ? ADR_TYPES_3 : ADR_TYPES_4)[address.type] ?? '';
  return line('ADR' + type + ctx.charset + ':' + parts.join(';'));
}

/** URL: only absolute http(s) URLs, normalised; anything else is left out. */
export function urlLine(url: string): string {
  const href = httpUri(url ?? '');
  return href ? line('URL:' + href) : '';
}

export function bdayLine(person: Person, ctx: CardContext): string {
  const value = person.birthday ? birthday(person.birthday, ctx.v3) : undefined;
  return value ? line('BDAY:' + value) : '';
}

/**
 * PHOTO: an embedded image (4.0 `data:` URI with its comma unescaped; 3.0 `ENCODING=b;TYPE=JPEG`), else the
 * avatar's http(s) URI (3.0 `VALUE=uri`), else nothing. A `data:image` avatar is embedded as it is.
 */
export function photoLine(person: Person, ctx: CardContext, embedded?: EmbeddedPhoto): string {
  const photo = embedded ?? (person.avatarUrl ? parseImageDataUri(person.avatarUrl) : undefined);
  if (photo) {
    return ctx.v3
      ? line(`PHOTO;ENCODING=b;TYPE=${IMAGE_TYPES[photo.mediaType] ?? 'JPEG'}:${photo.base64}`)
      : line(`PHOTO:data:${photo.mediaType};base64,${photo.base64}`);
  }
  const href = person.avatarUrl ? httpUri(person.avatarUrl) : undefined;
  if (!href) return '';
  return line((ctx.v3 ? 'PHOTO;VALUE=uri:' : 'PHOTO:') + href);
}

export function prodIdLine(prodId: string, ctx: CardContext): string {
  return line('PRODID:' + textValue(prodId, ctx.v3));
}
