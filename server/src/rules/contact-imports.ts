/**
 * Contact imports on the server (contact-imports.ts of the contract, migration 010): the plan and its marker in
 * `contact_imports`, one row per write in `contact_import_writes`. Every call runs in the caller's transaction and
 * locks what it reads first: begin the viewer's row (so two begins by one viewer queue, and the second sees the
 * first running), a chunk, cancel and undo the marker row, so two instances never write one chunk twice. The plan
 * is checked by the library's own rule (checkImportPlan), word for word; the viewer is always the token's subject.
 */
import type { Queryable } from '../db/types.js';
import {
  checkImportPlan,
  chunkLimit,
  importRunning,
  newImportStatus,
  notRunning,
  type ContactImportStatus,
  type Person,
  noSuchPerson,
} from '../shared.js';
import { latestImport, lockImport, setMarker } from './contact-import-marker.js';
import { lockPeople } from './graph.js';
import { putPeople } from './people-batch.js';

/** A list of ids as one jsonb parameter. */
const idList = (ids: readonly string[]) => JSON.stringify(ids);
const IN_LIST = 'IN (SELECT jsonb_array_elements_text(($2::text)::jsonb))';

/** The merge targets a plan names (strings only: the plan check refuses the rest). */
function mergeTargets(plan: unknown): string[] {
  const writes = (plan as { writes?: unknown } | null)?.writes;
  if (!Array.isArray(writes)) return [];
  return writes.flatMap((w: unknown) => {
    const target = (w as { mergeInto?: unknown } | null)?.mergeInto;
    return typeof target === 'string' ? [target] : [];
  });
}

/** Checks and stores a plan with its marker at 0; writes no contact. */
export async function beginImport(tx: Queryable, viewerId: string, plan: unknown, now: number): Promise<ContactImportStatus> {
  if (!(await lockPeople(tx, [viewerId])).has(viewerId)) throw noSuchPerson(viewerId, true);
  const latest = await latestImport(tx, viewerId);
  if (latest?.state === 'running') throw importRunning(latest);
  const targets = [...new Set(mergeTargets(plan))];
  const own = new Set(
    targets.length === 0
      ? []
      : (await tx.query<{ id: string }>(`SELECT id FROM people WHERE owner_id = $1 AND id ${IN_LIST}`, [viewerId, idList(targets)])).map(
          (r) => r.id,
        ),
  );
  const { source, writes } = checkImportPlan(plan, (id) => own.has(id));
  const status = newImportStatus(source, writes, now, latest);
  await tx.query(
    'INSERT INTO contact_imports (owner_id, id, state, source, total, done, merges, started_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $7)',
    [viewerId, status.id, status.state, source, status.total, status.merges, status.startedAt],
  );
  if (writes.length > 0) {
    await tx.query(
      `INSERT INTO contact_import_writes (owner_id, import_id, seq, person, merge)
       SELECT $1, $2, (w.n - 1)::int, w.value -> 'person', (w.value ->> 'merge')::boolean
         FROM jsonb_array_elements(($3::text)::jsonb) WITH ORDINALITY AS w (value, n)`,
      [viewerId, status.id, JSON.stringify(writes.map((w) => ({ person: w.person, merge: w.merge })))],
    );
  }
  return status;
}

