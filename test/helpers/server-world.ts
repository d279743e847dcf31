/** Worlds on the in-process reference server (test/server/server-plugin.js): HTTP adapters per viewer, cleanup. */
import type { WorldData } from '../../src/backend/world.js';
import { HttpBackend } from '../../src/backend/http/index.js';

/** A server host as the plugin announces it. */
export interface ServerHost {
  name: string;
  url: string;
}

/** The hosts the plugin started (PGlite always; PostgreSQL when DATABASE_URL is set) and the tokens' secret. */
export const serverConfig: { hosts: ServerHost[]; secret: string } = await (await fetch('/__contacts-server.json')).json();

export interface ServerWorld {
  /** The API root of instance 0 or 1 (two app instances over one database). */
  urls: [string, string];
  /** The same world served in production mode (no dev sign-in). */
  productionUrl: string;
  /** A dev-sign-in token for `viewerId` (cached). */
  token(viewerId: string): Promise<string>;
  /** A new adapter for `viewerId` on instance `instance` (closed by cleanup). */
  backendFor(viewerId: string, instance?: 0 | 1): HttpBackend;
  cleanup(): Promise<void>;
  /** Fixes the world's server clock (both instances) at `time`. */
  setTime(time: number): Promise<void>;
}

export async function createServerWorld(
  host: ServerHost,
  data: WorldData,
  options: { rateLimitPerMinute?: number; demo?: { people?: number; postsPerPerson?: number } } = {},
): Promise<ServerWorld> {
  const response = await fetch(`${host.url}/__worlds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data, ...options }),
  });
  if (!response.ok) throw new Error(`The test server refused the world: ${await response.text()}`);
  const { id, urls, productionUrl } = (await response.json()) as { id: string; urls: [string, string]; productionUrl: string };
  const tokens = new Map<string, Promise<string>>();
  const adapters: HttpBackend[] = [];
  const token = (viewerId: string) => {
    let t = tokens.get(viewerId);
    if (!t) {
      t = fetch(`${urls[0]}/dev/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ viewerId }),
      })
        .then((r) => r.json())
        .then((body: { token: string }) => body.token);
      tokens.set(viewerId, t);
    }
    return t;
  };
  return {
    urls,
    productionUrl,
    token,
    backendFor(viewerId, instance = 0) {
      const adapter = new HttpBackend({ baseUrl: urls[instance], viewerId, token: () => token(viewerId) });
      adapters.push(adapter);
      return adapter;
    },
    async setTime(time) {
      const response = await fetch(`${host.url}/__worlds/${id}/time`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ time }),
      });
      if (!response.ok) throw new Error(`The test server did not set the clock: ${await response.text()}`);
    },
    async cleanup() {
      for (const adapter of adapters.splice(0)) adapter.close();
      await fetch(`${host.url}/__worlds/${id}/drop`, { method: 'POST' });
    },
  };
}
