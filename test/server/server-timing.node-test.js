// The Server-Timing header the bench reads: present with the server's total only when the app is built with
// `serverTiming`, absent otherwise (a public endpoint does not tell strangers how long it worked).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const server = await import('../../server/dist/index.js');
const SECRET = 'a-secret-for-the-server-timing-test-only-32+chars';
const SCHEMA = 'timing';
const bus = { publish: async () => null, start: async () => undefined, close: async () => undefined };

let dataDir;
let db;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'contacts-center-timing-'));
  db = await server.openDatabase({ dataDir });
  await server.migrate(db, SCHEMA);
  await server.importWorld(db, SCHEMA, { people: [{ id: 'ana', displayName: 'Ana Lima' }] });
});

after(async () => {
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function countsResponse(serverTiming) {
  const service = new server.ContactsService(db, SCHEMA, bus, () => undefined);
  const app = server.createApp({ service, auth: { jwtSecret: SECRET }, rateLimitPerMinute: 0, log: () => undefined, serverTiming });
  const headers = { authorization: `Bearer ${await server.signToken(SECRET, 'ana')}` };
  return app.fetch(new Request('http://server.test/counts', { headers }));
}

test('serverTiming adds the server total to each response', async () => {
  const response = await countsResponse(true);
  assert.equal(response.status, 200);
  const total = /(?:^|,)\s*total;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  assert.ok(total, `no total in ${response.headers.get('server-timing')}`);
  assert.ok(Number(total[1]) > 0);
});

test('without serverTiming no Server-Timing header is sent', async () => {
  const response = await countsResponse(undefined);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('server-timing'), null);
});
