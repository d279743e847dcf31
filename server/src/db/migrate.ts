/**
 * Numbered SQL migrations (`migrations/NNN_name.sql`), applied in order at start, each in its own transaction
 * and recorded in `schema_migrations`; an advisory lock keeps two instances starting together from racing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { checkSchemaName, type Database } from './types.js';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
/** Arbitrary, fixed: the advisory lock migrations hold. */
const MIGRATION_LOCK = 7_061_916;

/** The migration files, in order. */
async function migrationFiles(): Promise<{ version: number; name: string; sql: string }[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((n) => /^\d{3}_[\w-]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({ version: Number(name.slice(0, 3)), name, sql: await readFile(new URL(name, MIGRATIONS_DIR), 'utf8') })),
  );
}

/** Creates `schema` if needed and applies the migrations it lacks. Resolves with the versions applied. */
export async function migrate(db: Database, schema = 'public'): Promise<number[]> {
  const s = `"${checkSchemaName(schema)}"`;
  const files = await migrationFiles();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(`SET LOCAL search_path TO ${s}`);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const file of files) {
      if (done.has(file.version)) continue;
      // Scripts have no parameters; each statement runs in this transaction (exec would leave it).
      for (const statement of splitStatements(file.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
      applied.push(file.version);
    }
    return applied;
  });
}

/** Drops a schema and everything in it (test worlds). */
export async function dropSchema(db: Database, schema: string): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS "${checkSchemaName(schema)}" CASCADE`);
}

/** Splits a script at top-level semicolons, keeping `$$ ... $$` bodies and `--` comments whole. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of script.split('\n')) {
    const code = inDollar ? line : line.replace(/--.*$/, '');
    if ((code.match(/\$\$/g)?.length ?? 0) % 2 === 1) inDollar = !inDollar;
    current += code + '\n';
    if (!inDollar && code.trimEnd().endsWith(';')) {
      if (current.trim() !== ';') out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
