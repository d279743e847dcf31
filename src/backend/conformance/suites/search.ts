/** searchPeople: word-prefix matching in any script, filters, and exact keyset paging. */
import type { ContactsBackend, CountedFilter, SearchOptions } from '../../backend.js';
import { PAGE_SIZES } from '../../page-sizes.js';
import { deepEqual, equal, ok } from '../assert.js';
import { allPages, CAST, person, type SuiteContext } from '../context.js';

const NAMED = [
  person('ann', 'Ann Archer'),
  person('mary', 'Mary Major'),
  person('marc', 'Marc Émond'),
  person('jose', 'José María Álvarez'),
  person('mark', 'Mark Twain'),
  person('martha', 'Martha Stewart'),
  person('emma', 'Emma Stone'),
  person('zoe', 'Zoë Zimmer'),
  person('yamada', '山田 太郎', { phoneticName: 'やまだ たろう' }),
  person('tanaka', '田中 花子', { phoneticName: 'たなか はなこ' }),
  person('kim', '김민준'),
  person('oskar', 'OSKAR olsen'),
];

async function ids(backend: ContactsBackend, options: SearchOptions): Promise<string[]> {
  return (await backend.searchPeople({ limit: PAGE_SIZES.people.max, ...options })).items.map((e) => e.person.id);
}

const sorted = (list: string[]) => [...list].sort();

