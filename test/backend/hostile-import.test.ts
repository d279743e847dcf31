/**
 * Hostile input through importWorld: every list item is checked against the contract, the error names the
 * path, and nothing is written (the database is not even created). Examples from issue 15, then generated ones.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import { validateWorld } from '../../src/backend/world-validation.js';
import { EMAIL_TYPES, PHONE_TYPES, ADDRESS_TYPES } from '../../src/model/person.js';
import { isContactsError } from '../../src/model/errors.js';
import { TEXT_LIMITS } from '../../src/backend/limits.js';
import { rejection } from '../helpers/backend.js';

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/**
 * Imports `data` into a fresh name; expects invalid-input whose message starts with `path` (or a path inside it,
 * as `people[0].emails[0].type` is inside `people[0].emails[0]`) and no database created.
 */
async function expectRefused(data: unknown, path: string): Promise<void> {
  const name = `test-hostile-${crypto.randomUUID()}`;
  const error = await rejection(importWorld(name, data as WorldData));
  expect(isContactsError(error, 'invalid-input'), String(error)).to.be.true;
  const inside = error.message.startsWith(path) && [':', '.', '['].includes(error.message.charAt(path.length));
  expect(inside, `${error.message} should start with ${path}`).to.be.true;
  expect(await databaseExists(name), 'a database was created').to.be.false;
}

const ANN = { id: 'a', displayName: 'Ann' };
const LONE = 'x\uD800@example.com';

