// One card's properties → an ImportedPerson. Properties arrive in file order; labels (item1.X-ABLabel) may
// follow the property they name, so grouped values are typed when the card ends.

import type { Email, Phone, PostalAddress } from '../../model/person.js';
import { isFamilyFirst } from '../names.js';
import { httpUri } from '../values.js';
import { components, type ContentLine, type Params, unescapeText } from './content-line.js';
import type { ImportedPerson, VCardIssue, VCardIssueCode } from './types.js';
import { addressType, emailType, phoneType, readBirthday, readPhoto, readTelUri, readTimestamp } from './values.js';

interface Grouped {
  group: string;
  params: Params;
}

const blankToUndefined = (value: string | undefined): string | undefined => (value && value.trim() ? value : undefined);

/** Collects a card's properties, then builds the person. */
export class CardBuilder {
  version = '';
  uid: string | undefined;
  revision: number | undefined;
  readonly warnings: VCardIssue[] = [];
  /** AGENT with an empty value: the next BEGIN:VCARD is an embedded card, not a new one. */
  agentPending = false;
  #fn = '';
  #n: string[] | undefined;
  #sortAs: readonly string[] | undefined;
  #phonetic = { first: '', middle: '', last: '' };
  #irmc: string[] | undefined;
  #org: string | undefined;
  #title: string | undefined;
  #notes: string[] = [];
  #birthday: string | undefined;
  #photo: string | undefined;
  #urls: string[] = [];
  #emails: (Grouped & { value: string })[] = [];
  #phones: (Grouped & { value: string })[] = [];
  #addresses: (Grouped & { parts: string[] })[] = [];
  #labels = new Map<string, string>();

  constructor(
    readonly card: number,
    readonly line: number,
  ) {}

  warn(code: VCardIssueCode, line: number, message: string): void {
    this.warnings.push({ code, card: this.card, line, message });
  }

