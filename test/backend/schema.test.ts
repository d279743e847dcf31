/** Schema upgrades from a genuine older version, and connection hygiene around version changes. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, deleteWorld, migrate, DB_VERSION } from '../../src/backend/indexeddb/index.js';
import { fold, searchKeysOf, sortKeyOf } from '../../src/backend/search-text.js';
import { isContactsError } from '../../src/model/errors.js';
import { toPerson } from '../../src/model/person.js';
import { freshDatabaseNames, person } from '../helpers/world.js';
import { rejection } from '../helpers/backend.js';

const PEOPLE = [
  person('me', 'Me Myself'),
  person('m1', 'Mary Major'),
  person('m2', 'Marc Émond'),
  person('z', 'Zed Jónsson'),
  person('y', '山田 太郎'),
  person('t', 'Þóra Jónsdóttir'),
  person('o', "O'Brien Pat"),
];

/** Name order before version 3: the folded name (so Þóra sorted as "thora"), compared by code unit. */
function legacySortKey(p: { displayName: string; phoneticName?: string }): string {
  return fold(p.phoneticName?.trim() ? p.phoneticName : p.displayName).trim();
}

/** Builds a version-1 database (no search index) with rows as version 1 wrote them. */
async function createV1(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 1) });
  expect([...db.transaction('people').store.indexNames]).to.deep.equal(['bySort']);
  const tx = db.transaction(['people', 'relations'], 'readwrite');
  await Promise.all([
    ...PEOPLE.map((p) => {
      const full = toPerson(p);
      return tx.objectStore('people').put({ id: p.id, person: full, sortKey: legacySortKey(full) });
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
      // Collation order (v3): Þ after Z, O'Brien among the O's.
      expect(all.items.map((e) => e.person.id)).to.deep.equal(['m2', 'm1', 'o', 'z', 't', 'y']);
      expect((await backend.searchPeople({ query: 'obrien' })).items.map((e) => e.person.id)).to.deep.equal(['o']);
      expect((await backend.searchPeople({ query: 'ma' })).items.map((e) => e.person.id)).to.deep.equal(['m2', 'm1']);
      expect((await backend.searchPeople({ query: 'emo' })).items.map((e) => e.person.id)).to.deep.equal(['m2']);
      expect((await backend.searchPeople({ query: '太郎' })).items.map((e) => e.person.id)).to.deep.equal(['y']);
      expect((await backend.getRelationship('m1')).following).to.be.true;
    } finally {
      backend.close();
    }
    const raw = await openDB(name);
    expect(raw.version).to.equal(DB_VERSION);
    // byOwner (v4): personal contacts per owner; byEmail (v9): members by email; byOwnerSort (v10): contacts in name order.
    expect([...raw.transaction('people').store.indexNames].sort()).to.deep.equal(['byEmail', 'byOwner', 'byOwnerSort', 'bySort', 'search']);
    expect(await raw.count('people')).to.equal(PEOPLE.length);
    raw.close();
  });

  it('upgrades a version-2 database to collation keys: order, search order and every row kept', async () => {
    const name = fresh();
    await createV1(name);
    const v2 = await openDB(name, 2, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 2) });
    const before = (await v2.getAllFromIndex('people', 'bySort')) as { id: string; person: unknown }[];
    // Version 2 ordered by folded name: "thora" before "zed", "o'brien" after "marc" and "mary".
    expect(before.map((r) => r.id)).to.deep.equal(['m2', 'm1', 'me', 'o', 't', 'z', 'y']);
    v2.close();

    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      const ids = async (query: string) => (await backend.searchPeople({ query })).items.map((e) => e.person.id);
      const collator = new Intl.Collator('en');
      const expected = PEOPLE.filter((p) => p.id !== 'me')
        .sort((a, b) => collator.compare(a.displayName, b.displayName))
        .map((p) => p.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await backend.searchPeople({ limit: 2, cursor });
        paged.push(...page.items.map((e) => e.person.id));
        cursor = page.next;
      } while (cursor);
      expect(paged).to.deep.equal(expected);
      // The search index holds the new keys too, so a prefix search comes back in the new order.
      expect(await ids('j')).to.deep.equal(['z', 't']);
      expect(await ids('jonsdottir')).to.deep.equal(['t']);
      expect(await ids('m')).to.deep.equal(['m2', 'm1']);
      expect((await backend.getRelationship('m1')).following).to.be.true;
    } finally {
      backend.close();
    }
    const raw = await openDB(name);
    expect(raw.version).to.equal(DB_VERSION);
    const after = (await raw.getAll('people')) as { id: string; person: { displayName: string } }[];
    expect(after.map((r) => [r.id, r.person.displayName]).sort()).to.deep.equal(PEOPLE.map((p) => [p.id, p.displayName]).sort());
    raw.close();
  });

  it('upgrades a version-9 database with personal contacts: "mine" pages them in name order, no one else\'s', async () => {
    const name = fresh();
    await createV1(name);
    const v9 = await openDB(name, 9, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 9) });
    const contacts = [
      ['c1', 'Yuki Tanaka', 'me'],
      ['c2', 'Anna Berg', 'me'],
      ['c3', 'Émile Roux', 'me'],
      ['c4', 'Bo Ek', 'm1'],
      ['c5', 'Carl Dahl', 'me'],
      ['c6', 'Zoë Adams', 'm1'],
    ] as const;
    const tx = v9.transaction('people', 'readwrite');
    await Promise.all([
      ...contacts.map(([id, displayName, ownerId]) => {
        const full = toPerson({ id, displayName });
        const sortKey = sortKeyOf(full);
        return tx.store.put({ id, person: full, sortKey, searchKeys: searchKeysOf(full, sortKey), ownerId });
      }),
      tx.done,
    ]);
    v9.close();
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await backend.searchPeople({ filter: 'mine', limit: 2, cursor });
        expect(page.items.every((e) => e.personal)).to.be.true;
        paged.push(...page.items.map((e) => e.person.id));
        cursor = page.next;
      } while (cursor);
      expect(paged).to.deep.equal(['c2', 'c5', 'c3', 'c1']);
      expect((await backend.searchPeople({ filter: 'mine', query: 'roux' })).items.map((e) => e.person.id)).to.deep.equal(['c3']);
    } finally {
      backend.close();
    }
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
    // Long enough for the browser's `blocked` event to arrive first on a loaded machine (300 ms was not, in CI).
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me', openTimeoutMs: 2000 });
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
    const internals = backend as unknown as { connection: { opening: Promise<{ close(): void }> } };
    (await internals.connection.opening).close();
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
