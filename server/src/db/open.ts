/** Chooses the database: a real PostgreSQL when a URL is given, else embedded PGlite in a data folder. */
import { mkdir } from 'node:fs/promises';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { Database } from './types.js';

export interface DatabaseOptions {
  /** `postgres://…`; without it the embedded database is used. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder (default `./data`); `memory://` for none. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  max?: number;
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.max === undefined ? {} : { max: options.max });
  const dir = options.dataDir ?? './data';
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  return openPglite(dir);
}
