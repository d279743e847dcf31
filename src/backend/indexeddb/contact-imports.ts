/**
 * Contact imports in IndexedDB (contact-imports.ts of the contract): a marker in `contactImports` and the plan's
 * writes in `contactImportWrites`. A chunk writes its contacts, records what each replaced, and moves the marker,
 * all in one transaction, so a reload between chunks loses nothing and repeats nothing.
 */
import type { checkImportPlan } from '../contact-import-plan.js';
import {
  chunkLimit,
  importRunning,
  newImportStatus,
  noSuchImport,
  notRunning,
  type ContactImportPlan,
  type ContactImportStatus,
} from '../contact-imports.js';
import type { Person } from '../../model/person.js';
import { getPersonRecord } from './graph.js';
import { addContactIn, forgetContactIn, ownedIds, recordOf } from './personal-contacts.js';
import {
  CONTACT_IMPORT_WRITES,
  CONTACT_IMPORTS,
  CONTACT_LINKS,
  NOTES,
  PEOPLE,
  type ContactImportRecord,
  type StoreName,
  type Transaction,
} from './schema.js';

/** The stores an import call touches. */
export const IMPORT_STORES: readonly StoreName[] = [PEOPLE, NOTES, CONTACT_LINKS, CONTACT_IMPORTS, CONTACT_IMPORT_WRITES];

const statusOf = ({ ownerId: _owner, ...status }: ContactImportRecord): ContactImportStatus => status;

/** The viewer's latest import record. */
async function latestRecord(tx: Transaction, viewerId: string): Promise<ContactImportRecord | undefined> {
  const range = IDBKeyRange.bound([viewerId, -Infinity], [viewerId, Infinity]);
  const cursor = await tx.objectStore(CONTACT_IMPORTS).index('byOwner').openCursor(range, 'prev');
  return cursor?.value;
}

async function ownRecord(tx: Transaction, viewerId: string, importId: string): Promise<ContactImportRecord> {
  const record = await tx.objectStore(CONTACT_IMPORTS).get(importId);
  if (record?.ownerId !== viewerId) throw noSuchImport(importId);
  return record;
}

/** The viewer's latest import, or null. */
export async function latestImportIn(tx: Transaction, viewerId: string): Promise<ContactImportStatus | null> {
  const record = await latestRecord(tx, viewerId);
  return record ? statusOf(record) : null;
}

/**
 * Checks and stores a plan; writes no contact. `check` is contact-import-plan.ts's `checkImportPlan`, which the
 * caller loads before the transaction opens (an import awaited inside it would let it commit).
 */
export async function beginImportIn(
  tx: Transaction,
  viewerId: string,
  plan: ContactImportPlan,
  now: number,
  check: typeof checkImportPlan,
): Promise<ContactImportStatus> {
  const [latest, owned] = await Promise.all([latestRecord(tx, viewerId), ownedIds(tx, viewerId)]);
  if (latest?.state === 'running') throw importRunning(statusOf(latest));
  const own = new Set(owned);
  const { source, writes } = check(plan, (id) => own.has(id));
  const record: ContactImportRecord = { ...newImportStatus(source, writes, now, latest), ownerId: viewerId };
  const { id } = record;
  const store = tx.objectStore(CONTACT_IMPORT_WRITES);
  await Promise.all([tx.objectStore(CONTACT_IMPORTS).add(record), ...writes.map((w) => store.add({ ...w, importId: id }))]);
  return statusOf(record);
}

/** Writes the next chunk and moves the marker; resolves to the marker and the ids written. */
export async function continueImportIn(
  tx: Transaction,
  viewerId: string,
  importId: string,
  limit: unknown,
  now: number,
): Promise<{ status: ContactImportStatus; ids: string[] }> {
  const record = await ownRecord(tx, viewerId, importId);
  if (record.state !== 'running') throw notRunning(statusOf(record));
  const end = Math.min(record.done + chunkLimit(limit), record.total);
  const writesStore = tx.objectStore(CONTACT_IMPORT_WRITES);
  const writes = await writesStore.getAll(IDBKeyRange.bound([importId, record.done], [importId, end - 1]));
  const people = tx.objectStore(PEOPLE);
  await Promise.all(
    writes.map(async (write) => {
      const current = await getPersonRecord(tx, write.person.id);
      // A merge target deleted meanwhile is written back (its card is not lost); anything not the viewer's is never touched.
      if (current && current.ownerId !== viewerId) return writesStore.put({ ...write, before: null });
      const person: Person = { ...write.person, updatedAt: now };
      await (current ? people.put(recordOf(person, viewerId)) : addContactIn(tx, viewerId, person));
      return writesStore.put({ ...write, before: current?.person ?? null });
    }),
  );
  const next: ContactImportRecord = { ...record, done: end, state: end === record.total ? 'done' : 'running' };
  await tx.objectStore(CONTACT_IMPORTS).put(next);
  return { status: statusOf(next), ids: writes.map((w) => w.person.id) };
}

/** Stops a running import. */
export async function cancelImportIn(tx: Transaction, viewerId: string, importId: string): Promise<ContactImportStatus> {
  const record = await ownRecord(tx, viewerId, importId);
  if (record.state !== 'running') return statusOf(record);
  const next: ContactImportRecord = { ...record, state: 'cancelled' };
  await tx.objectStore(CONTACT_IMPORTS).put(next);
  return statusOf(next);
}

/** Puts back what every written write replaced, newest first; resolves to the marker and the ids restored. */
export async function undoImportIn(
  tx: Transaction,
  viewerId: string,
  importId: string,
): Promise<{ status: ContactImportStatus; ids: string[] }> {
  const record = await ownRecord(tx, viewerId, importId);
  if (record.state === 'undone') throw notRunning(statusOf(record));
  const writes =
    record.done > 0
      ? await tx.objectStore(CONTACT_IMPORT_WRITES).getAll(IDBKeyRange.bound([importId, 0], [importId, record.done - 1]))
      : [];
  const people = tx.objectStore(PEOPLE);
  const ids: string[] = [];
  for (const write of writes.reverse()) {
    if (write.before === undefined) continue;
    const current = await getPersonRecord(tx, write.person.id);
    if (current && current.ownerId !== viewerId) continue;
    ids.push(write.person.id);
    // A contact the import created goes with what the viewer kept on it since (a private note, a link).
    await (write.before ? people.put(recordOf(write.before, viewerId)) : forgetContactIn(tx, viewerId, write.person.id));
  }
  const next: ContactImportRecord = { ...record, state: 'undone' };
  await tx.objectStore(CONTACT_IMPORTS).put(next);
  return { status: statusOf(next), ids };
}
