/** The Database interface over embedded PostgreSQL (PGlite), kept in a data folder or in memory. */
import { PGlite } from '@electric-sql/pglite';
import { checkSchemaName, type Database, type Queryable, type Row } from './types.js';

/** Opens (creating if needed) the embedded database in `dataDir`; `memory://` keeps it in memory. */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir);
  const over = (s: Pick<PGlite, 'query'>): Queryable => ({
    query: async <R extends Row>(text: string, params: readonly unknown[] = []) => (await s.query<R>(text, params as unknown[])).rows,
  });
  const root = over(pg);
  return {
    kind: 'pglite',
    query: root.query,
    transaction(body, schema) {
      return pg.transaction(async (tx) => {
        if (schema) await tx.query(`SET LOCAL search_path TO "${checkSchemaName(schema)}"`);
        return body(over(tx));
      });
    },
    async exec(script) {
      await pg.exec(script);
    },
    async listen(channel, onPayload) {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => unlisten();
    },
    async close() {
      await pg.close();
    },
  };
}
