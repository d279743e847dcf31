/**
 * The contacts-center reference server.
 *
 * ```ts
 * import { startServer, configFromEnv } from 'contacts-center-server';
 * const server = await startServer(configFromEnv());
 * ```
 * @module
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { ServerConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { migrate } from './db/migrate.js';
import type { Database } from './db/types.js';
import { PostgresEventBus } from './events.js';
import { ContactsService } from './service.js';

export { createApp, type AppOptions, type ServerMode } from './app.js';
export { configFromEnv, type ServerConfig } from './config.js';
export { openDatabase } from './db/open.js';
export { migrate, dropSchema } from './db/migrate.js';
export type { Database, Queryable } from './db/types.js';
export { PostgresEventBus, type EventBus, type StoredChange } from './events.js';
export { ContactsService } from './service.js';
export { importWorld } from './import.js';
export { seedDemoWorld } from './demo.js';
export { signToken } from './auth.js';

/** Serves `fetch` on host:port (port 0: any free one); resolves once listening. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  host: string,
  port: number,
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) => resolve({ server, url: `http://${host}:${info.port}` }));
  });
}

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** Opens the database, applies the migrations, listens for changes and serves the API. */
export async function startServer(
  config: ServerConfig,
  extra: Partial<Pick<AppOptions, 'log'>> & Pick<AppOptions['auth'], 'authenticate'> = {},
): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db, config.schema);
  const bus = new PostgresEventBus(db);
  await bus.start();
  const app = createApp({
    service: new ContactsService(db, config.schema, bus, extra.log),
    mode: config.mode,
    auth: {
      jwtSecret: config.jwtSecret,
      jwksUrl: config.jwksUrl,
      issuer: config.issuer,
      audience: config.audience,
      authenticate: extra.authenticate,
    },
    ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}),
    bodyLimitBytes: config.bodyLimitBytes,
    importBodyLimitBytes: config.importBodyLimitBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    ...(extra.log ? { log: extra.log } : {}),
  });
  const { server, url } = await listen(app.fetch, config.host, config.port);
  return {
    url,
    db,
    async close() {
      // SSE streams stay open until their clients leave: stop accepting, then drop open sockets.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await bus.close();
      await db.close();
    },
  };
}
