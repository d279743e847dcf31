/**
 * Whether the last import into a database finished. `importWorld` writes a meta record saying an import is
 * under way before its first chunk, and says it is done in its last transaction; a page closed in between
 * leaves the record saying `unfinished`, which {@link importStatus} reports, so the caller can redo the import
 * (importing the same world again is idempotent) or delete the half world.
 */
import { openDatabase } from './connection.js';
import { invalidInput } from '../errors.js';
import { META, type Transaction } from './schema.js';
import { runTx } from './tx.js';

/** `none`: nothing was ever imported here; `unfinished`: an import started and never ended; `done`. */
export const IMPORT_STATES = ['none', 'unfinished', 'done'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What {@link importStatus} reports. */
export interface ImportStatus {
  state: ImportState;
  /** When the last import started (epoch milliseconds). */
  startedAt?: number;
  /** When it finished. */
  finishedAt?: number;
}

/** The meta key of the import record. */
const IMPORT_KEY = 'import';

interface ImportRecord {
  startedAt: number;
  finishedAt?: number;
}

/** Records that an import started (its own transaction, committed before any data is written). */
export async function markImportStarted(tx: Transaction, at: number): Promise<void> {
  // The meta store is typed for numbers (relVersion); this one record is an object.
  await tx.objectStore(META).put({ startedAt: at } satisfies ImportRecord as never, IMPORT_KEY);
}

/** Records that the import finished; called in the import's last transaction. */
export async function markImportDone(tx: Transaction, at: number): Promise<void> {
  const meta = tx.objectStore(META);
  const record = ((await meta.get(IMPORT_KEY)) as unknown as ImportRecord | undefined) ?? { startedAt: at };
  await meta.put({ ...record, finishedAt: at } satisfies ImportRecord as never, IMPORT_KEY);
}

/** Whether the last import into `databaseName` finished. Never creates the database. */
export async function importStatus(databaseName: string, options: { openTimeoutMs?: number } = {}): Promise<ImportStatus> {
  if (typeof databaseName !== 'string' || databaseName.trim() === '') throw invalidInput('The database name must be a non-empty string.');
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    if (!(await indexedDB.databases()).some((d) => d.name === databaseName)) return { state: 'none' };
  }
  const db = await openDatabase(databaseName, options.openTimeoutMs === undefined ? {} : { timeoutMs: options.openTimeoutMs });
  try {
    const record = (await runTx(db, [META], 'readonly', (tx) => tx.objectStore(META).get(IMPORT_KEY))) as unknown as
      ImportRecord | undefined;
    if (!record) return { state: 'none' };
    return record.finishedAt === undefined
      ? { state: 'unfinished', startedAt: record.startedAt }
      : { state: 'done', startedAt: record.startedAt, finishedAt: record.finishedAt };
  } finally {
    db.close();
  }
}
