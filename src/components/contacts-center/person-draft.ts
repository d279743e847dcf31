/**
 * What the person form edits: a Person's fields as the inputs hold them, each list entry keyed so a removed row
 * takes its own field ids and messages with it. {@link checkDraft} gives the messages shown next to each field
 * (the contract's rules, from limits.ts and the URL policy, in the user's language); {@link inputOf} what is saved.
 */
import { msg, str } from '@lit/localize';
import type { ProfileInput } from '../../backend/profile.js';
import { hasVisibleText, isWellFormedText, MAX_LIST_ENTRIES, TEXT_LIMITS } from '../../backend/limits.js';
import type { Email, Person, Phone, PostalAddress } from '../../model/person.js';
import { imageUrl, linkUrl } from '../../model/url-policy.js';

/** The single-line text fields, in the order the form shows them. */
export const TEXT_FIELDS = ['displayName', 'givenName', 'familyName', 'phoneticName', 'jobTitle', 'organization'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The editable lists of a person. */
export const LIST_FIELDS = ['emails', 'phones', 'addresses', 'urls'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The parts of an address the form shows (a stored PO box or extended line is kept as it is). */
export const ADDRESS_PARTS = ['street', 'locality', 'region', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** One entry of a list in the form, with the key its inputs' ids are made from. */
export interface Keyed<T> {
  key: number;
  value: T;
}

export interface PersonDraft {
  text: Record<TextField, string>;
  emails: Keyed<Email>[];
  phones: Keyed<Phone>[];
  addresses: Keyed<PostalAddress>[];
  urls: Keyed<string>[];
  birthday: string;
  note: string;
  avatarUrl: string | undefined;
  /** Not edited: kept, so editing an imported contact keeps the UID later imports match it by. */
  uid: string | undefined;
}

let nextKey = 1;
const keyed = <T>(value: T): Keyed<T> => ({ key: nextKey++, value });

/** A new list entry of `field`'s kind. */
export function newEntry(field: ListField): Keyed<Email> | Keyed<Phone> | Keyed<PostalAddress> | Keyed<string> {
  if (field === 'emails') return keyed<Email>({ type: 'home', value: '' });
  if (field === 'phones') return keyed<Phone>({ type: 'mobile', value: '' });
  if (field === 'addresses') return keyed<PostalAddress>({ type: 'home' });
  return keyed('');
}

/** The draft of an existing person, or of an empty one. */
export function draftOf(person: Person | undefined): PersonDraft {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, person?.[f] ?? ''])) as Record<TextField, string>;
  return {
    text,
    emails: (person?.emails ?? []).map((e) => keyed({ ...e })),
    phones: (person?.phones ?? []).map((p) => keyed({ ...p })),
    addresses: (person?.addresses ?? []).map((a) => keyed({ ...a })),
    urls: (person?.urls ?? []).map((u) => keyed(u)),
    birthday: person?.birthday ?? '',
    note: person?.note ?? '',
    avatarUrl: person?.avatarUrl,
    uid: person?.uid,
  };
}

const trimmed = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/** What the adapter is given: blank fields and blank list entries left out, text trimmed. */
export function inputOf(draft: PersonDraft): ProfileInput {
  const input: Record<string, unknown> = { displayName: draft.text.displayName.trim() };
  for (const f of TEXT_FIELDS) if (f !== 'displayName' && trimmed(draft.text[f])) input[f] = trimmed(draft.text[f]);
  input['emails'] = draft.emails.filter((e) => trimmed(e.value.value)).map((e) => ({ type: e.value.type, value: e.value.value.trim() }));
  input['phones'] = draft.phones.filter((e) => trimmed(e.value.value)).map((e) => ({ type: e.value.type, value: e.value.value.trim() }));
  input['addresses'] = draft.addresses
    .map((e) =>
      Object.fromEntries(Object.entries(e.value).flatMap(([k, v]) => (k === 'type' ? [[k, v]] : trimmed(v) ? [[k, trimmed(v)]] : []))),
    )
    .filter((a) => Object.keys(a).length > 1);
  input['urls'] = draft.urls.flatMap((e) => trimmed(e.value) ?? []);
  if (trimmed(draft.birthday)) input['birthday'] = trimmed(draft.birthday);
  if (trimmed(draft.note)) input['note'] = draft.note.trim();
  if (draft.avatarUrl) input['avatarUrl'] = draft.avatarUrl;
  if (draft.uid) input['uid'] = draft.uid;
  return input as ProfileInput;
}

