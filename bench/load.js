// `npm run bench:load`: many concurrent viewers against two server instances on one PostgreSQL (issue #16), for a
// fixed time each: a read mix, then a mix of reads and writes (posts, follows, unfollows). Prints requests/s,
// p50/p99 latency, errors and refusals (4xx by error code) per instance, then checks the graph's invariants and
// that subscribers on both instances heard every change (test/server/sse-subscriber.js). Not part of `npm test`.
// PostgreSQL: DATABASE_URL or a throwaway cluster (test/server/postgres.js); the world is the server bench's.
import autocannon from 'autocannon';
import { startPostgres } from '../test/server/postgres.js';
import { eventsReport, subscribe } from '../test/server/sse-subscriber.js';
import { loadScaleWorld } from '../test/server/scale-world.js';

const SECRET = 'a-secret-for-the-load-run-only-32+chars!!';
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);
const VIEWERS = 500;
const pid = (i) => `p${String(i).padStart(6, '0')}`;
const pick = (list) => list[Math.floor(Math.random() * list.length)];

const READS = [
  '/people?limit=50',
  '/people?query=ma&limit=50',
  '/people?query=mary%20sm&limit=50',
  '/people?filter=connections&limit=50',
  '/feed?limit=20',
  '/feed?tab=following&limit=20',
  '/counts',
  '/requests/incoming',
];

const server = await import('../server/dist/index.js');
const pg = await startPostgres();
if (!pg) {
  console.error('no PostgreSQL: set DATABASE_URL or install Debian\u2019s postgresql');
  process.exit(1);
}
const schema = `load_${process.pid}`;
const db = await server.openDatabase({ databaseUrl: pg.url, max: 2 });
const instances = [];
try {
  await server.migrate(db, schema);
  process.stderr.write('generating 100k people, 1M relations, 100k activities…\n');
  await loadScaleWorld(db, schema, { people: 100_000, activities: 100_000 });
  const config = {
    databaseUrl: pg.url,
    dataDir: '',
    schema,
    host: '127.0.0.1',
    port: 0,
    mode: 'production',
    jwtSecret: SECRET,
    bodyLimitBytes: 64 * 1024,
    rateLimitPerMinute: 0,
  };
  for (let i = 0; i < 2; i++) instances.push(await server.startServer(config, { log: () => undefined }));
  const tokens = await Promise.all(Array.from({ length: VIEWERS }, (_, i) => server.signToken(SECRET, pid(100 + i))));
  const viewer = () => Math.floor(Math.random() * VIEWERS);
  const auth = (i) => ({ authorization: `Bearer ${tokens[i]}` });
  // Only a request with a body says it is JSON (the server refuses an empty body that claims to be JSON).
  const json = (i) => ({ ...auth(i), 'content-type': 'application/json' });
  const read = (req) => ({ ...req, method: 'GET', path: pick(READS), headers: auth(viewer()), body: undefined });
  const write = (req) => {
    const i = viewer();
    const roll = Math.random();
    if (roll < 0.5)
      return { ...req, method: 'POST', path: '/activities', headers: json(i), body: JSON.stringify({ kind: 'post', text: 'Load run' }) };
    // Follow and unfollow someone far from the viewer's own follows (they follow i+3…i+7).
    const target = pid(50_000 + Math.floor(Math.random() * 1000));
    return { ...req, method: 'POST', path: `/relationships/${target}/${roll < 0.75 ? 'follow' : 'unfollow'}`, headers: auth(i) };
  };
  const mixes = [
    ['reads', (req) => read(req)],
    ['80% reads, 20% writes', (req) => (Math.random() < 0.8 ? read(req) : write(req))],
  ];
  const [{ n: activitiesBefore }] = await db.query(`SELECT count(*)::int AS n FROM "${schema}".activities`);
  const table = [];
  const refusals = {};
  // A refusal's error code (`invalid-state` for following twice…), counted per mix.
  const onResponse = (mix) => (status, body) => {
    if (status < 400 || status >= 500) return;
    const code = (() => {
      try {
        return JSON.parse(body).error.code;
      } catch {
        return `HTTP ${status}`;
      }
    })();
    refusals[`${mix}: ${code}`] = (refusals[`${mix}: ${code}`] ?? 0) + 1;
  };
  let events = [];
  for (const [mix, setupRequest] of mixes) {
    process.stderr.write(`${mix}: ${SECONDS} s, ${CONNECTIONS} connections to each of 2 instances…\n`);
    const subscribers = [];
    for (const [i, instance] of instances.entries())
      for (let s = 0; s < 3; s++)
        subscribers.push({ instance: i === 0 ? 'A' : 'B', sub: await subscribe(instance.url, tokens[i * 3 + s]) });
    const results = await Promise.all(
      instances.map((instance) =>
        autocannon({
          url: instance.url,
          connections: CONNECTIONS,
          duration: SECONDS,
          requests: [{ setupRequest, onResponse: onResponse(mix) }],
        }),
      ),
    );
    // Changes committed in the run's last moments are still on their way.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if (mix !== 'reads') events = await eventsReport(db, schema, subscribers);
    await Promise.all(subscribers.map((s) => s.sub.close()));
    results.forEach((r, i) => {
      const codes = Object.entries(r.statusCodeStats ?? {});
      const count = (test) => codes.filter(([code]) => test(Number(code))).reduce((n, [, s]) => n + s.count, 0);
      table.push({
        mix,
        instance: i === 0 ? 'A' : 'B',
        'requests/s': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        requests: r.requests.total,
        errors: r.errors + r.timeouts,
        // A 4xx is a rule refusing a change (following twice, unfollowing a stranger); a 5xx is a failure.
        '4xx': count((c) => c >= 400 && c < 500),
        '5xx': count((c) => c >= 500),
      });
    });
  }
  const [{ n: activitiesAfter }] = await db.query(`SELECT count(*)::int AS n FROM "${schema}".activities`);
  const posted = activitiesAfter - activitiesBefore;
  const [invariants] = await db.query(
    `SELECT
       (SELECT count(*) FROM "${schema}".relations a WHERE a.type = 'connection' AND NOT EXISTS
          (SELECT 1 FROM "${schema}".relations b WHERE b.type = 'connection' AND b.from_id = a.to_id AND b.to_id = a.from_id))::int AS unmirrored,
       (SELECT count(*) FROM "${schema}".activities a WHERE NOT EXISTS (SELECT 1 FROM "${schema}".people p WHERE p.id = a.actor_id))::int AS orphans`,
  );
  console.log(`\nload run, ${new Date().toISOString()}, two instances on one PostgreSQL, ${SECONDS} s per mix`);
  console.table(table);
  console.log('refusals (4xx) by error code:');
  console.table(refusals);
  console.log('live events during the write mix, per subscriber:');
  console.table(events);
  console.log(
    `activities posted: ${posted}; connections without their mirror: ${invariants.unmirrored}; activities without an actor: ${invariants.orphans}`,
  );
  const holds =
    invariants.unmirrored === 0 &&
    invariants.orphans === 0 &&
    table.every((t) => t.errors === 0 && t['5xx'] === 0) &&
    events.every((e) => e.missing === 0 && e.twice === 0);
  console.log(`invariants, zero errors and every event heard once: ${holds ? 'hold' : 'DO NOT hold'}`);
} finally {
  for (const instance of instances) await instance.close();
  await server.dropSchema(db, schema).catch(() => undefined);
  await db.close();
  await pg.stop();
}
