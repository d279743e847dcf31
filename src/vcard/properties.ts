// One writer per Person field. Each returns finished content lines (folded, CRLF-terminated) or ''.

import type { Email, Person, Phone, PostalAddress } from '../model/person.js';
import { foldedLine } from './fold.js';
import { formattedName, nameParts, type PhoneticParts } from './names.js';
import { cleanText, componentValue, hasText, paramValue, singleLine, textValue } from './escape.js';
import type { EmbeddedPhoto } from './types.js';
import { birthday, httpUri, IMAGE_TYPES, parseImageDataUri, telUri } from './values.js';

export const CRLF = '\r\n';

/** Text properties that take `;CHARSET=UTF-8` in Outlook mode. */
type TextProperty = 'FN' | 'N' | 'ORG' | 'TITLE' | 'NOTE' | 'X-PHONETIC-FIRST-NAME' | 'X-PHONETIC-MIDDLE-NAME' | 'X-PHONETIC-LAST-NAME';
const TEXT_PROPERTIES: readonly TextProperty[] = [
  'FN',
  'N',
  'ORG',
  'TITLE',
  'NOTE',
  'X-PHONETIC-FIRST-NAME',
  'X-PHONETIC-MIDDLE-NAME',
  'X-PHONETIC-LAST-NAME',
];

/** What every writer needs to know about the card being written. */
export interface CardContext {
  v3: boolean;
  /** `;CHARSET=UTF-8` (3.0 Outlook mode) or ''. */
  charset: string;
  /** `NAME` + charset + `:` for each text property, built once per call rather than once per card. */
  prefix: Readonly<Record<TextProperty, string>>;
}

export function cardContext(v3: boolean, outlook: boolean): CardContext {
  const charset = outlook ? ';CHARSET=UTF-8' : '';
  const prefix = Object.fromEntries(TEXT_PROPERTIES.map((name) => [name, name + charset + ':'])) as Record<TextProperty, string>;
  return { v3, charset, prefix };
}

/** A folded content line `prefix + value` with its CRLF. */
export const line = foldedLine;

export function fnLine(person: Person, ctx: CardContext): string {
  return line(ctx.prefix.FN, textValue(formattedName(person), ctx.v3));
}

/** N, with 4.0's SORT-AS carrying the phonetic readings of family and given name. */
export function nLine(person: Person, ctx: CardContext, phonetic: PhoneticParts | undefined): string {
  const n = nameParts(person);
  let prefix = ctx.prefix.N;
  if (phonetic && !ctx.v3) {
    // SORT-AS lists the readings comma-separated: a comma inside a reading would split it.
    const sortAs = phonetic.given
      ? phonetic.family.replace(/,/g, ' ') + ',' + phonetic.given.replace(/,/g, ' ')
      : phonetic.family.replace(/,/g, ' ');
    prefix = 'N;SORT-AS=' + paramValue(sortAs, false) + ':';
  }
  return line(prefix, `${componentValue(n.family)};${componentValue(n.given)};${componentValue(n.additional)};;`);
}

/** X-PHONETIC-FIRST/MIDDLE/LAST-NAME, as iOS and Android read and write them. */
export function phoneticLines(phonetic: PhoneticParts | undefined, ctx: CardContext): string {
  if (!phonetic) return '';
  let out = '';
  if (phonetic.given) out += line(ctx.prefix['X-PHONETIC-FIRST-NAME'], textValue(phonetic.given, ctx.v3));
  if (phonetic.middle) out += line(ctx.prefix['X-PHONETIC-MIDDLE-NAME'], textValue(phonetic.middle, ctx.v3));
  if (phonetic.family) out += line(ctx.prefix['X-PHONETIC-LAST-NAME'], textValue(phonetic.family, ctx.v3));
  return out;
}

/** A single-text property (TITLE, NOTE), or ORG (compound, so `;` escaped), when the value is not blank. */
export function textLine(name: 'ORG' | 'TITLE' | 'NOTE', value: string | undefined, ctx: CardContext, compound = false): string {
  if (!hasText(value)) return '';
  return line(ctx.prefix[name], compound ? componentValue(value) : textValue(value, ctx.v3));
}

/** `table[key]` when `key` is the table's own entry: a stored type named `constructor` must not reach Object's. */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const EMAIL_TYPES_4: Record<Email['type'], string> = { work: 'EMAIL;TYPE=work:', home: 'EMAIL;TYPE=home:', other: 'EMAIL:' };
const EMAIL_TYPES_3: Record<Email['type'], string> = {
  work: 'EMAIL;TYPE=INTERNET,WORK:',
  home: 'EMAIL;TYPE=INTERNET,HOME:',
  other: 'EMAIL;TYPE=INTERNET:',
};

export function emailLine(email: Email, ctx: CardContext): string {
  const value = singleLine(email.value);
  if (!value) return '';
  const types = ctx.v3 ? EMAIL_TYPES_3 : EMAIL_TYPES_4;
  return line(own(types, email.type) ?? types.other, textValue(value, ctx.v3));
}

