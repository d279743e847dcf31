/** importWorld: validation before any write, chunked progress, derived data, merging into a stored world. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, deleteWorld, importWorld, type ImportProgress, type WorldData } from '../../src/backend/indexeddb/index.js';
import { openDatabase } from '../../src/backend/indexeddb/connection.js';
import { runTx } from '../../src/backend/indexeddb/tx.js';
import { ContactsError, isContactsError } from '../../src/model/errors.js';
import { freshDatabaseNames, person } from '../helpers/world.js';
import { rejection } from '../helpers/backend.js';

const CAST = [person('a', 'Ann'), person('b', 'Bob'), person('c', 'Cat')];

describe('importWorld', () => {
  const fresh = freshDatabaseNames('test-import');

  async function storedCounts(name: string): Promise<number[]> {
    const db = await openDB(name);
    // Input refused before the database was even created leaves no stores at all.
    const counts = await Promise.all(
      ['people', 'relations', 'requests', 'activities', 'feed'].map((s) => (db.objectStoreNames.contains(s) ? db.count(s) : 0)),
    );
    db.close();
    return counts;
  }

  it('writes in chunks, reports progress, and builds mirrored connections and feeds', async () => {
    const name = fresh();
    const progress: ImportProgress[] = [];
    const summary = await importWorld(
      name,
      {
        people: CAST,
        relations: [
          { type: 'connection', fromId: 'a', toId: 'b' },
          { type: 'follow', fromId: 'c', toId: 'a' },
        ],
        requests: [{ fromId: 'c', toId: 'b' }],
        activities: [{ id: 'x1', actorId: 'a', kind: 'post', text: 'hi', createdAt: 1000 }],
      },
      { chunkSize: 2, onProgress: (p) => progress.push(p) },
    );
    expect(summary).to.deep.equal({ people: 3, relations: 3, requests: 1, activities: 1, feedRows: 2 });
    expect(progress.filter((p) => p.phase === 'people')).to.deep.equal([
      { phase: 'people', done: 2, total: 3 },
      { phase: 'people', done: 3, total: 3 },
    ]);
    const b = new IndexedDBBackend({ databaseName: name, viewerId: 'b' });
    const c = new IndexedDBBackend({ databaseName: name, viewerId: 'c' });
    try {
      expect((await b.getRelationship('a')).connected).to.be.true;
      expect((await b.getFeed()).items.map((e) => e.activity.id)).to.deep.equal(['x1']);
      expect((await c.getFeed()).items.map((e) => e.activity.id)).to.deep.equal(['x1']);
      expect((await b.listRequests('incoming')).items[0]!.person.id).to.equal('c');
    } finally {
      b.close();
      c.close();
    }
  });

  const BAD: [string, WorldData, RegExp][] = [
    ['a person without a display name', { people: [person('a', 'Ann'), { id: 'b', displayName: ' ' }] }, /people\[1\] \(id "b"\)/],
    ['a repeated person id', { people: [person('a', 'Ann'), person('a', 'Ann again')] }, /people\[1\].*repeats/],
    [
      'a relation with an unknown person',
      { people: CAST, relations: [{ type: 'follow', fromId: 'a', toId: 'zz' }] },
      /relations\[0\].*"zz"/,
    ],
    ['a relation with oneself', { people: CAST, relations: [{ type: 'follow', fromId: 'a', toId: 'a' }] }, /relations\[0\]/],
    [
      'an unknown relation type',
      { people: CAST, relations: [{ type: 'friend' as 'follow', fromId: 'a', toId: 'b' }] },
      /relations\[0\].*"friend"/,
    ],
    [
      'a block beside a follow',
      {
        people: CAST,
        relations: [
          { type: 'follow', fromId: 'a', toId: 'b' },
          { type: 'block', fromId: 'b', toId: 'a' },
        ],
      },
      /contradicts a block/,
    ],
    [
      'a pending request beside a block',
      { people: CAST, relations: [{ type: 'block', fromId: 'a', toId: 'b' }], requests: [{ fromId: 'b', toId: 'a' }] },
      /contradicts a block/,
    ],
    [
      'pending requests both ways',
      {
        people: CAST,
        requests: [
          { fromId: 'a', toId: 'b' },
          { fromId: 'b', toId: 'a' },
        ],
      },
      /requests\[1\]/,
    ],
    [
      'an unknown request status',
      { people: CAST, requests: [{ fromId: 'a', toId: 'b', status: 'maybe' as 'pending' }] },
      /requests\[0\].*"maybe"/,
    ],
    [
      'an activity by nobody',
      { people: CAST, activities: [{ id: 'x', actorId: 'zz', kind: 'post', text: '', createdAt: 1 }] },
      /activities\[0\] \(id "x"\)/,
    ],
    [
      'an activity without a time',
      { people: CAST, activities: [{ id: 'x', actorId: 'a', kind: 'post', text: '', createdAt: Number.NaN }] },
      /createdAt/,
    ],
    ['people that are not a list', { people: 'nope' as unknown as [] }, /must be a list/],
  ];
  for (const [what, data, message] of BAD) {
    it(`refuses ${what} with invalid-input, writing nothing`, async () => {
      const name = fresh();
      const error = await rejection(importWorld(name, data));
      expect(isContactsError(error, 'invalid-input'), String(error)).to.be.true;
      expect(error.message).to.match(message);
      expect(await storedCounts(name)).to.deep.equal([0, 0, 0, 0, 0]);
    });
  }

  it('merges into a stored world: references to stored people, feeds from stored relations', async () => {
    const name = fresh();
    await importWorld(name, { people: CAST, relations: [{ type: 'follow', fromId: 'b', toId: 'a' }] });
    await importWorld(name, {
      people: [person('d', 'Dan')],
      relations: [{ type: 'follow', fromId: 'd', toId: 'a' }],
      activities: [{ id: 'x1', actorId: 'a', kind: 'post', text: 'hi', createdAt: 1000 }],
    });
    for (const viewer of ['b', 'd']) {
      const backend = new IndexedDBBackend({ databaseName: name, viewerId: viewer });
      expect(
        (await backend.getFeed()).items.map((e) => e.activity.id),
        viewer,
      ).to.deep.equal(['x1']);
      backend.close();
    }
  });

  it('tells open adapters that everything changed', async () => {
    const name = fresh();
    await importWorld(name, { people: CAST });
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    const heard = new Promise<unknown>((resolve) => backend.subscribe(resolve));
    await importWorld(name, { people: [person('d', 'Dan')] });
    expect(await heard).to.deep.equal({ topics: ['people', 'relationships', 'requests', 'activities'], personIds: [] });
    backend.close();
  });
});

describe('transactions', () => {
  it('keep nothing when a request fails, and report it as storage', async () => {
    const name = `test-tx-${crypto.randomUUID()}`;
    const db = await openDatabase(name);
    try {
      const error = await rejection(
        runTx(db, ['meta'], 'readwrite', async (tx) => {
          await tx.objectStore('meta').put(1, 'kept?');
          await tx.objectStore('meta').add(2, 'kept?');
        }),
      );
      expect(isContactsError(error, 'storage')).to.be.true;
      expect(await db.get('meta', 'kept?')).to.equal(undefined);
    } finally {
      db.close();
      await deleteWorld(name);
    }
  });

  it('keep nothing when a rule refuses after a write, and pass the rule error on', async () => {
    const name = `test-tx-${crypto.randomUUID()}`;
    const db = await openDatabase(name);
    try {
      const error = await rejection(
        runTx(db, ['meta'], 'readwrite', async (tx) => {
          await tx.objectStore('meta').put(1, 'kept?');
          throw new ContactsError('invalid-state', 'Refused.');
        }),
      );
      expect(isContactsError(error, 'invalid-state')).to.be.true;
      expect(await db.get('meta', 'kept?')).to.equal(undefined);
    } finally {
      db.close();
      await deleteWorld(name);
    }
  });
});
