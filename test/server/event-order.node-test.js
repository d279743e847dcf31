// Two instances committing changes out of the order their ids were drawn in must not cost a subscriber a change:
// a stream sends changes by increasing id and resumes after the last one sent. Here instance A draws its id and
// holds its transaction open while instance B publishes; B must wait for A's commit (ids commit in order), and a
// subscriber on B hears both changes, then a resumed stream misses nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPostgres } from './postgres.js';
import { subscribe } from './sse-subscriber.js';

const server = await import('../../server/dist/index.js');
const SECRET = 'a-secret-for-the-event-order-test-only-32+chars';
const SCHEMA = `event_order_${process.pid}`;
const change = { topics: ['activities'], personIds: ['ana'] };

let pg;
const dbs = [];
const buses = [];
let http;

before(async () => {
  pg = await startPostgres();
  if (!pg) return;
  for (let i = 0; i < 2; i++) dbs.push(await server.openDatabase({ databaseUrl: pg.url, max: 2 }));
  await server.dropSchema(dbs[0], SCHEMA);
  await server.migrate(dbs[0], SCHEMA);
  await server.importWorld(dbs[0], SCHEMA, { people: [{ id: 'ana', displayName: 'Ana Lima' }] });
  for (const db of dbs) buses.push(new server.PostgresEventBus(db));
  await Promise.all(buses.map((bus) => bus.start()));
  const service = new server.ContactsService(dbs[1], SCHEMA, buses[1], () => undefined);
  const app = server.createApp({ service, auth: { jwtSecret: SECRET }, rateLimitPerMinute: 0, log: () => undefined });
  http = await server.listen(app.fetch, '127.0.0.1', 0);
});

after(async () => {
  if (http) await new Promise((resolve) => http.server.close(resolve));
  await Promise.all(buses.map((bus) => bus.close()));
  if (dbs[0]) await server.dropSchema(dbs[0], SCHEMA);
  await Promise.all(dbs.map((db) => db.close()));
  await pg?.stop();
});

/** Resolves once some session waits for an advisory lock, i.e. B's publish is blocked behind A's. */
async function someoneWaitsForTheLock() {
  for (let i = 0; i < 500; i++) {
    const [row] = await dbs[0].query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
    if (row.n > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

test('changes reach a subscriber in commit order, whichever instance numbered them first', async (t) => {
  if (!pg) return t.skip('no PostgreSQL: set DATABASE_URL or install Debian\u2019s postgresql');
  const token = await server.signToken(SECRET, 'ana');
  const subscriber = await subscribe(http.url, token);
  let releaseA;
  const held = new Promise((resolve) => (releaseA = resolve));
  let numberedA;
  const numbered = new Promise((resolve) => (numberedA = resolve));
  const a = dbs[0].transaction(async (tx) => {
    const stored = await buses[0].publish(tx, SCHEMA, change);
    numberedA(stored.id);
    await held;
    return stored;
  }, SCHEMA);
  const idA = await numbered;
  const b = dbs[1].transaction((tx) => buses[1].publish(tx, SCHEMA, change), SCHEMA);
  const bWaited = await someoneWaitsForTheLock();
  releaseA();
  const [storedA, storedB] = await Promise.all([a, b]);
  assert.ok(bWaited, 'B published without waiting for A to commit');
  assert.equal(storedA.id, idA);
  assert.ok(storedB.id > storedA.id, `B's id ${storedB.id} is not after A's ${storedA.id}`);
  for (let i = 0; i < 500 && subscriber.heard.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await subscriber.close();
  assert.deepEqual(
    subscriber.heard.map((h) => h.id),
    [storedA.id, storedB.id],
  );
});
