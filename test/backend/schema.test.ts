/** Schema upgrades from a genuine older version, and connection hygiene around version changes. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, deleteWorld, migrate, DB_VERSION } from '../../src/backend/indexeddb/index.js';
import { sortKeyOf } from '../../src/backend/indexeddb/text.js';
import { isContactsError } from '../../src/model/errors.js';
import { toPerson } from '../../src/model/person.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected a rejection');
}

const PEOPLE = [person('me', 'Me Myself'), person('m1', 'Mary Major'), person('m2', 'Marc Émond'), person('z', 'Zed Zulu'), person('y', '山田 太郎')];

/** Builds a version-1 database (no search index) with rows as version 1 wrote them. */
async function createV1(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 1) });
  expect([...db.transaction('people').store.indexNames]).to.deep.equal(['bySort']);
  const tx = db.transaction(['people', 'relations'], 'readwrite');
  await Promise.all([
    ...PEOPLE.map((p) => {
      const full = toPerson(p);
      return tx.objectStore('people').put({ id: p.id, person: full, sortKey: sortKeyOf(full) });
    }),
    tx.objectStore('relations').put({ fromId: 'me', type: 'follow', toId: 'm1', createdAt: 1 }),
    tx.done,
  ]);
  db.close();
}

describe('schema versions', () => {
  const fresh = freshDatabaseNames('test-schema');

  it('upgrades a version-1 database: every row kept, the new search index built and backfilled', async () => {
    const name = fresh();
    await createV1(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      const all = await backend.searchPeople();
      expect(all.items.map((e) => e.person.id)).to.deep.equal(['m2', 'm1', 'z', 'y']);
      expect((await backend.searchPeople({ query: 'ma' })).items.map((e) => e.person.id)).to.deep.equal(['m2', 'm1']);
      expect((await backend.searchPeople({ query: 'emo' })).items.map((e) => e.person.id)).to.deep.equal(['m2']);
      expect((await backend.searchPeople({ query: '太郎' })).items.map((e) => e.person.id)).to.deep.equal(['y']);
      expect((await backend.getRelationship('m1')).following).to.be.true;
    } finally {
      backend.close();
    }
    const raw = await openDB(name);
    expect(raw.version).to.equal(DB_VERSION);
    expect([...raw.transaction('people').store.indexNames].sort()).to.deep.equal(['bySort', 'search']);
    expect(await raw.count('people')).to.equal(PEOPLE.length);
    raw.close();
  });

  it('steps aside when another connection opens a newer version, then rejects with storage', async () => {
    const name = fresh();
    await createV1(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    await backend.getViewer();
    // Would hang (blocked) if the adapter kept its connection open.
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: () => undefined });
    newer.close();
    const error = await rejection(backend.getViewer());
    expect(isContactsError(error, 'storage')).to.be.true;
    expect(error.message).to.match(/newer version/);
    backend.close();
    // An adapter of this version cannot open the newer database: a clear storage error, not a hang.
    const old = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    const versionError = await rejection(old.getViewer());
    expect(isContactsError(versionError, 'storage')).to.be.true;
    expect(versionError.message).to.match(/newer version/);
    old.close();
  });

  it('gives a clear storage error when another tab blocks the upgrade past the timeout', async () => {
    const name = fresh();
    await createV1(name);
    // An old page that never closes on versionchange.
    const stubborn = await openDB(name, 1);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me', openTimeoutMs: 300 });
    try {
      const error = await rejection(backend.getViewer());
      expect(isContactsError(error, 'storage')).to.be.true;
      expect(error.message).to.match(/another tab/);
    } finally {
      stubborn.close();
    }
    // Once the other tab is gone, the next call opens and upgrades.
    expect((await backend.getViewer()).id).to.equal('me');
    backend.close();
  });

  it('reopens once when the browser dropped the connection (as Safari does), so the call still succeeds', async () => {
    const name = fresh();
    await createV1(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    await backend.getViewer();
    // Simulate the loss: close the adapter's connection behind its back.
    const internals = backend as unknown as { dbPromise: Promise<{ close(): void }> };
    (await internals.dbPromise).close();
    expect((await backend.follow('z')).following).to.be.true;
    expect((await backend.getRelationship('z')).following).to.be.true;
    backend.close();
  });

  it('lets deleteWorld proceed while adapters are open; they then reject with storage', async () => {
    const name = fresh();
    await createV1(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    await backend.getViewer();
    await deleteWorld(name);
    const error = await rejection(backend.getViewer());
    expect(isContactsError(error, 'storage')).to.be.true;
    expect(error.message).to.match(/deleted/);
    backend.close();
  });
});
