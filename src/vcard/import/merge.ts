// Merging a card into a contact, field by field: keep mine, take theirs, or (lists) keep both.

import type { Person, PostalAddress } from '../../model/person.js';
import type { ImportedPerson } from '../parse/types.js';
import { emailKey, phoneKey } from './match.js';

/** Fields holding one value: the merge keeps one side's. */
export const SINGLE_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'additionalNames',
  'phoneticName',
  'jobTitle',
  'organization',
  'birthday',
  'note',
  'avatarUrl',
] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

/** Fields holding a list: the merge may also keep both sides' values (each distinct value once). */
export const LIST_FIELDS = ['emails', 'phones', 'addresses', 'urls'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export type MergeField = SingleField | ListField;

/** What to keep of a field: the stored contact's (`mine`), the card's (`theirs`), or for lists `both`. */
export const MERGE_CHOICES = ['mine', 'theirs', 'both'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

export type MergeChoices = Partial<Record<MergeField, MergeChoice>>;

const isList = (field: MergeField): field is ListField => (LIST_FIELDS as readonly string[]).includes(field);

const addressKey = (a: PostalAddress): string =>
  [a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country].map((p) => (p ?? '').trim().toLowerCase()).join('\u0000');

const KEYS: { [F in ListField]: (value: Person[F][number]) => string } = {
  emails: (e) => emailKey(e.value),
  phones: (p) => phoneKey(p.value) || p.value,
  addresses: addressKey,
  urls: (u) => u,
};

function union<F extends ListField>(field: F, mine: Person[F], theirs: Person[F]): Person[F] {
  const key = KEYS[field] as (value: Person[F][number]) => string;
  const seen = new Set(mine.map(key));
  return [...mine, ...(theirs as Person[F][number][]).filter((v) => !seen.has(key(v)) && seen.add(key(v)))] as Person[F];
}

/** Whether `theirs` holds a value `mine` lacks, that is, whether keeping both would change the list. */
function addsValues<F extends ListField>(field: F, mine: Person[F], theirs: Person[F]): boolean {
  if (theirs.length === 0) return false;
  const key = KEYS[field] as (value: Person[F][number]) => string;
  const seen = new Set(mine.map(key));
  return (theirs as Person[F][number][]).some((v) => !seen.has(key(v)));
}

/** The fields where the card says something the contact does not: what the side-by-side view shows. */
export function differingFields(mine: Person, theirs: ImportedPerson): MergeField[] {
  const fields: MergeField[] = [];
  for (const field of SINGLE_FIELDS) if (theirs[field] !== undefined && mine[field] !== theirs[field]) fields.push(field);
  for (const field of LIST_FIELDS) if (addsValues(field, mine[field], theirs[field])) fields.push(field);
  return fields;
}

/** The default choice: lists keep both (a merge loses no value); a single value stays mine unless I have none. */
export function defaultChoice(field: MergeField, mine: Person): MergeChoice {
  if (isList(field)) return 'both';
  return mine[field] === undefined ? 'theirs' : 'mine';
}

/** The contact after merging the card in with `choices` (defaults for the rest). */
export function mergeContact(mine: Person, theirs: ImportedPerson, choices: MergeChoices = {}): ImportedPerson {
  const { id: _id, updatedAt: _updatedAt, ...merged } = structuredClone(mine);
  const result: ImportedPerson = merged;
  const out = result as Record<MergeField, unknown>;
  for (const field of [...SINGLE_FIELDS, ...LIST_FIELDS]) {
    const choice = choices[field] ?? defaultChoice(field, mine);
    if (choice === 'mine') continue;
    if (isList(field)) out[field] = choice === 'both' ? union(field, mine[field], theirs[field]) : structuredClone(theirs[field]);
    else if (theirs[field] !== undefined) out[field] = theirs[field];
    else delete out[field];
  }
  return result;
}
