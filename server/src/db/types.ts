/**
 * The one small query interface the server uses over both PostgreSQL clients (`postgres` for a real server,
 * PGlite embedded). SQL text with `$n` parameters only: no string-built SQL anywhere.
 */

/** One row as the driver returns it (jsonb parsed, bigint as number or string: use Number()). */
export type Row = Record<string, unknown>;

/** A transaction (or, outside one, the connection). */
export interface Queryable {
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A database: transactions, whole scripts (migrations), LISTEN, close. */
export interface Database extends Queryable {
  /** `postgres` (a real server) or `pglite` (embedded). */
  readonly kind: 'postgres' | 'pglite';
  /** Runs `body` in one transaction; `schema` (a migrated schema name) is set as its search_path. */
  transaction<T>(body: (tx: Queryable) => Promise<T>, schema?: string): Promise<T>;
  /** Runs a script of several statements (no parameters): the migrations. */
  exec(script: string): Promise<void>;
  /** Calls `onPayload` for every NOTIFY on `channel`; resolves with the unlisten function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A schema name the server accepts (it is put into SQL as an identifier, so it is checked). */
export function checkSchemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a schema name this server uses.`);
  return name;
}
