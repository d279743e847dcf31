// No hot read scans a big table: the server's own queries (captured from its routes, hot-queries.js) are planned
// with EXPLAIN on PostgreSQL over a world of 100,000 people, 1,000,000 relations and 1,000,000 activities
// (scale-world.js), analyzed first, and no plan may hold a sequential scan of a graph table. Each query is planned
// twice: with its parameters' values (what a query's first runs get) and as the generic plan a prepared statement
// (the `postgres` client prepares them) switches to after five runs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPostgres } from './postgres.js';
import { hotReads, recording } from './hot-queries.js';
import { loadScaleWorld, SCALE } from './scale-world.js';

const server = await import('../../server/dist/index.js');
const BIG = new Set(['people', 'name_tokens', 'name_prefixes', 'relations', 'requests', 'activities', 'feed', 'contact_imports']);
const SCHEMA = `explain_${process.pid}`;
const SECRET = 'a-secret-for-the-explain-test-only-32+chars';

let pg;
let db;

before(async () => {
  pg = await startPostgres();
  if (!pg) return;
  db = await server.openDatabase({ databaseUrl: pg.url, max: 2 });
  await server.dropSchema(db, SCHEMA);
  await server.migrate(db, SCHEMA);
  const started = performance.now();
  const counts = await loadScaleWorld(db, SCHEMA, SCALE);
  console.log(`scale world loaded in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);
});

after(async () => {
  if (db) {
    await server.dropSchema(db, SCHEMA);
    await db.close();
  }
  await pg?.stop();
});

/** Every node of a plan tree. */
function* nodes(plan) {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}

/** The big tables a plan reads sequentially. */
function seqScans(plan) {
  return [...nodes(plan)].filter((n) => n['Node Type'] === 'Seq Scan' && BIG.has(n['Relation Name'])).map((n) => n['Relation Name']);
}

/** Parameters as SQL literals, for EXECUTE (text and numbers only: what the routes pass). */
const literal = (value) =>
  typeof value === 'number'
    ? String(value)
    : Buffer.isBuffer(value)
      ? `'\\x${value.toString('hex')}'::bytea`
      : `'${String(value).replaceAll("'", "''")}'`;

test('no hot read plans a sequential scan of a big table, with its values or as a generic plan', { timeout: 240_000 }, async (t) => {
  if (!pg) {
    t.skip('no PostgreSQL: set DATABASE_URL or install Debian\u2019s postgresql');
    return;
  }
  const log = [];
  const service = new server.ContactsService(
    recording(db, log),
    SCHEMA,
    { publish: async () => null, start: async () => undefined, close: async () => undefined },
    () => undefined,
  );
  const app = server.createApp({ service, mode: 'production', auth: { jwtSecret: SECRET }, rateLimitPerMinute: 0, log: () => undefined });
  const failures = [];
  let planned = 0;
  for (const read of hotReads()) {
    log.length = 0;
    const token = await server.signToken(SECRET, read.viewer);
    const response = await app.fetch(new Request(`http://test${read.path}`, { headers: { authorization: `Bearer ${token}` } }));
    const body = await response.json();
    assert.equal(response.status, 200, `${read.label}: ${JSON.stringify(body)}`);
    if ('items' in body && !read.path.includes('filter=blocked'))
      assert.ok(body.items.length > 0, `${read.label} is empty: the world does not exercise it`);
    for (const { text, params } of log.slice()) {
      const plans = await db.transaction(async (tx) => {
        const [custom] = await tx.query(`EXPLAIN (FORMAT JSON) ${text}`, params);
        await tx.query(`PREPARE hot_${planned} AS ${text}`);
        await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
        const args = params.length ? `(${params.map(literal).join(', ')})` : '';
        const [generic] = await tx.query(`EXPLAIN (FORMAT JSON) EXECUTE hot_${planned}${args}`);
        await tx.query(`DEALLOCATE hot_${planned}`);
        return { custom: custom['QUERY PLAN'][0].Plan, generic: generic['QUERY PLAN'][0].Plan };
      }, SCHEMA);
      planned++;
      for (const [kind, plan] of Object.entries(plans)) {
        const scans = seqScans(plan);
        if (scans.length) failures.push(`${read.label}, ${kind} plan: Seq Scan on ${scans.join(', ')}\n  ${text.replace(/\s+/g, ' ')}`);
      }
    }
  }
  console.log(`${planned} queries of ${hotReads().length} reads planned twice each`);
  assert.deepEqual(failures, []);
});
