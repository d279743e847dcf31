/**
 * importWorld checks an import against what is already stored: the adapter's invariants hold whatever arrives,
 * re-imports are idempotent, and requests without ids never pile up (the README's plain-HTML data, run twice).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { openDB } from 'idb';
import { IndexedDBBackend, importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import { isContactsError } from '../../src/model/errors.js';
import { observe } from '../helpers/invariants.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

const CAST = ['a', 'b', 'c'].map((id) => person(id, `Person ${id}`));
const DATA_STORES = ['people', 'relations', 'requests', 'activities', 'feed'];

async function snapshot(name: string): Promise<string> {
  const db = await openDB(name);
  const all = await Promise.all(DATA_STORES.map((s) => db.getAll(s)));
  db.close();
  return JSON.stringify(all);
}

async function refusal(name: string, data: WorldData): Promise<string> {
  try {
    await importWorld(name, data);
  } catch (error) {
    expect(isContactsError(error, 'invalid-input'), String(error)).to.be.true;
    return (error as Error).message;
  }
  throw new Error('Expected invalid-input');
}

describe('importWorld against what is stored', () => {
  const fresh = freshDatabaseNames('test-import-stored');

  const LATER: [string, WorldData, WorldData, RegExp][] = [
    [
      'a block, then a connection',
      { relations: [{ type: 'block', fromId: 'a', toId: 'b' }] },
      { relations: [{ type: 'connection', fromId: 'a', toId: 'b' }] },
      /block/,
    ],
    [
      'a block, then a follow',
      { relations: [{ type: 'block', fromId: 'a', toId: 'b' }] },
      { relations: [{ type: 'follow', fromId: 'b', toId: 'a' }] },
      /block/,
    ],
    [
      'a follow, then a block',
      { relations: [{ type: 'follow', fromId: 'b', toId: 'a' }] },
      { relations: [{ type: 'block', fromId: 'a', toId: 'b' }] },
      /block/,
    ],
    [
      'a block, then a request',
      { relations: [{ type: 'block', fromId: 'a', toId: 'b' }] },
      { requests: [{ fromId: 'b', toId: 'a' }] },
      /block/,
    ],
    [
      'two pending requests for one pair',
      { requests: [{ id: 'r1', fromId: 'a', toId: 'b' }] },
      { requests: [{ id: 'r2', fromId: 'a', toId: 'b' }] },
      /two pending/,
    ],
    ['pending requests both ways', { requests: [{ fromId: 'a', toId: 'b' }] }, { requests: [{ fromId: 'b', toId: 'a' }] }, /two pending/],
    [
      'a request between connected people',
      { relations: [{ type: 'connection', fromId: 'a', toId: 'b' }] },
      { requests: [{ fromId: 'a', toId: 'b' }] },
      /connection/,
    ],
    [
      'a connection beside a stored request',
      { requests: [{ fromId: 'a', toId: 'b' }] },
      { relations: [{ type: 'connection', fromId: 'b', toId: 'a' }] },
      /connection/,
    ],
  ];
  for (const [what, first, second, message] of LATER) {
    it(`refuses ${what}, writing nothing`, async () => {
      const name = fresh();
      await importWorld(name, { people: CAST, ...first });
      const before = await snapshot(name);
      expect(await refusal(name, second)).to.match(message);
      expect(await snapshot(name)).to.equal(before);
    });
  }

  it('refuses a request between people connected in the same import', async () => {
    const message = await refusal(fresh(), {
      people: CAST,
      relations: [{ type: 'connection', fromId: 'a', toId: 'b' }],
      requests: [{ fromId: 'b', toId: 'a' }],
    });
    expect(message).to.match(/connection/);
  });

  it('keeps a re-imported activity id once, as stored', async () => {
    const name = fresh();
    await importWorld(name, {
      people: CAST,
      relations: [{ type: 'follow', fromId: 'b', toId: 'a' }],
      activities: [{ id: 'x1', actorId: 'a', kind: 'post', text: 'one', createdAt: 1000 }],
    });
    await importWorld(name, { activities: [{ id: 'x1', actorId: 'a', kind: 'post', text: 'two', createdAt: 2000 }] });
    const b = new IndexedDBBackend({ databaseName: name, viewerId: 'b' });
    try {
      expect((await b.getFeed()).items.map((e) => [e.activity.id, e.activity.text])).to.deep.equal([['x1', 'one']]);
    } finally {
      b.close();
    }
  });

  it("leaves the README's plain-HTML data unchanged when it runs on every page load", async () => {
    const name = fresh();
    // Exactly the README's snippet (readme-test: plain-html-data), run as a page load would run it.
    const readmeData = (): WorldData => ({
      people: [
        { id: 'me', displayName: 'Joe Bloggs' },
        { id: 'jane', displayName: 'Jane Doe', jobTitle: 'Engineer', emails: [{ type: 'work', value: 'jane@example.com' }] },
        { id: 'taro', displayName: '山田 太郎', phoneticName: 'やまだ たろう' },
      ],
      relations: [{ type: 'connection', fromId: 'me', toId: 'jane' }],
      requests: [{ fromId: 'taro', toId: 'me' }],
      activities: [{ id: 'hello', actorId: 'jane', kind: 'post', text: 'Hello from Jane!', createdAt: Date.now() }],
    });
    await importWorld(name, readmeData());
    const once = await snapshot(name);
    await new Promise((r) => setTimeout(r, 5));
    await importWorld(name, readmeData());
    expect(await snapshot(name)).to.equal(once);

    // The viewer accepts taro's request; the next page load must not bring it back.
    const me = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      await me.acceptRequest('taro');
      await importWorld(name, readmeData());
      const relationship = await me.getRelationship('taro');
      expect(relationship.connected).to.be.true;
      expect(relationship.requestReceived).to.be.false;
      expect((await me.getCounts()).incoming).to.equal(0);
      expect((await me.listRequests('incoming')).items).to.deep.equal([]);
    } finally {
      me.close();
    }
  });

  const PEOPLE = ['p0', 'p1', 'p2'];
  const id = fc.constantFrom(...PEOPLE);
  const relation = fc.record({ type: fc.constantFrom('connection', 'follow', 'block' as const), fromId: id, toId: id });
  const request = fc
    .record({ fromId: id, toId: id, id: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }) })
    .map(({ id: rid, ...r }) => (rid ? { ...r, id: rid } : r));
  const world = fc.record({ relations: fc.array(relation, { maxLength: 3 }), requests: fc.array(request, { maxLength: 2 }) });

  it('keeps the invariants over generated sequences of imports, and a refused import changes nothing', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(fc.array(world, { minLength: 2, maxLength: 4 }), async (imports) => {
        const name = fresh();
        await importWorld(name, { people: PEOPLE.map((p) => person(p, `Person ${p}`)) });
        const backends = PEOPLE.map((viewerId) => new IndexedDBBackend({ databaseName: name, viewerId }));
        try {
          for (const data of imports) {
            const before = await snapshot(name);
            try {
              await importWorld(name, data);
            } catch (error) {
              expect(isContactsError(error, 'invalid-input'), String(error)).to.be.true;
              expect(await snapshot(name), 'a refused import wrote').to.equal(before);
            }
            await observe(backends);
          }
        } finally {
          backends.forEach((b) => b.close());
        }
      }),
      { numRuns: 15 },
    );
  });
});
