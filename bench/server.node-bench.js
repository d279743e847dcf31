// The reference server at scale (issues #16 and #19): 100,000 people, 1,000,000 relations, 100,000 activities,
// generated inside PostgreSQL (test/server/scale-world.js). Each hot read (test/server/hot-queries.js) is sent
// through HTTP to a server instance on this machine; its server-side time (the Server-Timing total: token, rate
// limit, SQL and JSON) stands beside the very SQL it ran, replayed directly against the database in one
// transaction, in the same run. The client's round trip is printed too. PostgreSQL: DATABASE_URL or a throwaway cluster.
import { startPostgres } from '../test/server/postgres.js';
import { hotReads, recording } from '../test/server/hot-queries.js';
import { loadScaleWorld } from '../test/server/scale-world.js';

const GROUP = 'server (server-side time vs the same SQL)';
const SECRET = 'a-secret-for-the-server-bench-only-32+chars';
const ROUNDS = 7;
const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
/** The `total` metric of a Server-Timing header (`total;dur=1.23;desc="server"`), in ms. */
const serverTotal = (header) => Number(/(?:^|,)\s*total;dur=([\d.]+)/.exec(header ?? '')?.[1] ?? NaN);

export default async function serverBench() {
  const server = await import('../server/dist/index.js');
  const pg = await startPostgres();
  if (!pg) return [];
  const schema = `bench_${process.pid}`;
  const db = await server.openDatabase({ databaseUrl: pg.url, max: 4 });
  const rows = [];
  let http;
  try {
    await server.migrate(db, schema);
    const started = performance.now();
    await loadScaleWorld(db, schema, { people: 100_000, activities: 100_000 });
    rows.push({ group: GROUP, name: 'generate 100k people, 1M relations, 100k activities (SQL)', value: performance.now() - started });
    const log = [];
    const bus = { publish: async () => null, start: async () => undefined, close: async () => undefined };
    const app = server.createApp({
      service: new server.ContactsService(recording(db, log), schema, bus, () => undefined),
      auth: { jwtSecret: SECRET },
      rateLimitPerMinute: 0,
      log: () => undefined,
      serverTiming: true,
    });
    http = await server.listen(app.fetch, '127.0.0.1', 0);
    const measures = [];
    for (const read of hotReads()) {
      const headers = { authorization: `Bearer ${await server.signToken(SECRET, read.viewer)}` };
      const ours = async () => {
        const response = await fetch(`${http.url}${read.path}`, { headers });
        await response.json();
        return serverTotal(response.headers.get('server-timing'));
      };
      log.length = 0;
      await ours();
      const queries = log.slice();
      const raw = () => db.transaction(async (tx) => Promise.all(queries.map((q) => tx.query(q.text, q.params))), schema);
      measures.push({ name: read.label, ours, raw, ourTimes: [], rawTimes: [], tripTimes: [] });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of measures) {
        await m.ours();
        const start = performance.now();
        m.ourTimes.push(await m.ours());
        m.tripTimes.push(performance.now() - start);
        await m.raw();
        const rawStart = performance.now();
        await m.raw();
        m.rawTimes.push(performance.now() - rawStart);
      }
    }
    for (const m of measures) {
      const value = median(m.ourTimes);
      const ref = median(m.rawTimes);
      rows.push({
        group: GROUP,
        name: m.name,
        value,
        reference: { name: 'same SQL, direct', value: ref },
        target: '≤ 1.5× raw',
        holds: value <= 1.5 * ref,
      });
    }
    const overheads = measures.map((m) => median(m.tripTimes) - median(m.ourTimes));
    rows.push({ group: GROUP, name: 'HTTP round trip on top of the server-side time, median over the reads', value: median(overheads) });
  } finally {
    await new Promise((resolve) => (http ? http.server.close(resolve) : resolve()));
    await server.dropSchema(db, schema).catch(() => undefined);
    await db.close();
    await pg.stop();
  }
  return rows;
}
