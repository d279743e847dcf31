// Contact imports on the reference server (ContactImports over HTTP): 10,000 cards, as a phone's vCard export gives
// them, begun in one request and written in chunks of 1,000 (the contract's largest), each chunk a request and a
// transaction that locks the marker. Beside it, the same 10,000 people written by the bulk world import (one
// transaction, no marker, no undo record): what the marker and the undo record cost. On the embedded database
// (PGlite, in memory) and, when there is one, on PostgreSQL (DATABASE_URL or a throwaway cluster).
import { startPostgres } from '../test/server/postgres.js';

const GROUP = 'server contact import (10,000 cards over HTTP)';
const SECRET = 'a-secret-for-the-import-bench-only-32+chars';
const CARDS = 10_000;
const CHUNK = 1000;

const card = (i) => ({
  displayName: `Card ${String(i).padStart(5, '0')} Person`,
  givenName: 'Card',
  familyName: `Person ${i}`,
  organization: `Company ${i % 97}`,
  emails: [{ type: 'home', value: `card${i}@example.org` }],
  phones: [{ type: 'mobile', value: `+81 90 ${String(1000_0000 + i)}` }],
  note: 'Imported from the phone.',
});

/** One world: a migrated schema with its viewer, and an app on a local port. */
async function timeOn(server, db, label) {
  const schema = `bench_import_${process.pid}_${label.toLowerCase()}`;
  const viewer = { id: 'viewer', displayName: 'The Viewer' };
  let http;
  try {
    await server.dropSchema(db, schema);
    await server.migrate(db, schema);
    await server.importWorld(db, schema, { people: [viewer] });
    const bus = { publish: async () => ({ id: 0, topics: [], personIds: [] }), start: async () => undefined, close: async () => undefined };
    const app = server.createApp({
      service: new server.ContactsService(db, schema, bus, () => undefined),
      auth: { jwtSecret: SECRET },
      rateLimitPerMinute: 0,
      log: () => undefined,
    });
    http = await server.listen(app.fetch, '127.0.0.1', 0);
    const headers = { authorization: `Bearer ${await server.signToken(SECRET, viewer.id)}`, 'content-type': 'application/json' };
    const post = async (path, body) => {
      const response = await fetch(`${http.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      const json = await response.json();
      if (!response.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
      return json;
    };
    const writes = Array.from({ length: CARDS }, (_, i) => ({ contact: card(i) }));
    const started = performance.now();
    const begun = (await post('/contact-imports', { source: 'phone.vcf', writes })).import;
    const beginMs = performance.now() - started;
    for (let status = begun; status.state === 'running';)
      status = (await post(`/contact-imports/${begun.id}/continue`, { limit: CHUNK })).import;
    const importMs = performance.now() - started;
    const undoStart = performance.now();
    await post(`/contact-imports/${begun.id}/undo`, null);
    const undoMs = performance.now() - undoStart;

    const bulkSchema = `${schema}_bulk`;
    await server.dropSchema(db, bulkSchema);
    await server.migrate(db, bulkSchema);
    const people = [viewer, ...writes.map((w, i) => ({ id: `contact:bulk-${i}`, ...w.contact }))];
    const bulkStart = performance.now();
    await server.importWorld(db, bulkSchema, { people });
    const bulkMs = performance.now() - bulkStart;
    await server.dropSchema(db, bulkSchema);
    return [
      {
        group: GROUP,
        name: `${label}: begin + 10 chunks of 1,000`,
        value: importMs,
        reference: { name: 'bulk world import, same people, one transaction', value: bulkMs },
      },
      { group: GROUP, name: `${label}: begin alone (plan stored, no contact written)`, value: beginMs },
      { group: GROUP, name: `${label}: undo of the 10,000`, value: undoMs },
    ];
  } finally {
    await new Promise((resolve) => (http ? http.server.close(resolve) : resolve()));
    await server.dropSchema(db, schema).catch(() => undefined);
  }
}

export default async function serverImportBench() {
  const server = await import('../server/dist/index.js');
  const rows = [];
  const embedded = await server.openDatabase({ dataDir: 'memory://' });
  try {
    rows.push(...(await timeOn(server, embedded, 'PGlite')));
  } finally {
    await embedded.close();
  }
  const pg = await startPostgres();
  if (!pg) return rows;
  const db = await server.openDatabase({ databaseUrl: pg.url, max: 4 });
  try {
    rows.push(...(await timeOn(server, db, 'PostgreSQL')));
  } finally {
    await db.close();
    await pg.stop();
  }
  return rows;
}
