/**
 * A contact import's marker on the server (migration 010's `contact_imports`): read, locked and moved. Callers lock
 * it (lockImport, FOR UPDATE) before they read `done`, so two instances never act on one marker at once.
 */
import type { Queryable } from '../db/types.js';
import { noSuchImport, type ContactImportState, type ContactImportStatus } from '../shared.js';

const COLUMNS = 'id, state, source, total, done, merges, started_at';

interface ImportRow {
  id: string;
  state: ContactImportState;
  source: string;
  total: number;
  done: number;
  merges: number;
  started_at: string | number;
}

const statusOf = (r: ImportRow): ContactImportStatus => ({
  id: r.id,
  state: r.state,
  source: r.source,
  total: Number(r.total),
  done: Number(r.done),
  merges: Number(r.merges),
  startedAt: Number(r.started_at),
});

/** The viewer's most recent import, or null. */
export async function latestImport(tx: Queryable, viewerId: string): Promise<ContactImportStatus | null> {
  const [row] = await tx.query<ImportRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM contact_imports WHERE owner_id = $1 ORDER BY started_at DESC, id LIMIT 1`,
    [viewerId],
  );
  return row ? statusOf(row) : null;
}

/** The viewer's import, its row locked until the transaction ends; `not-found` when it is not theirs. */
export async function lockImport(tx: Queryable, viewerId: string, importId: string): Promise<ContactImportStatus> {
  const [row] = await tx.query<ImportRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM contact_imports WHERE owner_id = $1 AND id = $2 FOR UPDATE`,
    [viewerId, importId],
  );
  if (!row) throw noSuchImport(importId);
  return statusOf(row);
}

/** Stores the marker's state and count. */
export async function setMarker(tx: Queryable, viewerId: string, status: ContactImportStatus): Promise<ContactImportStatus> {
  await tx.query('UPDATE contact_imports SET state = $3, done = $4 WHERE owner_id = $1 AND id = $2', [
    viewerId,
    status.id,
    status.state,
    status.done,
  ]);
  return status;
}
