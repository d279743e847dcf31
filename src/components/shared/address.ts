/**
 * Postal addresses as lines of text, in the order the address's country writes them. Pure functions, no DOM:
 * the caller renders each line as text (never as HTML).
 *
 * Japanese addresses written in Japanese go from big to small: 〒postal code, then prefecture, city and street
 * on one line (no spaces, as written in Japan), then the building. Everything else, including a Japanese address
 * written in Latin letters (as Japan Post asks for mail addressed in English), goes from small to big: street,
 * then town with postal code, then country.
 */
import type { PostalAddress } from '../../model/person.js';

/** How an address is laid out: big to small (Japanese) or small to big (Western). */
export type AddressOrder = 'big-to-small' | 'small-to-big';

/** Ways the country field names Japan (compared after NFKC and lower-casing, so "ＪＰ" and "JAPAN" count). */
const JAPAN = new Set(['jp', 'jpn', 'japan', 'nippon', 'nihon', '日本', '日本国']);

/**
 * Countries whose addresses put the postal code after the town ("Springfield, IL 12345", "London SW1A 1AA");
 * elsewhere it comes first ("10115 Berlin").
 */
const POSTAL_CODE_LAST = new Set([
  'us',
  'usa',
  'united states',
  'united states of america',
  'ca',
  'can',
  'canada',
  'au',
  'aus',
  'australia',
  'gb',
  'gbr',
  'uk',
  'united kingdom',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'ie',
  'irl',
  'ireland',
  'nz',
  'nzl',
  'new zealand',
]);

const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const POSTAL_MARK = /^〒\s*/u;

/** A country field as compared with the tables above. */
function countryKey(country: string | undefined): string {
  return (country ?? '').normalize('NFKC').trim().toLowerCase().replace(/\./g, '');
}

/** True when the country field names Japan. */
export function isJapan(country: string | undefined): boolean {
  return JAPAN.has(countryKey(country));
}

/**
 * The order an address is written in: big to small when it is in Japan (or names no country) and is written in
 * Japanese; small to big otherwise.
 */
export function addressOrder(address: PostalAddress): AddressOrder {
  const text = [address.street, address.extended, address.locality, address.region, address.poBox].join(' ');
  const japaneseScript = JAPANESE_SCRIPT.test(text);
  if (isJapan(address.country)) return japaneseScript || !LATIN_LETTER.test(text) ? 'big-to-small' : 'small-to-big';
  return !countryKey(address.country) && japaneseScript ? 'big-to-small' : 'small-to-big';
}

/** The language an address is written in, for a `lang` attribute: `ja` for big-to-small ones, else undefined. */
export function addressLanguage(address: PostalAddress): 'ja' | undefined {
  return addressOrder(address) === 'big-to-small' ? 'ja' : undefined;
}

/** The lines of a postal address in its country's order, empty parts left out. */
export function addressLines(address: PostalAddress): string[] {
  const part = (value: string | undefined): string => value?.trim() ?? '';
  const lines =
    addressOrder(address) === 'big-to-small'
      ? [
          part(address.country),
          part(address.postalCode) && '〒' + part(address.postalCode).replace(POSTAL_MARK, ''),
          [address.region, address.locality, address.street].map(part).join(''),
          part(address.extended),
          part(address.poBox),
        ]
      : [part(address.poBox), part(address.extended), part(address.street), townLine(address), part(address.country)];
  return lines.filter(Boolean);
}

/** Town, region and postal code on one line, the postal code where the country puts it. */
function townLine(address: PostalAddress): string {
  const [postalCode, locality, region] = [address.postalCode, address.locality, address.region].map((v) => v?.trim() ?? '');
  if (POSTAL_CODE_LAST.has(countryKey(address.country))) {
    return [[locality, region].filter(Boolean).join(', '), postalCode].filter(Boolean).join(' ');
  }
  return [postalCode, locality, region].filter(Boolean).join(' ');
}