/** Defines the tests of searchPeople: matching, filters, order and paging. */
export function searchTests({ api, world }: SuiteContext): void {
  api.describe('searchPeople', () => {
    api.it('lists everyone but the viewer, in name order, with relationships', async () => {
      const w = await world({
        people: [person('ann', 'Ann Archer'), person('c', 'carol Xu'), person('a', 'Alice Zed'), person('b', 'Bob Young')],
        relations: [{ type: 'follow', fromId: 'ann', toId: 'b' }],
      });
      const page = await w.as('ann').searchPeople();
      deepEqual(
        page.items.map((e) => e.person.id),
        ['a', 'b', 'c'],
        'everyone but the viewer, by name',
      );
      equal(page.next, null, 'no further page');
      equal(page.items[1]!.relationship.following, true, 'the relationship comes with each person');
      equal(page.items[0]!.relationship.following, false, 'and is per person');
    });

    api.it('matches the start of any word, ignoring case and accents', async () => {
      const w = await world({ people: NAMED });
      const ann = w.as('ann');
      deepEqual(sorted(await ids(ann, { query: 'ma' })), ['jose', 'marc', 'mark', 'martha', 'mary'], '"ma"');
      deepEqual(sorted(await ids(ann, { query: 'MAR' })), ['jose', 'marc', 'mark', 'martha', 'mary'], '"MAR"');
      deepEqual(sorted(await ids(ann, { query: 'mart' })), ['martha'], '"mart"');
      deepEqual(await ids(ann, { query: 'emo' }), ['marc'], '"emo" finds Émond');
      deepEqual(await ids(ann, { query: 'Émo' }), ['marc'], '"Émo" finds Émond');
      deepEqual(await ids(ann, { query: 'zoe' }), ['zoe'], '"zoe" finds Zoë');
      deepEqual(await ids(ann, { query: 'alvarez' }), ['jose'], 'a full later word');
      deepEqual(await ids(ann, { query: 'olsen' }), ['oskar'], 'upper and lower case');
      ok((await ids(ann, { query: 'Mark Twain' })).includes('mark'), 'the whole name finds the person');
      deepEqual(await ids(ann, { query: 'tw' }), ['mark'], 'a second word');
      deepEqual(await ids(ann, { query: 'xyz' }), [], 'no match');
      deepEqual(await ids(ann, { query: 'ann' }), [], 'never the viewer');
    });

    api.it('matches names in any script; CJK names from any character, and by reading', async () => {
      const w = await world({ people: NAMED });
      const ann = w.as('ann');
      deepEqual(await ids(ann, { query: '山田' }), ['yamada'], '山田');
      deepEqual(await ids(ann, { query: '太郎' }), ['yamada'], '太郎 inside the name');
      deepEqual(sorted(await ids(ann, { query: '田' })), ['tanaka', 'yamada'], '田 anywhere');
      deepEqual(await ids(ann, { query: 'やまだ' }), ['yamada'], 'the phonetic reading');
      deepEqual(await ids(ann, { query: '민준' }), ['kim'], 'Hangul inside the name');
    });

    api.it('every filter lists the right people, with matching counts', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'cat' },
          { type: 'follow', fromId: 'dan', toId: 'ann' },
          { type: 'block', fromId: 'ann', toId: 'eve' },
        ],
        requests: [],
      });
      await w.as('ann').requestConnection('cat');
      await w.as('dan').requestConnection('ann');
      await w.as('ann').mute('cat');
      const ann = w.as('ann');
      const expected: Record<CountedFilter, string[]> = {
        connections: ['bob'],
        following: ['bob', 'cat'],
        followers: ['dan'],
        incoming: ['dan'],
        outgoing: ['cat'],
        blocked: ['eve'],
        muted: ['cat'],
      };
      const counts = await ann.getCounts();
      for (const [filter, list] of Object.entries(expected) as [CountedFilter, string[]][]) {
        const page = await ann.searchPeople({ filter, limit: PAGE_SIZES.people.max });
        deepEqual(
          page.items.map((e) => e.person.id),
          list,
          `filter ${filter}`,
        );
        equal(counts[filter], list.length, `count of ${filter}`);
      }
      const blocked = await ann.searchPeople({ filter: 'blocked' });
      equal(blocked.items[0]!.relationship.blocking, true, 'blocked people come with blocking: true');
      deepEqual(await ids(ann, { filter: 'following', query: 'ca' }), ['cat'], 'a query within a filter');
      ok(!(await ids(ann, {})).includes('ann'), 'all never lists the viewer');
      deepEqual(await ids(ann, { filter: 'mine' }), [], 'mine is empty while the viewer keeps no personal contacts');
    });

    api.it('pages exactly: no duplicates, no misses, for every kind of list', async () => {
      const many = Array.from({ length: 23 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, `Person ${String(i).padStart(2, '0')}`));
      const w = await world({
        people: [...CAST, ...many, person('same1', 'Twin Same'), person('same2', 'Twin Same'), person('same3', 'Twin Same')],
        relations: many.filter((_, i) => i % 2 === 0).map((p) => ({ type: 'follow' as const, fromId: 'ann', toId: p.id })),
      });
      const ann = w.as('ann');
      const cases: SearchOptions[] = [
        {},
        { query: 'person' },
        { query: 'pe' },
        { query: 'twin' },
        { filter: 'following' },
        { filter: 'following', query: 'per' },
      ];
      for (const options of cases) {
        const whole = await ids(ann, options);
        for (const limit of [1, 2, 5, 7]) {
          const pages = await allPages((cursor) => ann.searchPeople({ ...options, limit, cursor }));
          ok(
            pages.every((p) => p.length <= limit),
            `pages of ${JSON.stringify(options)} hold at most ${limit}`,
          );
          deepEqual(
            pages.flat().map((e) => e.person.id),
            whole,
            `pages of ${limit} for ${JSON.stringify(options)}`,
          );
        }
      }
      equal((await ids(ann, { query: 'twin' })).length, 3, 'people with the same name all come back');
    });

    api.it('paging stays exact when people leave the list between pages', async () => {
      const many = Array.from({ length: 15 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, `Person ${String(i).padStart(2, '0')}`));
      const w = await world({ people: [...CAST, ...many] });
      const ann = w.as('ann');
      const whole = await ids(ann, { query: 'person' });
      const first = await ann.searchPeople({ query: 'person', limit: 5 });
      await ann.block('p12');
      const rest = (await allPages((cursor) => ann.searchPeople({ query: 'person', limit: 5, cursor: cursor ?? first.next }))).flat();
      deepEqual(
        [...first.items, ...rest].map((e) => e.person.id),
        whole.filter((id) => id !== 'p12'),
        'pages after a block',
      );
    });
  });
}