  /** Adds one property whose value is already decoded to text (still escaped). */
  add(p: ContentLine, value: string, line: number): void {
    this.agentPending = false;
    switch (p.name) {
      case 'VERSION':
        this.version = value.trim();
        break;
      case 'FN':
        this.#fn = unescapeText(value).trim();
        break;
      case 'N':
        this.#n = components(value).map((part) => part.trim());
        this.#sortAs = p.params['SORT-AS'];
        break;
      case 'X-PHONETIC-FIRST-NAME':
        this.#phonetic.first = unescapeText(value).trim();
        break;
      case 'X-PHONETIC-MIDDLE-NAME':
        this.#phonetic.middle = unescapeText(value).trim();
        break;
      case 'X-PHONETIC-LAST-NAME':
        this.#phonetic.last = unescapeText(value).trim();
        break;
      case 'SOUND':
        if (p.params['TYPE']?.includes('x-irmc-n')) this.#irmc = components(value).map((part) => part.trim());
        break;
      case 'ORG':
        this.#org = blankToUndefined(
          components(value)
            .filter((part) => part.trim())
            .join(', '),
        );
        break;
      case 'TITLE':
        this.#title = blankToUndefined(unescapeText(value));
        break;
      case 'NOTE':
        if (value.trim()) this.#notes.push(unescapeText(value));
        break;
      case 'EMAIL': {
        const email = unescapeText(value).trim();
        if (email) this.#emails.push({ group: p.group, params: p.params, value: email });
        break;
      }
      case 'TEL': {
        const number = /^tel:/i.test(value.trim()) ? readTelUri(value) : unescapeText(value).trim();
        if (number) this.#phones.push({ group: p.group, params: p.params, value: number });
        break;
      }
      case 'ADR': {
        const parts = components(value);
        if (parts.some((part) => part.trim())) this.#addresses.push({ group: p.group, params: p.params, parts });
        break;
      }
      case 'URL': {
        const text = unescapeText(value).trim();
        // Only http(s): a card's URL is shown as a link.
        const href = text ? httpUri(text) : undefined;
        if (href) this.#urls.push(href);
        else if (text) this.warn('bad-value', line, `URL "${text.slice(0, 80)}" is not an http(s) URL; skipped.`);
        break;
      }
      case 'BDAY': {
        const date = readBirthday(value, p.params);
        if (date) this.#birthday = date;
        else if (value.trim()) this.warn('bad-value', line, `BDAY "${value.slice(0, 40)}" is not a date; skipped.`);
        break;
      }
      case 'PHOTO': {
        const photo = readPhoto(value, p.params);
        if (photo) this.#photo ??= photo;
        else if (value.trim()) this.warn('bad-photo', line, 'PHOTO is neither a raster image nor an http(s) URL; skipped.');
        break;
      }
      case 'UID':
        this.uid = blankToUndefined(unescapeText(value).trim());
        break;
      case 'REV': {
        const time = readTimestamp(value);
        if (time !== undefined) this.revision = time;
        else this.warn('bad-value', line, `REV "${value.slice(0, 40)}" is not a timestamp; skipped.`);
        break;
      }
      case 'X-ABLABEL':
        if (p.group) this.#labels.set(p.group, unescapeText(value).trim());
        break;
      case 'AGENT':
        this.agentPending = !value.trim();
        break;
      default:
      // Properties the model has no field for (NICKNAME, X-…) are read and left.
    }
  }

  #label(group: string): string | undefined {
    return group ? this.#labels.get(group) : undefined;
  }

  /** The person, or undefined when nothing names them. */
  build(): ImportedPerson | undefined {
    const [family = '', given = '', additional = ''] = this.#n ?? [];
    const emails: Email[] = this.#emails.map((e) => ({ type: emailType(e.params, this.#label(e.group)), value: e.value }));
    const phones: Phone[] = this.#phones.map((t) => ({ type: phoneType(t.params, this.#label(t.group)), value: t.value }));
    const addresses: PostalAddress[] = this.#addresses.map((a) => address(a.parts, addressType(a.params, this.#label(a.group))));
    const person: ImportedPerson = { displayName: '', emails, phones, addresses, urls: this.#urls };
    if (given) person.givenName = given;
    if (family) person.familyName = family;
    if (additional) person.additionalNames = additional;
    const named = [given, additional, family].filter(Boolean);
    const cjk = isFamilyFirst({ id: '', ...person, displayName: this.#fn || named.join(' ') });
    person.displayName =
      this.#fn ||
      (cjk ? [family, given].filter(Boolean).join(' ') : named.join(' ')) ||
      this.#org ||
      emails[0]?.value ||
      phones[0]?.value ||
      '';
    if (!person.displayName) return undefined;
    const phonetic = this.#phoneticName(cjk);
    if (phonetic) person.phoneticName = phonetic;
    if (this.#title) person.jobTitle = this.#title;
    if (this.#org) person.organization = this.#org;
    if (this.#birthday) person.birthday = this.#birthday;
    if (this.#notes.length > 0) person.note = this.#notes.join('\n');
    if (this.#photo) person.avatarUrl = this.#photo;
    return person;
  }

  /** X-PHONETIC-*, else 4.0's SORT-AS (family, given), else 2.1's SOUND;X-IRMC-N, in the name's own order. */
  #phoneticName(familyFirst: boolean): string | undefined {
    let { first, middle, last } = this.#phonetic;
    if (!first && !middle && !last && this.#sortAs) [last = '', first = ''] = this.#sortAs.map((s) => s.trim());
    if (!first && !middle && !last && this.#irmc) [last = '', first = '', middle = ''] = this.#irmc;
    const parts = familyFirst ? [last, first, middle] : [first, middle, last];
    return parts.filter(Boolean).join(' ') || undefined;
  }
}

const ADDRESS_FIELDS = ['poBox', 'extended', 'street', 'locality', 'region', 'postalCode', 'country'] as const;

function address(parts: readonly string[], type: PostalAddress['type']): PostalAddress {
  const result: PostalAddress = { type };
  ADDRESS_FIELDS.forEach((field, i) => {
    const part = parts[i];
    if (part) result[field] = part;
  });
  return result;
}
