/**
 * The contract's check of a whole world arriving from outside (`importWorld`, a server's bulk endpoint): every
 * item of every list against the contract's types, lists and limits, with zod 4 (its `zod/mini` build, so only
 * the checks used are shipped). Importers load this module lazily, so it costs nothing until data is imported.
 *
 * What it refuses, each as an `invalid-input` ContactsError whose message starts with the path
 * (`people[3].emails[0].value: ...`): a wrong type, a missing required field, an unknown key (including
 * `__proto__` or `constructor` as keys), an enumerated value not in the contract's list (`constructor` as an
 * email type), a hole in a sparse list, a blank name or id, a value over its limit in `limits.ts`, a
 * non-finite time, and text holding a lone surrogate. Lone surrogates are refused rather than replaced: the
 * text is the host's, and silently changing an id or a name would make the same import store something else
 * than what was sent (and re-imports would no longer match).
 *
 * What it does not check (the importer does, against what is stored): references to people, duplicates,
 * and rules between records (a block beside a connection).
 */
import * as z from 'zod/mini';
import { ContactsError } from '../model/errors.js';
import { ADDRESS_TYPES, EMAIL_TYPES, PHONE_TYPES } from '../model/person.js';
import { REQUEST_STATUSES } from '../model/request.js';
import { hasVisibleText, isWellFormedText, MAX_LIST_ENTRIES, TEXT_LIMITS } from './limits.js';
import { RELATION_TYPES } from './vocabulary.js';
import type { WorldData } from './world.js';

const wellFormed = z.refine<string>(isWellFormedText, { message: 'holds a lone surrogate (half of a UTF-16 pair)' });
const notBlank = z.refine<string>((s) => s.trim() !== '', { message: 'must not be blank' });
const visible = z.refine<string>(hasVisibleText, {
  message: 'must hold a visible character (not only spaces, marks or zero-width characters)',
});

const text = (max: number = TEXT_LIMITS.text) => z.string().check(z.maxLength(max), wellFormed);
const requiredText = (max: number = TEXT_LIMITS.text) => z.string().check(z.maxLength(max), wellFormed, notBlank);
const id = requiredText(TEXT_LIMITS.id);
const time = z.number();
const list = <T extends z.core.SomeType>(item: T, max?: number) =>
  max === undefined ? z.array(item) : z.array(item).check(z.maxLength(max));

const email = z.strictObject({ type: z.enum(EMAIL_TYPES), value: requiredText() });
const phone = z.strictObject({ type: z.enum(PHONE_TYPES), value: requiredText() });
const address = z.strictObject({
  type: z.enum(ADDRESS_TYPES),
  poBox: z.optional(text()),
  extended: z.optional(text()),
  street: z.optional(text()),
  locality: z.optional(text()),
  region: z.optional(text()),
  postalCode: z.optional(text()),
  country: z.optional(text()),
});
const birthday = z.string().check(z.regex(/^(?:\d{4}-\d{2}-\d{2}|--\d{2}-?\d{2})$/, { message: 'must be YYYY-MM-DD or --MM-DD' }));

const person = z.strictObject({
  id,
  displayName: requiredText().check(visible),
  givenName: z.optional(text()),
  familyName: z.optional(text()),
  additionalNames: z.optional(text()),
  phoneticName: z.optional(text()),
  jobTitle: z.optional(text()),
  organization: z.optional(text()),
  emails: z.optional(list(email, MAX_LIST_ENTRIES)),
  phones: z.optional(list(phone, MAX_LIST_ENTRIES)),
  addresses: z.optional(list(address, MAX_LIST_ENTRIES)),
  urls: z.optional(list(requiredText(TEXT_LIMITS.url), MAX_LIST_ENTRIES)),
  birthday: z.optional(birthday),
  note: z.optional(text()),
  avatarUrl: z.optional(text(TEXT_LIMITS.avatarUrl)),
  uid: z.optional(requiredText(TEXT_LIMITS.id)),
  updatedAt: z.optional(time),
});

const relation = z.strictObject({ type: z.enum(RELATION_TYPES), fromId: id, toId: id, createdAt: z.optional(time) });

const request = z.strictObject({
  fromId: id,
  toId: id,
  status: z.optional(z.enum(REQUEST_STATUSES)),
  createdAt: z.optional(time),
  id: z.optional(id),
  respondedAt: z.optional(time),
  note: z.optional(text(TEXT_LIMITS.requestNote)),
});

const activity = z.strictObject({
  id,
  actorId: id,
  kind: requiredText(TEXT_LIMITS.kind),
  text: text(),
  link: z.optional(text(TEXT_LIMITS.url)),
  targetId: z.optional(id),
  createdAt: time,
});

const world = z.strictObject({
  people: z.optional(list(person)),
  relations: z.optional(list(relation)),
  requests: z.optional(list(request)),
  activities: z.optional(list(activity)),
});

// The schema's output must be the contract's type: this stops compiling if the two drift apart.
type Parsed = z.infer<typeof world>;
const sameShape: (parsed: Parsed) => WorldData = (parsed) => parsed;

/** `people[3].emails[0].value` from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || 'the world';
}

const EXPECTED: Record<string, string> = { array: 'a list', object: 'an object', string: 'a string', number: 'a finite number' };

function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}${issue.input === undefined ? ' (it is missing)' : ''}`;
    case 'invalid_value':
      return `is ${JSON.stringify(issue.input)}; use one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${issue.maximum} entries` : `is longer than ${issue.maximum} characters`;
    default:
      return issue.message;
  }
}

/** Where the record at the start of `path` is, with its id when it has one: `people[1] (id "b")`. */
function recordOf(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length < 2 || typeof path[1] !== 'number') return '';
  const record = (data as Record<string, unknown[] | undefined>)[String(path[0])]?.[path[1]];
  const recordId =
    typeof record === 'object' && record !== null && Object.hasOwn(record, 'id') ? (record as { id: unknown }).id : undefined;
  return typeof recordId === 'string' ? ` (in ${String(path[0])}[${path[1]}] (id ${JSON.stringify(recordId.slice(0, 80))}))` : '';
}

/**
 * Checks `data` against the contract's `WorldData` and returns a clean copy (own, known fields only). Throws an
 * `invalid-input` ContactsError naming the path of the first problem.
 */
export function validateWorld(data: unknown): WorldData {
  const result = world.safeParse(data, { reportInput: true });
  if (result.success) return sameShape(result.data);
  const issue = result.error.issues[0]!;
  throw new ContactsError('invalid-input', `${pathText(issue.path)}: ${problem(issue)}${recordOf(data, issue.path)}.`, {
    cause: result.error,
  });
}