describe('importWorld refuses hostile items, naming the path and writing nothing', () => {
  const EXAMPLES: [string, unknown, string][] = [
    ['emails: [null]', { people: [{ ...ANN, emails: [null] }] }, 'people[0].emails[0]'],
    ["emails: ['x@y']", { people: [{ ...ANN, emails: ['x@y'] }] }, 'people[0].emails[0]'],
    ['addresses: [null]', { people: [{ ...ANN, addresses: [null] }] }, 'people[0].addresses[0]'],
    ['phones: [{ value: 5 }]', { people: [{ ...ANN, phones: [{ value: 5 }] }] }, 'people[0].phones[0].type'],
    ['a phone value 5', { people: [{ ...ANN, phones: [{ type: 'work', value: 5 }] }] }, 'people[0].phones[0].value'],
    ['urls: [5]', { people: [{ ...ANN, urls: [5] }] }, 'people[0].urls[0]'],
    [
      "an email type 'constructor'",
      { people: [{ ...ANN, emails: [{ type: 'constructor', value: 'a@b.c' }] }] },
      'people[0].emails[0].type',
    ],
    [
      "a phone type '__proto__'",
      JSON.parse('{"people":[{"id":"a","displayName":"Ann","phones":[{"type":"__proto__","value":"1"}]}]}'),
      'people[0].phones[0].type',
    ],
    ['an own __proto__ key', JSON.parse('{"people":[{"id":"a","displayName":"Ann","__proto__":{"x":1}}]}'), 'people[0]'],
    ['a lone surrogate in an email', { people: [{ ...ANN, emails: [{ type: 'work', value: LONE }] }] }, 'people[0].emails[0].value'],
    ['a lone surrogate in an id', { people: [{ ...ANN, id: '\uDC00' }] }, 'people[0].id'],
    // Holes on purpose: a sparse array must be refused.
    // eslint-disable-next-line no-sparse-arrays
    ['a sparse list of people', { people: [ANN, , { id: 'b', displayName: 'Bob' }] }, 'people[1]'],
    // eslint-disable-next-line no-sparse-arrays
    ['a sparse list of emails', { people: [{ ...ANN, emails: [, { type: 'work', value: 'a@b.c' }] }] }, 'people[0].emails[0]'],
    ['an unknown key', { people: [{ ...ANN, nickname: 'A' }] }, 'people[0]'],
    ['an unknown top-level key', { people: [ANN], groups: [] }, 'the world'],
    ['a wrong type', { people: [{ ...ANN, jobTitle: 7 }] }, 'people[0].jobTitle'],
    ['a note over its limit', { people: [{ ...ANN, note: 'n'.repeat(TEXT_LIMITS.text + 1) }] }, 'people[0].note'],
    ['an id over its limit', { people: [{ ...ANN, id: 'i'.repeat(TEXT_LIMITS.id + 1) }] }, 'people[0].id'],
    [
      'an infinite time',
      { people: [ANN], activities: [{ id: 'x', actorId: 'a', kind: 'post', text: '', createdAt: Infinity }] },
      'activities[0].createdAt',
    ],
    ['a relation item that is null', { people: [ANN], relations: [null] }, 'relations[0]'],
    [
      'a request with a numeric id',
      { people: [ANN, { id: 'b', displayName: 'Bob' }], requests: [{ fromId: 'a', toId: 'b', id: 5 }] },
      'requests[0].id',
    ],
    [
      'an activity with an unknown key',
      { people: [ANN], activities: [{ id: 'x', actorId: 'a', kind: 'post', text: '', createdAt: 1, html: '<b>' }] },
      'activities[0]',
    ],
  ];
  for (const [what, data, path] of EXAMPLES) {
    it(`refuses ${what}`, () => expectRefused(data, path));
  }

  it('names the record by id and says what is wrong', async () => {
    const error = await rejection(
      importWorld(`test-hostile-${crypto.randomUUID()}`, {
        people: [ANN, { id: 'b', displayName: 'Bob', emails: [{ type: 'constructor' as 'work', value: 'b@c.d' }] }],
      }),
    );
    expect(error.message).to.equal('people[1].emails[0].type: is "constructor"; use one of work, home, other (in people[1] (id "b")).');
  });

  // A valid person, generated.
  const text = fc.string({ maxLength: 12 });
  const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
  const validPerson = (index: number) =>
    fc.record(
      {
        id: fc.constant(`p${index}`),
        displayName: name,
        jobTitle: text,
        emails: fc.array(fc.record({ type: fc.constantFrom(...EMAIL_TYPES), value: name }), { maxLength: 3 }),
        phones: fc.array(fc.record({ type: fc.constantFrom(...PHONE_TYPES), value: name }), { maxLength: 3 }),
        addresses: fc.array(fc.record({ type: fc.constantFrom(...ADDRESS_TYPES), street: text }, { requiredKeys: ['type'] }), {
          maxLength: 2,
        }),
        urls: fc.array(name, { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'displayName'] },
    );
  const validPeople = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validPerson(i))));

  /** Ways to break one person, each with the path (after `people[i]`) the error must name. */
  const HOSTILE_VALUES: unknown[] = [null, 5, true, 'x@y', [], {}, '\uD83D', 'constructor', '__proto__', 'toString'];
  const mutation = fc.oneof(
    fc
      .record({ list: fc.constantFrom('emails', 'phones', 'addresses'), value: fc.constantFrom(...HOSTILE_VALUES) })
      .map(({ list, value }) => ({
        apply: (p: Record<string, unknown>) => void (p[list] = [value]),
        path: `.${list}[0]`,
      })),
    fc
      .record({
        list: fc.constantFrom('emails', 'phones', 'addresses'),
        type: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'WORK', ''),
      })
      .map(({ list, type }) => ({
        apply: (p: Record<string, unknown>) => void (p[list] = [{ type, value: 'v' }]),
        path: `.${list}[0].type`,
      })),
    fc
      .record({
        field: fc.constantFrom('displayName', 'jobTitle', 'note', 'givenName'),
        value: fc.constantFrom(5, null, {}, [], 'a\uDFFFb', 'z'.repeat(TEXT_LIMITS.text + 1)),
      })
      .map(({ field, value }) => ({
        apply: (p: Record<string, unknown>) => void (p[field] = value),
        path: `.${field}`,
      })),
    fc.constantFrom('constructor', 'nickname', '__proto__', 'prototype').map((key) => ({
      apply: (p: Record<string, unknown>) =>
        void Object.defineProperty(p, key, { value: 'x', enumerable: true, configurable: true, writable: true }),
      path: '',
    })),
    fc.constant({ apply: (p: Record<string, unknown>) => void (p['urls'] = new Array(2)), path: '.urls[0]' }),
  );

  it('refuses generated hostile people, naming the path, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(validPeople, fc.nat(), mutation, async (people, pick, { apply, path }) => {
        const index = pick % people.length;
        const copy = people.map((p) => ({ ...p })) as Record<string, unknown>[];
        apply(copy[index]!);
        await expectRefused({ people: copy }, `people[${index}]${path}`);
      }),
      { numRuns: 60 },
    );
  });

  it('accepts generated valid worlds as they are', () => {
    fc.assert(
      fc.property(validPeople, (people) => {
        expect(validateWorld({ people })).to.deep.equal({ people });
      }),
      { numRuns: 100 },
    );
  });
});
