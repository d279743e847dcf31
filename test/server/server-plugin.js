// A Web Test Runner plugin (Node side) that runs the reference server in-process for the HTTP adapter's tests:
// one host on the embedded database (PGlite, in a folder of its own under the system's temp dir, removed at the
// end: two runs sharing one folder corrupt it) and, when
// DATABASE_URL is set, one on that PostgreSQL. Each conformance world is its own PostgreSQL schema (migrated or
// reused emptied, imported, emptied after the test), so worlds never see each other and ids stay as the tests wrote them.
// Each world is served by two app instances with their own database pools and LISTEN connections (on
// PostgreSQL, two real instances) at /w/<id>/i0 and /w/<id>/i1, plus a production-mode app at /w/<id>/prod.
// The browser reads the hosts from /__contacts-server.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const SECRET = 'test-secret-for-the-in-process-contacts-server-only';

async function startHost(name, server, dbOptions) {
  const { openDatabase, migrate, dropSchema, PostgresEventBus, ContactsService, createApp, importWorld, seedDemoWorld, listen } = server;
  const db0 = await openDatabase(dbOptions);
  // PGlite is one process-local database: both instances share it (each with its own LISTEN); PostgreSQL gets two pools.
  const db1 = dbOptions.databaseUrl ? await openDatabase(dbOptions) : db0;
  const buses = [new PostgresEventBus(db0), new PostgresEventBus(db1)];
  await Promise.all(buses.map((b) => b.start()));
  // Worlds left by an interrupted run.
  const stale = await db0.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'w\\_%'");
  for (const row of stale) await dropSchema(db0, row.nspname);
  const worlds = new Map();
  const quiet = () => undefined;
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'content-type',
  };
  const reply = (status, body) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { ...cors, 'content-type': 'application/json' } });

  // Migrating a schema takes most of a world's setup (about 0.9 s of 1.3 s on PGlite): a dropped world's schema
  // is emptied (every table but schema_migrations truncated, sequences restarted) and kept for the next world.
  const spare = [];
  const newName = () => `w_${randomBytes(6).toString('hex')}`;
  async function takeSchema() {
    const reused = spare.pop();
    if (reused) return reused;
    const schema = newName();
    await migrate(db0, schema);
    return schema;
  }
  async function releaseSchema(schema) {
    const tables = await db0.query("SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'", [schema]);
    const names = tables.map((t) => `"${schema}"."${t.tablename}"`).join(', ');
    try {
      if (names) await db0.query(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
      spare.push(schema);
    } catch {
      await dropSchema(db0, schema);
    }
  }

  async function createWorld(request, base) {
    // `demo` (seed options) seeds the demo world the way `npm run start:shared` does, instead of `data`.
    const { data, rateLimitPerMinute = 0, demo = false } = await request.json();
    // A world's id is new each time (a late request for a dropped world gets a 404), its schema may be reused.
    const id = newName();
    const schema = await takeSchema();
    try {
      if (demo) await seedDemoWorld(db0, schema, demo);
      else await importWorld(db0, schema, data ?? {});
    } catch (error) {
      await releaseSchema(schema);
      return reply(400, { error: { code: error.code ?? 'invalid-input', message: error.message } });
    }
    // The world's clock: real time until a test fixes it (POST /__worlds/<id>/time).
    const clock = { time: undefined };
    const now = () => clock.time ?? Date.now();
    const app = (db, bus, mode) =>
      createApp({
        service: new ContactsService(db, schema, bus, quiet, now),
        mode,
        auth: { jwtSecret: SECRET },
        corsOrigins: '*',
        rateLimitPerMinute,
        log: quiet,
      });
    worlds.set(id, {
      schema,
      clock,
      i0: app(db0, buses[0], 'test'),
      i1: app(db1, buses[1], 'test'),
      prod: app(db0, buses[0], 'production'),
    });
    return reply(200, { id, urls: [`${base}/w/${id}/i0`, `${base}/w/${id}/i1`], productionUrl: `${base}/w/${id}/prod` });
  }

  async function handle(request) {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS' && url.pathname.startsWith('/__worlds')) return reply(204);
    if (url.pathname === '/__worlds' && request.method === 'POST') return createWorld(request, url.origin);
    const drop = /^\/__worlds\/(w_[0-9a-f]+)\/drop$/.exec(url.pathname);
    if (drop && request.method === 'POST') {
      const world = worlds.get(drop[1]);
      worlds.delete(drop[1]);
      if (world) await releaseSchema(world.schema);
      return reply(204);
    }
    const time = /^\/__worlds\/(w_[0-9a-f]+)\/time$/.exec(url.pathname);
    if (time && request.method === 'POST' && worlds.has(time[1])) {
      worlds.get(time[1]).clock.time = (await request.json()).time;
      return reply(204);
    }
    const routed = /^\/w\/(w_[0-9a-f]+)\/(i0|i1|prod)(\/.*)?$/.exec(url.pathname);
    const app = routed && worlds.get(routed[1])?.[routed[2]];
    if (!app) return reply(404, { error: { code: 'not-an-endpoint', message: 'No such test world.' } });
    const inner = new URL((routed[3] ?? '/') + url.search, url.origin);
    return app.fetch(new Request(inner, request));
  }

  const { server: http, url } = await listen(handle, '127.0.0.1', 0);
  return {
    name,
    url,
    async close() {
      await new Promise((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections?.();
      });
      await Promise.all(buses.map((b) => b.close()));
      for (const schema of [...spare.splice(0), ...[...worlds.values()].map((w) => w.schema)]) await dropSchema(db0, schema);
      await db0.close();
      if (db1 !== db0) await db1.close();
    },
  };
}

export function contactsServerPlugin() {
  const hosts = [];
  let dataDir;
  return {
    name: 'contacts-server',
    async serverStart() {
      const server = await import('../../server/dist/index.js');
      dataDir = mkdtempSync(join(tmpdir(), 'contacts-center-test-pglite-'));
      hosts.push(await startHost('PGlite', server, { dataDir }));
      if (process.env.DATABASE_URL) hosts.push(await startHost('PostgreSQL', server, { databaseUrl: process.env.DATABASE_URL, max: 4 }));
    },
    async serverStop() {
      await Promise.all(hosts.splice(0).map((h) => h.close()));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__contacts-server.json') {
        return {
          body: JSON.stringify({ hosts: hosts.map((h) => ({ name: h.name, url: h.url })), secret: SECRET }),
          type: 'application/json',
        };
      }
      return undefined;
    },
  };
}
