/** An import cut off midway is detected (importStatus) and completed by importing the same world again. */
import { expect } from '@open-wc/testing';
import { IndexedDBBackend, importStatus, importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

const WORLD: WorldData = {
  people: ['a', 'b', 'c', 'd'].map((id) => person(id, `Person ${id}`)),
  relations: [{ type: 'connection', fromId: 'a', toId: 'b' }],
  requests: [{ fromId: 'c', toId: 'a' }],
  activities: [{ id: 'x1', actorId: 'b', kind: 'post', text: 'hi', createdAt: 1000 }],
};

describe('importStatus', () => {
  const fresh = freshDatabaseNames('test-import-status');

  it('is none for a database never imported into, without creating it', async () => {
    const name = fresh();
    expect((await importStatus(name)).state).to.equal('none');
    expect((await indexedDB.databases()).some((d) => d.name === name)).to.be.false;
  });

  it('is done after an import', async () => {
    const name = fresh();
    await importWorld(name, WORLD);
    const status = await importStatus(name);
    expect(status.state).to.equal('done');
    expect(status.finishedAt).to.be.a('number');
  });

  it('reports an import cut off after its first chunk as unfinished, and a second import completes it', async () => {
    const name = fresh();
    // The page "closes" once the first chunk of people is committed.
    const cut = new Error('page closed');
    try {
      await importWorld(name, WORLD, {
        chunkSize: 2,
        onProgress: () => {
          throw cut;
        },
      });
    } catch (error) {
      expect(error).to.equal(cut);
    }
    expect((await importStatus(name)).state).to.equal('unfinished');

    await importWorld(name, WORLD, { chunkSize: 2 });
    expect((await importStatus(name)).state).to.equal('done');
    const a = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    try {
      expect(await a.getCounts()).to.include({ connections: 1, incoming: 1 });
      expect((await a.getFeed()).items.map((e) => e.activity.id)).to.deep.equal(['x1']);
    } finally {
      a.close();
    }
  });
});