const TEL_URI_TYPES_4: Record<Phone['type'], string> = {
  mobile: 'TEL;VALUE=uri;TYPE="cell,voice":',
  work: 'TEL;VALUE=uri;TYPE="work,voice":',
  home: 'TEL;VALUE=uri;TYPE="home,voice":',
  fax: 'TEL;VALUE=uri;TYPE=fax:',
  other: 'TEL;VALUE=uri;TYPE=voice:',
};
const TEL_TEXT_TYPES_4: Record<Phone['type'], string> = {
  mobile: 'TEL;TYPE="cell,voice":',
  work: 'TEL;TYPE="work,voice":',
  home: 'TEL;TYPE="home,voice":',
  fax: 'TEL;TYPE=fax:',
  other: 'TEL;TYPE=voice:',
};
const TEL_TYPES_3: Record<Phone['type'], string> = {
  mobile: 'TEL;TYPE=CELL,VOICE:',
  work: 'TEL;TYPE=WORK,VOICE:',
  home: 'TEL;TYPE=HOME,VOICE:',
  fax: 'TEL;TYPE=FAX:',
  other: 'TEL;TYPE=VOICE:',
};

/**
 * TEL: in 4.0 a `tel:` URI when the number allows one (`TEL;VALUE=uri;TYPE="cell,voice":tel:+81-90-…`), else
 * escaped text; in 3.0 the number as written (a phone-number value, not text: `,` and `;` are dial pauses there).
 */
export function telLine(phone: Phone, ctx: CardContext): string {
  const value = singleLine(phone.value);
  if (!value) return '';
  if (ctx.v3) {
    const number = value.includes('\\') ? value.replace(/\\/g, '') : value;
    return number ? line(own(TEL_TYPES_3, phone.type) ?? TEL_TYPES_3.other, number) : '';
  }
  const uri = telUri(value);
  return uri
    ? line(own(TEL_URI_TYPES_4, phone.type) ?? TEL_URI_TYPES_4.other, uri)
    : line(own(TEL_TEXT_TYPES_4, phone.type) ?? TEL_TEXT_TYPES_4.other, textValue(value, false));
}

const ADR_TYPES_4: Record<PostalAddress['type'], string> = { work: 'ADR;TYPE=work', home: 'ADR;TYPE=home', other: 'ADR' };
const ADR_TYPES_3: Record<PostalAddress['type'], string> = { work: 'ADR;TYPE=WORK', home: 'ADR;TYPE=HOME', other: 'ADR' };

/** ADR: seven components, each escaped inside (`\;`, `\,`), the separators not. Left out when all are blank. */
export function adrLine(a: PostalAddress, ctx: CardContext): string {
  if (
    !hasText(a.poBox) &&
    !hasText(a.extended) &&
    !hasText(a.street) &&
    !hasText(a.locality) &&
    !hasText(a.region) &&
    !hasText(a.postalCode) &&
    !hasText(a.country)
  ) {
    return '';
  }
  const type = own(ctx.v3 ? ADR_TYPES_3 : ADR_TYPES_4, a.type) ?? 'ADR';
  return line(
    type + ctx.charset + ':',
    `${componentValue(a.poBox)};${componentValue(a.extended)};${componentValue(a.street)};` +
      `${componentValue(a.locality)};${componentValue(a.region)};${componentValue(a.postalCode)};${componentValue(a.country)}`,
  );
}

/** URL: only absolute http(s) URLs, normalised; anything else is left out. */
export function urlLine(url: string): string {
  const href = url ? httpUri(url) : undefined;
  return href ? line('URL:', href) : '';
}

export function bdayLine(person: Person, ctx: CardContext): string {
  const value = person.birthday ? birthday(person.birthday, ctx.v3) : undefined;
  return value ? 'BDAY:' + value + CRLF : '';
}

/**
 * PHOTO: an embedded image (4.0 `data:` URI with its comma unescaped; 3.0 `ENCODING=b;TYPE=JPEG`), else the
 * avatar's http(s) URI (3.0 `VALUE=uri`), else nothing. A `data:image` avatar is embedded as it is.
 */
export function photoLine(person: Person, ctx: CardContext, embedded?: EmbeddedPhoto): string {
  const avatar = person.avatarUrl;
  const photo = embedded ?? (avatar && avatar.startsWith('data:') ? parseImageDataUri(avatar) : undefined);
  if (photo) {
    return ctx.v3
      ? line(`PHOTO;ENCODING=b;TYPE=${IMAGE_TYPES[photo.mediaType] ?? 'JPEG'}:`, photo.base64)
      : line('PHOTO:', `data:${photo.mediaType};base64,${photo.base64}`);
  }
  const href = avatar ? httpUri(avatar) : undefined;
  if (!href) return '';
  return line(ctx.v3 ? 'PHOTO;VALUE=uri:' : 'PHOTO:', href);
}

export function prodIdLine(prodId: string, ctx: CardContext): string {
  return line('PRODID:', textValue(cleanText(prodId), ctx.v3));
}