/** The people rows of `ids` with their owners, locked. */
async function lockOwners(tx: Queryable, ids: string[]): Promise<Map<string, { data: Person; owner_id: string | null }>> {
  const rows = await tx.query<{ id: string; data: Person; owner_id: string | null }>(
    `SELECT id, data, owner_id FROM people WHERE id IN (SELECT jsonb_array_elements_text(($1::text)::jsonb)) ORDER BY id FOR UPDATE`,
    [idList(ids)],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Writes the next chunk, records what each write replaced and moves the marker; resolves to it and the ids written. */
export async function continueImport(
  tx: Queryable,
  viewerId: string,
  importId: string,
  limit: unknown,
  now: number,
): Promise<{ status: ContactImportStatus; ids: string[] }> {
  const marker = await lockImport(tx, viewerId, importId);
  if (marker.state !== 'running') throw notRunning(marker);
  const end = Math.min(marker.done + chunkLimit(limit), marker.total);
  const writes = await tx.query<{ seq: number; person: Person }>(
    `SELECT seq, person FROM contact_import_writes WHERE owner_id = $1 AND import_id = $2 AND seq >= $3 AND seq < $4 ORDER BY seq`,
    [viewerId, importId, marker.done, end],
  );
  const current = await lockOwners(
    tx,
    writes.map((w) => w.person.id),
  );
  const befores: { seq: number; before: Person | null }[] = [];
  const people: Person[] = [];
  for (const write of writes) {
    const row = current.get(write.person.id);
    // Anything not the viewer's is never touched; a merge target deleted meanwhile is written back (its card is not lost).
    if (row && row.owner_id !== viewerId) {
      befores.push({ seq: write.seq, before: null });
      continue;
    }
    people.push({ ...write.person, updatedAt: now });
    befores.push({ seq: write.seq, before: row?.data ?? null });
  }
  await putPeople(tx, people, viewerId);
  await tx.query(
    `UPDATE contact_import_writes w SET written = true, before = b.before
       FROM jsonb_to_recordset(($3::text)::jsonb) AS b (seq int, before jsonb)
      WHERE w.owner_id = $1 AND w.import_id = $2 AND w.seq = b.seq`,
    [viewerId, importId, JSON.stringify(befores)],
  );
  const status = await setMarker(tx, viewerId, { ...marker, done: end, state: end === marker.total ? 'done' : 'running' });
  return { status, ids: writes.map((w) => w.person.id) };
}

/** Stops a running import; any other state is returned unchanged. */
export async function cancelImport(tx: Queryable, viewerId: string, importId: string): Promise<ContactImportStatus> {
  const marker = await lockImport(tx, viewerId, importId);
  return marker.state === 'running' ? setMarker(tx, viewerId, { ...marker, state: 'cancelled' }) : marker;
}

/**
 * Puts back what every written write replaced, newest first, and marks the import undone; resolves to it and the
 * ids restored. A contact the import created goes with what the viewer kept on it since (a private note, a link).
 */
export async function undoImport(
  tx: Queryable,
  viewerId: string,
  importId: string,
): Promise<{ status: ContactImportStatus; ids: string[] }> {
  const marker = await lockImport(tx, viewerId, importId);
  if (marker.state === 'undone') throw notRunning(marker);
  const writes = await tx.query<{ id: string; before: Person | null }>(
    `SELECT person ->> 'id' AS id, before FROM contact_import_writes WHERE owner_id = $1 AND import_id = $2 AND written ORDER BY seq DESC`,
    [viewerId, importId],
  );
  const current = await lockOwners(
    tx,
    writes.map((w) => w.id),
  );
  const ids: string[] = [];
  const forget: string[] = [];
  const restore: Person[] = [];
  for (const write of writes) {
    const row = current.get(write.id);
    if (row && row.owner_id !== viewerId) continue;
    ids.push(write.id);
    if (write.before) restore.push(write.before);
    else forget.push(write.id);
  }
  await putPeople(tx, restore, viewerId);
  if (forget.length > 0) {
    // Links go with the contact (ON DELETE CASCADE, migration 009); notes have no cascade.
    await tx.query(`DELETE FROM private_notes WHERE owner_id = $1 AND person_id ${IN_LIST}`, [viewerId, idList(forget)]);
    await tx.query(`DELETE FROM people WHERE owner_id = $1 AND id ${IN_LIST}`, [viewerId, idList(forget)]);
  }
  return { status: await setMarker(tx, viewerId, { ...marker, state: 'undone' }), ids };
}
