/**
 * Property-based: on random worlds, IndexedDB's people you may know (read in rank order, tier by tier: see
 * src/backend/indexeddb/suggestion-walk.ts) equals the in-memory adapter's ranking of every candidate, page by
 * page at any page size, for `getSuggestions` and for the `suggested` filter with and without a query.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContactsBackend } from '../../src/backend/backend.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import type { WorldData, WorldRelation, WorldRequest } from '../../src/backend/world.js';
import { allPages } from '../../src/backend/conformance/context.js';
import { hasPersonalContacts } from '../../src/backend/personal-contacts.js';
import { createWorld, person } from '../helpers/world.js';

const SIZE = 14;
const ids = Array.from({ length: SIZE }, (_, i) => `p${String(i).padStart(2, '0')}`);
/** Names with ties (the same sort key: ids break them) and a Japanese one, sorted by its reading. */
const NAMES = ['Ann Lee', 'ann lee', 'Bob Acme', 'Åsa Berg', 'Cat Kim', 'Dan Lee', '山田 太郎'];
/** Organisations: three that compare alike, one that only starts alike, another, and none. */
const ORGANIZATIONS = ['Acme Corp', 'ACME corp.', 'acme  Corp', 'Acme Corporation', 'Beta Ltd', undefined];
/** How a pair of people relate in the world imported (one state per pair, so the world is always valid). */
const STATES = [
  'none',
  'none',
  'none',
  'connection',
  'connection',
  'connection',
  'follow',
  'block',
  'request',
  'ignore',
  'dismiss',
] as const;
const QUERIES = [undefined, 'a', 'acme', 'lee', 'やまだ', 'zzz'];

const world = fc.record({
  names: fc.array(fc.constantFrom(...NAMES), { minLength: SIZE, maxLength: SIZE }),
  organizations: fc.array(fc.constantFrom(...ORGANIZATIONS), { minLength: SIZE, maxLength: SIZE }),
  pairs: fc.array(fc.tuple(fc.constantFrom(...STATES), fc.boolean()), {
    minLength: (SIZE * (SIZE - 1)) / 2,
    maxLength: (SIZE * (SIZE - 1)) / 2,
  }),
  /** People the first viewer mutes (refused across a block, alike by both adapters). */
  muted: fc.subarray(ids.slice(1), { maxLength: 3 }),
  limit: fc.integer({ min: 1, max: 4 }),
  query: fc.constantFrom(...QUERIES),
});
type Sample = typeof world extends fc.Arbitrary<infer T> ? T : never;

function dataOf(sample: Sample): WorldData {
  const relations: WorldRelation[] = [];
  const requests: WorldRequest[] = [];
  let k = 0;
  for (let i = 0; i < SIZE; i++) {
    for (let j = i + 1; j < SIZE; j++) {
      const [state, flip] = sample.pairs[k++]!;
      const [fromId, toId] = flip ? [ids[j]!, ids[i]!] : [ids[i]!, ids[j]!];
      if (state === 'request') requests.push({ fromId, toId, createdAt: 1_700_000_000_000 + k, id: `r${k}` });
      else if (state !== 'none') relations.push({ type: state, fromId, toId });
    }
  }
  const people = ids.map((id, i) => person(id, sample.names[i]!, { organization: sample.organizations[i] }));
  return { people, relations, requests };
}

/** What a viewer sees of their suggestions, every page at `limit`, and of the `suggested` filter with `query`. */
async function seen(backend: ContactsBackend, limit: number, query: string | undefined) {
  const suggestions = await allPages((cursor) => backend.getSuggestions({ cursor, limit }));
  const filtered = await allPages((cursor) => backend.searchPeople({ filter: 'suggested', query, cursor, limit }));
  return {
    suggestions: suggestions.map((page) => page.map((s) => [s.person.id, s.mutualCount, s.sharedOrganization, s.relationship])),
    filtered: filtered.map((page) => page.map((e) => [e.person.id, e.suggestion, e.relationship])),
  };
}

/** The first viewer's mutes and a personal contact at their organisation (never suggested), made alike on both. */
async function prepare(backend: ContactsBackend, sample: Sample): Promise<void> {
  for (const id of sample.muted) await backend.mute(id).catch(() => undefined);
  if (!hasPersonalContacts(backend)) throw new Error('Both adapters keep personal contacts.');
  await backend.addContact({ displayName: 'Ann Lee', organization: sample.organizations[0] });
}

describe('people you may know on IndexedDB equal the in-memory ranking', () => {
  it('for random worlds, viewers, page sizes and queries', async function () {
    this.timeout(300_000);
    let suggested = 0;
    await fc.assert(
      fc.asyncProperty(world, async (sample) => {
        const data = dataOf(sample);
        const idb = await createWorld(data);
        const memory = new MemoryWorld(data);
        try {
          await prepare(idb.backendFor(ids[0]!), sample);
          await prepare(memory.backendFor(ids[0]!), sample);
          for (const viewer of ids.slice(0, 3)) {
            const expected = await seen(memory.backendFor(viewer), sample.limit, sample.query);
            if (expected.suggestions.some((page) => page.length > 0)) suggested++;
            expect(await seen(idb.backendFor(viewer), sample.limit, sample.query), `${viewer}'s suggestions`).to.deep.equal(expected);
          }
        } finally {
          await idb.cleanup();
        }
      }),
      { numRuns: 25 },
    );
    expect(suggested, 'some worlds suggest someone').to.be.greaterThan(0);
  });
});
