/** The Database interface over a real PostgreSQL server, through `postgres` (porsager). */
import postgres from 'postgres';
import { checkSchemaName, type Database, type Queryable, type Row } from './types.js';

/** Opens a pool on `url` (a `postgres://` connection string). */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => undefined, idle_timeout: 30 });
  const over = (s: postgres.Sql | postgres.TransactionSql): Queryable => ({
    query: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
      (await s.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as R[],
  });
  const root = over(sql);
  return {
    kind: 'postgres',
    query: root.query,
    async transaction(body, schema) {
      return (await sql.begin(async (tx) => {
        if (schema) await tx.unsafe(`SET LOCAL search_path TO "${checkSchemaName(schema)}"`);
        return body(over(tx));
      })) as never;
    },
    async exec(script) {
      await sql.unsafe(script);
    },
    async listen(channel, onPayload) {
      const { unlisten } = await sql.listen(channel, onPayload);
      return unlisten;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
