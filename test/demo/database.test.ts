/** The demo's own database: a seed cut off midway (the page closed) is noticed and redone on the next load. */
import { expect } from '@open-wc/testing';
import { deleteWorld, importStatus, importWorld } from '../../src/backend/indexeddb/index.js';
import { ensureSeeded, openBackend } from '../../demo/database.js';
import { DEMO_VIEWER_ID, generateWorld } from '../../demo/seed/world.js';

// Its own database name: the dashboard test seeds the real one at the same time, in another page.
const DATABASE_NAME = `demo-database-test-${crypto.randomUUID()}`;

describe('demo database', function () {
  this.timeout(180_000);

  after(() => deleteWorld(DATABASE_NAME));

  it('redoes a seed that was cut off, ending with the whole world and nothing twice', async () => {
    await deleteWorld(DATABASE_NAME);
    const world = generateWorld();
    // The page "closes" once the people are in: the import stops there, as a closed tab would leave it.
    const cutOff = await importWorld(DATABASE_NAME, world, {
      onProgress: ({ phase }) => {
        if (phase !== 'people') throw new Error('page closed');
      },
    }).catch((error: unknown) => error);
    expect((cutOff as Error).message).to.equal('page closed');
    expect((await importStatus(DATABASE_NAME)).state).to.equal('unfinished');

    expect(await ensureSeeded(undefined, DATABASE_NAME), 'it seeded again').to.equal(true);
    expect((await importStatus(DATABASE_NAME)).state).to.equal('done');
    const backend = openBackend(DEMO_VIEWER_ID, DATABASE_NAME);
    try {
      const counts = await backend.getCounts();
      const expected = world.relations!.filter(
        (r) => r.type === 'connection' && (r.fromId === DEMO_VIEWER_ID || r.toId === DEMO_VIEWER_ID),
      );
      expect(counts.connections, 'every connection of the viewer, once').to.equal(
        new Set(expected.map((r) => (r.fromId === DEMO_VIEWER_ID ? r.toId : r.fromId))).size,
      );
      expect(counts.connections).to.be.greaterThan(0);
    } finally {
      backend.close();
    }
    // A finished seed is left alone.
    expect(await ensureSeeded(undefined, DATABASE_NAME)).to.equal(false);
  });
});
