/** Schema v4: a version-3 database's feed rows are marked on upgrade, so the Connections and Following tabs work. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, migrate } from '../../src/backend/indexeddb/index.js';
import { sortKeyOf } from '../../src/backend/search-text.js';
import { toPerson } from '../../src/model/person.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

const PEOPLE = [person('me', 'Me Myself'), person('con', 'Connie Connected'), person('fol', 'Flo Followed')];

/** A version-3 database as version 3 wrote it: feed rows without marks. */
async function createV3(name: string): Promise<void> {
  const db = await openDB(name, 3, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 3) });
  const tx = db.transaction(['people', 'relations', 'activities', 'feed'], 'readwrite');
  const writes: Promise<unknown>[] = PEOPLE.map((p) => {
    const full = toPerson(p);
    return tx.objectStore('people').put({ id: p.id, person: full, sortKey: sortKeyOf(full) });
  });
  const relations = [
    ['me', 'connection', 'con'],
    ['con', 'connection', 'me'],
    ['me', 'follow', 'fol'],
  ];
  for (const [fromId, type, toId] of relations) writes.push(tx.objectStore('relations').put({ fromId, type, toId, createdAt: 1 }));
  ['con', 'fol'].forEach((actorId, i) => {
    const activity = { id: `a-${actorId}`, actorId, kind: 'post', text: `by ${actorId}`, createdAt: 1000 + i };
    writes.push(tx.objectStore('activities').put({ id: activity.id, actorId, rank: -activity.createdAt, activity }));
    writes.push(tx.objectStore('feed').put({ ownerId: 'me', rank: -activity.createdAt, activityId: activity.id, actorId, activity }));
  });
  await Promise.all([...writes, tx.done]);
  db.close();
}

describe('schema version 4 (feed tabs)', () => {
  const fresh = freshDatabaseNames('test-feed-tabs-schema');

  it('marks the stored feed rows, so each tab reads its index', async () => {
    const name = fresh();
    await createV3(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      const ids = async (tab: 'connections' | 'following' | 'all') => (await backend.getFeed({ tab })).items.map((e) => e.activity.actorId);
      expect(await ids('connections')).to.deep.equal(['con']);
      expect(await ids('following')).to.deep.equal(['fol']);
      expect(await ids('all')).to.deep.equal(['fol', 'con']);
    } finally {
      backend.close();
    }
    const raw = await openDB(name);
    expect([...raw.transaction('feed').store.indexNames].sort()).to.deep.equal(['byActor', 'byConnection', 'byFollow']);
    raw.close();
  });
});