/** The id of a field's input, and of its message: `displayName`, `emails-3` (by entry key), `addresses-4-street`. */
export const fieldId = (field: string, key?: number, part?: string): string => [field, key, part].filter((p) => p !== undefined).join('-');

const BIRTHDAY = /^(?:\d{4}-\d{2}-\d{2}|--\d{2}-?\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function textProblem(value: string, max: number = TEXT_LIMITS.text): string | undefined {
  if (value.length > max) return msg(str`Keep this under ${max.toLocaleString()} characters.`);
  if (!isWellFormedText(value)) return msg('This holds a broken character; type it again.');
  return undefined;
}

/** Each field's message, by {@link fieldId}; empty when the draft may be saved. */
export function checkDraft(draft: PersonDraft): Map<string, string> {
  const problems = new Map<string, string>();
  const put = (id: string, problem: string | undefined) => problem && problems.set(id, problem);
  for (const f of TEXT_FIELDS) put(f, textProblem(draft.text[f]));
  if (!hasVisibleText(draft.text.displayName)) put('displayName', msg('Enter the name to show.'));
  for (const f of LIST_FIELDS) if (draft[f].length > MAX_LIST_ENTRIES) put(f, msg(str`Keep at most ${MAX_LIST_ENTRIES} entries.`));
  for (const { key, value } of draft.emails) {
    const v = value.value.trim();
    put(
      fieldId('emails', key),
      textProblem(v) ?? (v && !EMAIL.test(v) ? msg('Enter an email address such as name@example.com.') : undefined),
    );
  }
  for (const { key, value } of draft.phones) put(fieldId('phones', key), textProblem(value.value));
  for (const { key, value } of draft.addresses)
    for (const part of ADDRESS_PARTS) put(fieldId('addresses', key, part), textProblem(value[part] ?? ''));
  for (const { key, value } of draft.urls) {
    const v = value.trim();
    put(
      fieldId('urls', key),
      textProblem(v, TEXT_LIMITS.url) ?? (v && !linkUrl(v) ? msg('Enter a web address starting with https://.') : undefined),
    );
  }
  const birthday = draft.birthday.trim();
  if (birthday && !BIRTHDAY.test(birthday)) put('birthday', msg('Enter the birthday as YYYY-MM-DD, or --MM-DD without the year.'));
  put('note', textProblem(draft.note));
  if (draft.avatarUrl && !imageUrl(draft.avatarUrl)) put('avatar', msg('This picture cannot be shown; choose another.'));
  return problems;
}

/**
 * The field an adapter's `invalid-input` message names (`emails[1].value: …` is the second email's input), so
 * a refusal the form did not foresee is still shown next to its field; undefined when it names none.
 */
export function fieldOfError(message: string, draft: PersonDraft): string | undefined {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?:/.exec(message);
  if (!match) return undefined;
  const [, field, index, part] = match;
  if ((TEXT_FIELDS as readonly string[]).includes(field!) || field === 'birthday' || field === 'note') return field;
  if (field === 'avatarUrl') return 'avatar';
  if (!(LIST_FIELDS as readonly string[]).includes(field!)) return undefined;
  const list = inputListKeys(draft, field as ListField);
  const key = index === undefined ? undefined : list[Number(index)];
  if (key === undefined) return field;
  return field === 'addresses' && part && (ADDRESS_PARTS as readonly string[]).includes(part)
    ? fieldId(field, key, part)
    : fieldId(field!, key);
}

/** The keys of the entries {@link inputOf} keeps, in order (what an adapter's index refers to). */
function inputListKeys(draft: PersonDraft, field: ListField): number[] {
  if (field === 'urls') return draft.urls.filter((e) => trimmed(e.value)).map((e) => e.key);
  if (field === 'addresses')
    return draft.addresses
      .filter((e) => ADDRESS_PARTS.some((p) => trimmed(e.value[p])) || trimmed(e.value.poBox) || trimmed(e.value.extended))
      .map((e) => e.key);
  return draft[field].filter((e) => trimmed(e.value.value)).map((e) => e.key);
}
