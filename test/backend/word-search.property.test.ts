/**
 * Word search on IndexedDB over generated worlds (fast-check): every page of a 1–3-word query, cursors included,
 * equals a brute-force filter of everyone the viewer may see, sorted by name. The names share prefixes (Mar…,
 * Smi…), so a word's indexed prefix (three letters) holds people the full word does not match, and the ranges
 * of a query's words overlap in every way: nested, interleaved, disjoint.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { WorldRelation } from '../../src/backend/world.js';
import { allPages } from '../../src/backend/conformance/context.js';
import { encodePeopleCursor } from '../../src/backend/cursor.js';
import { matchesQuery, queryWords, searchTokens, sortKeyOf } from '../../src/backend/search-text.js';
import type { PersonInput } from '../../src/model/person.js';
import { createWorld, person } from '../helpers/world.js';

const GIVEN = ['Mary', 'Maria', 'Marco', 'Mark', 'Mar', 'Smith', 'Ma', 'Ann'];
const FAMILY = ['Smith', 'Smithers', 'Smyth', 'Marsh', 'Mars', 'Mary', 'Lee'];
const ORGANIZATIONS = ['Smith & Co', 'Marsh Ltd', 'Acme', undefined];
const WORDS = ['m', 'ma', 'mar', 'mary', 'maria', 'mars', 'marsh', 's', 'sm', 'smi', 'smith', 'smithers', 'smy', 'co', 'a', 'zz'];
const VIEWER = 'v';

const world = fc.record({
  people: fc.array(fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.constantFrom(...ORGANIZATIONS)), {
    minLength: 1,
    maxLength: 40,
  }),
  /** People in a block with the viewer (by index), and which way the block goes. */
  blocks: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 4 }),
  query: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  limit: fc.integer({ min: 1, max: 7 }),
});

/** Every page the viewer should see: matching, not in a block with them, in name order, cut at `limit`. */
function expectedPages(people: PersonInput[], blocked: Set<string>, query: string, limit: number) {
  const words = queryWords(query);
  const matching = people
    .filter((p) => p.id !== VIEWER && !blocked.has(p.id!) && matchesQuery(searchTokens(p), words))
    .map((p) => ({ id: p.id!, sortKey: sortKeyOf(p) }))
    .sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.id < b.id ? -1 : 1));
  const pages: { ids: string[]; next: string | null }[] = [];
  for (let i = 0; i === 0 || i < matching.length; i += limit) {
    const page = matching.slice(i, i + limit);
    const last = page[page.length - 1];
    pages.push({ ids: page.map((p) => p.id), next: i + limit < matching.length && last ? encodePeopleCursor(last) : null });
  }
  return pages;
}

describe('word search on IndexedDB equals a brute-force filter', () => {
  it('for generated worlds, 1–3-word queries and page sizes, page by page with the same cursors', async function () {
    this.timeout(300_000);
    let multiWordHits = 0;
    await fc.assert(
      fc.asyncProperty(world, async (sample) => {
        const people = [
          person(VIEWER, 'Mary Smith'),
          ...sample.people.map(([given, family, organization], i) =>
            person(`p${String(i).padStart(2, '0')}`, `${given} ${family}`, { givenName: given, familyName: family, organization }),
          ),
        ];
        const relations: WorldRelation[] = [];
        const blocked = new Set<string>();
        for (const [n, outgoing] of sample.blocks) {
          const id = people[1 + (n % sample.people.length)]!.id!;
          if (blocked.has(id)) continue;
          blocked.add(id);
          relations.push(outgoing ? { type: 'block', fromId: VIEWER, toId: id } : { type: 'block', fromId: id, toId: VIEWER });
        }
        const expected = expectedPages(people, blocked, sample.query, sample.limit);
        if (queryWords(sample.query).length > 1 && expected[0]!.ids.length > 0) multiWordHits++;
        const idb = await createWorld({ people, relations });
        try {
          const backend = idb.backendFor(VIEWER);
          const seen: { ids: string[]; next: string | null }[] = [];
          await allPages(async (cursor) => {
            const page = await backend.searchPeople({ query: sample.query, cursor, limit: sample.limit });
            seen.push({ ids: page.items.map((e) => e.person.id), next: page.next });
            return page;
          });
          expect(seen, `"${sample.query}" at ${sample.limit} a page`).to.deep.equal(expected);
        } finally {
          await idb.cleanup();
        }
      }),
      { numRuns: 200 },
    );
    expect(multiWordHits, 'some multi-word queries match someone').to.be.greaterThan(5);
  });
});
