/** People you may know: who is suggested, in what order, with what reason, and who never is. */
import type { ContactsBackend, Suggestion } from '../../backend.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { allPages, person, type SuiteContext } from '../context.js';

const ids = (items: readonly Suggestion[]) => items.map((s) => s.person.id);
const everything = async (b: ContactsBackend) => (await allPages((cursor) => b.getSuggestions({ cursor, limit: 2 }))).flat();

/** Defines the tests of getSuggestions and dismissSuggestion. */
export function suggestionTests({ api, world }: SuiteContext): void {
  // Ann knows Bob, Cat and Dan. Gus knows all three, Fay two, Hal one; Ivy works where Ann does; Jo is unrelated.
  const people = [
    person('ann', 'Ann Archer', { organization: 'Acme Corp' }),
    person('bob', 'Bob Brown'),
    person('cat', 'Cat Cole'),
    person('dan', 'Dan Dunn'),
    person('fay', 'Fay Fox'),
    person('gus', 'Gus Gray'),
    person('hal', 'Hal Hill', { organization: 'ACME corp.' }),
    person('ivy', 'Ivy Irwin', { organization: 'acme  Corp' }),
    person('jo', 'Jo Jones', { organization: 'Acme Corporation' }),
  ];
  const connect = (fromId: string, toId: string) => ({ type: 'connection' as const, fromId, toId });
  const relations = [
    connect('ann', 'bob'),
    connect('ann', 'cat'),
    connect('ann', 'dan'),
    connect('gus', 'bob'),
    connect('gus', 'cat'),
    connect('gus', 'dan'),
    connect('fay', 'bob'),
    connect('fay', 'cat'),
    connect('hal', 'dan'),
  ];

  api.describe('people you may know', () => {
    api.it('ranks by mutual connections, then a shared organisation, then name, each with its reason', async () => {
      const w = await world({ people, relations });
      const page = await w.as('ann').getSuggestions();
      deepEqual(ids(page.items), ['gus', 'fay', 'hal', 'ivy'], 'the order');
      deepEqual(
        page.items.map((s) => [s.mutualCount, s.sharedOrganization]),
        [
          [3, false],
          [2, false],
          [1, true],
          [0, true],
        ],
        'the reasons',
      );
      ok(!page.items[0]!.relationship.connected, 'each with its relationship');
      equal(page.next, null, 'one page');
      deepEqual(ids(await everything(w.as('ann'))), ['gus', 'fay', 'hal', 'ivy'], 'pages of two, in the same order');
    });

    api.it('never suggests connections, blocks either way, pending requests, ignores or the viewer', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      await w.as('gus').block('ann');
      await ann.requestConnection('fay');
      await w.as('ivy').ignoreRequests('ann');
      deepEqual(ids(await everything(ann)), ['hal'], 'only Hal is left');
      await ann.block('hal');
      deepEqual(ids(await everything(ann)), [], 'nobody');
      equal(
        (await w.as('bob').getSuggestions()).items.some((s) => s.person.id === 'bob'),
        false,
        'never oneself',
      );
    });

    api.it('never suggests someone the viewer mutes, and suggests them again once unmuted', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      await ann.mute('gus', { duration: 'day' });
      await ann.mute('ivy');
      deepEqual(ids(await everything(ann)), ['fay', 'hal'], 'muted people left out, whatever the duration');
      await ann.unmute('gus');
      deepEqual(ids(await everything(ann)), ['gus', 'fay', 'hal'], 'back once unmuted');
    });

    api.it('keeps a dismissed person dismissed, per viewer', async () => {
      const w = await world({ people, relations });
      deepEqual(await w.as('ann').dismissSuggestion('gus'), await w.as('ann').getRelationship('gus'), 'resolves to the relationship');
      await w.as('ann').dismissSuggestion('gus');
      deepEqual(ids((await w.as('ann').getSuggestions()).items), ['fay', 'hal', 'ivy'], 'gone, and stays gone');
      ok(ids((await w.as('bob').getSuggestions()).items).includes('dan'), 'another viewer’s suggestions are their own');
      await w.as('ann').disconnect('dan');
      await w.as('ann').requestConnection('dan');
      await w.as('dan').acceptRequest('ann');
      ok(!ids((await w.as('ann').getSuggestions()).items).includes('gus'), 'still dismissed after other changes');
    });

    api.it('refuses a bad page size or cursor, and dismissing oneself or nobody', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      await rejects(() => ann.getSuggestions({ limit: 0 }), 'invalid-input', 'limit 0');
      await rejects(() => ann.getSuggestions({ limit: 51 }), 'invalid-input', 'limit over 50');
      await rejects(() => ann.getSuggestions({ cursor: 'nonsense' }), 'invalid-input', 'a bad cursor');
      const before = await w.snapshot(['ann']);
      await rejects(() => ann.dismissSuggestion('ann'), 'self', 'oneself');
      await rejects(() => ann.dismissSuggestion('ghost'), 'not-found', 'an unknown person');
      equal(await w.snapshot(['ann']), before, 'data unchanged');
    });
  });

  api.describe('the suggested people filter', () => {
    const listed = async (b: ContactsBackend, query?: string) =>
      (await allPages((cursor) => b.searchPeople({ filter: 'suggested', query, cursor, limit: 1 }))).flat();

    api.it('lists the suggestions in their order, each with its reason, paged exactly', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      const suggestions = await everything(ann);
      const entries = await listed(ann);
      deepEqual(
        entries.map((e) => [e.person.id, e.suggestion]),
        suggestions.map((s) => [s.person.id, { mutualCount: s.mutualCount, sharedOrganization: s.sharedOrganization }]),
        'the same people, order and reasons, one per page',
      );
      deepEqual(
        entries.map((e) => e.relationship),
        suggestions.map((s) => s.relationship),
        'with their relationships',
      );
      ok(
        (await ann.searchPeople({ filter: 'connections' })).items.every((e) => e.suggestion === undefined),
        'no reason elsewhere',
      );
    });

    api.it('narrows by the query and follows dismissals and mutes', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      deepEqual(
        (await listed(ann, 'h')).map((e) => e.person.id),
        ['hal'],
        'a query within the suggestions',
      );
      deepEqual(
        (await listed(ann, 'acme')).map((e) => e.person.id),
        ['hal', 'ivy'],
        'any searched field, still ranked',
      );
      await ann.dismissSuggestion('gus');
      await ann.mute('fay');
      deepEqual(
        (await listed(ann)).map((e) => e.person.id),
        ['hal', 'ivy'],
        'neither the dismissed nor the muted',
      );
    });

    api.it('refuses a cursor of another list and a bad page size', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      const peopleCursor = (await ann.searchPeople({ limit: 1 })).next;
      await rejects(() => ann.searchPeople({ filter: 'suggested', cursor: peopleCursor }), 'invalid-input', 'a people cursor');
      await rejects(() => ann.searchPeople({ filter: 'suggested', limit: 0 }), 'invalid-input', 'limit 0');
    });
  });

  api.describe('mutual connections of a page of people', () => {
    api.it('answers for each in the order asked, in one read', async () => {
      const w = await world({ people, relations });
      const answer = await w.as('ann').getMutualConnectionsFor(['gus', 'jo', 'ann', 'ghost', 'fay'], { limit: 2 });
      deepEqual(
        answer.map((m) => [m.personId, m.count, m.people.map((p) => p.id)]),
        [
          ['gus', 3, ['bob', 'cat']],
          ['jo', 0, []],
          ['ann', 0, []],
          ['ghost', 0, []],
          ['fay', 2, ['bob', 'cat']],
        ],
        'counts and the first two in name order',
      );
      deepEqual(await w.as('ann').getMutualConnectionsFor([]), [], 'no people');
      equal(
        (await w.as('ann').getMutualConnectionsFor(['gus']))[0]?.count,
        (await w.as('ann').getMutualConnections('gus')).count,
        'as one read',
      );
    });

    api.it('refuses a bad list or limit', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      await rejects(() => ann.getMutualConnectionsFor('gus' as unknown as string[]), 'invalid-input', 'not a list');
      await rejects(() => ann.getMutualConnectionsFor(Array.from({ length: 201 }, (_, i) => `p${i}`)), 'invalid-input', '201 ids');
      await rejects(() => ann.getMutualConnectionsFor(['']), 'invalid-input', 'a blank id');
      await rejects(() => ann.getMutualConnectionsFor(['gus'], { limit: -1 }), 'invalid-input', 'a bad limit');
    });
  });
}
