/**
 * Bulk import and deletion of whole worlds (the demo seed, tests, benchmarks). The whole input is validated
 * before anything is written; then it is written in chunked transactions (a 1,000-row chunk costs about as
 * much per row as one huge transaction and keeps the page responsive), building everything derived: name
 * sort and search keys, mirrored connection rows and each viewer's feed.
 */
import { deleteDB } from 'idb';
import type { Activity } from '../../model/activity.js';
import { toPerson } from '../../model/person.js';
import { REQUEST_STATUSES, type ConnectionRequest } from '../../model/request.js';
import { isContactsError } from '../../model/errors.js';
import { broadcastChange } from './changes.js';
import { checkAgainstStored } from './import-stored.js';
import { markImportDone, markImportStarted } from './import-status.js';
import { openDatabase } from './connection.js';
import { invalidInput, storageError } from './errors.js';
import { activityRow, audienceOf, bumpRelVersion, feedRow } from './graph.js';
import { ACTIVITIES, FEED, META, PEOPLE, RELATIONS, REQUESTS, type Database, type PersonRecord, type RelationRecord } from './schema.js';
import { searchKeysOf, sortKeyOf } from './text.js';
import { runTx } from './tx.js';
import { isValidId } from './validate.js';
import { CHANGE_TOPICS, isOneOf, RELATION_TYPES } from '../vocabulary.js';
import type { WorldData, WorldRelation, WorldRequest } from '../world.js';

/** Import progress, reported after each committed chunk. */
export interface ImportProgress {
  phase: 'people' | 'relations' | 'requests' | 'activities';
  /** Records of this phase written so far. */
  done: number;
  /** Records of this phase in the input. */
  total: number;
}

/** Options for {@link importWorld}. */
export interface ImportOptions {
  /** Records per transaction (default 1,000). */
  chunkSize?: number;
  /** Called after each committed chunk. */
  onProgress?: (progress: ImportProgress) => void;
  /** Give up opening the database after this many milliseconds (default 10,000). */
  openTimeoutMs?: number;
}

/** What an import wrote. */
export interface ImportSummary {
  people: number;
  /** Stored relation rows (a connection is two). */
  relations: number;
  requests: number;
  activities: number;
  /** Feed rows written (one per activity per person who sees it). */
  feedRows: number;
}

/**
 * Imports a world into `databaseName` (created if needed; rows with the same keys are replaced).
 *
 * Validation comes first and covers the whole input: a malformed record, an unknown referenced person, a
 * relation with oneself, or a block alongside a connection, follow or pending request between the same two
 * people rejects with an `invalid-input` ContactsError naming the record, and nothing is written. The import is
 * also checked against what is stored (import-stored.ts): what is already stored is kept as stored, so the same
 * world imported twice changes nothing, and rules between records hold across imports. Storage
 * failures reject with `storage`; chunks committed before a storage failure stay.
 *
 * Feeds: every imported activity is written into the feed of each person connected to or following its actor
 * (relations of this import, plus those already stored when the database was not empty). Imported connections
 * do not create `connected` activities; include them in `activities` if wanted.
 *
 * Progress is recorded: {@link importStatus} tells whether the last import finished (a page closed mid-import
 * leaves it `unfinished`; import the same world again to complete it).
 *
 * Adapters open on the database hear one change naming every topic when the import is done.
 */
export async function importWorld(databaseName: string, data: WorldData, options: ImportOptions = {}): Promise<ImportSummary> {
  if (typeof databaseName !== 'string' || databaseName.trim() === '') throw invalidInput('The database name must be a non-empty string.');
  if (typeof data !== 'object' || data === null) throw invalidInput('The world to import must be an object.');
  const chunkSize = options.chunkSize ?? 1000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw invalidInput('The chunk size must be a whole number of at least 1.');
  const now = Date.now();
  // Loaded with the first import, so the schema library costs nothing on pages that never import.
  const { validateWorld } = await import('../world-validation.js');
  const world = validateWorld(data);
  const people = (world.people ?? []).map(toPerson);
  const relations = world.relations ?? [];
  const requests = world.requests ?? [];
  const activityInputs = world.activities ?? [];

  const db = await openDatabase(databaseName, options.openTimeoutMs === undefined ? {} : { timeoutMs: options.openTimeoutMs });
  try {
    const known = new Set(people.map((p) => p.id));
    if (known.size !== people.length) {
      const seen = new Set<string>();
      const index = people.findIndex((p) => (seen.has(p.id) ? true : (seen.add(p.id), false)));
      throw invalidInput(`people[${index}] (id "${people[index]!.id}") repeats an id used earlier in the import.`);
    }
    await addStoredPeople(db, known, [
      ...relations.flatMap((r) => [r?.fromId, r?.toId]),
      ...requests.flatMap((r) => [r?.fromId, r?.toId]),
      ...activityInputs.map((a) => a.actorId),
    ]);
    const importedRelations = checkRelations(relations, known, now);
    const importedRequests = checkRequests(requests, known, now);
    checkActivities(activityInputs, known);
    checkConflicts(importedRelations, importedRequests);
    const given = requests.map((r) => r.id !== undefined);
    const { relationRows, requestRows, activities } = await checkAgainstStored(db, importedRelations, importedRequests, given, activityInputs);

    const summary: ImportSummary = { people: 0, relations: 0, requests: 0, activities: 0, feedRows: 0 };
    await runTx(db, [META], 'readwrite', (tx) => markImportStarted(tx, now));
    const report = (phase: ImportProgress['phase'], done: number, total: number) => options.onProgress?.({ phase, done, total });

    for (const chunk of chunks(people, chunkSize)) {
      await runTx(db, [PEOPLE], 'readwrite', async (tx) => {
        const store = tx.objectStore(PEOPLE);
        await Promise.all(
          chunk.map((person) => {
            const sortKey = sortKeyOf(person);
            const record: PersonRecord = { id: person.id, person, sortKey, searchKeys: searchKeysOf(person, sortKey) };
            return store.put(record);
          }),
        );
      });
      summary.people += chunk.length;
      report('people', summary.people, people.length);
    }

    // Whether relations stored before this import must be read to find each activity's audience.
    const hadRelations = (await runTx(db, [RELATIONS], 'readonly', (tx) => tx.objectStore(RELATIONS).getAllKeys(undefined, 1))).length > 0;
    for (const chunk of chunks(relationRows, chunkSize)) {
      await runTx(db, [RELATIONS], 'readwrite', async (tx) => {
        const store = tx.objectStore(RELATIONS);
        await Promise.all(chunk.map((row) => store.put(row)));
      });
      summary.relations += chunk.length;
      report('relations', summary.relations, relationRows.length);
    }

    for (const chunk of chunks(requestRows, chunkSize)) {
      await runTx(db, [REQUESTS], 'readwrite', async (tx) => {
        const store = tx.objectStore(REQUESTS);
        await Promise.all(chunk.map((row) => store.put(row)));
      });
      summary.requests += chunk.length;
      report('requests', summary.requests, requestRows.length);
    }

    const audiences = audienceMap(relationRows);
    for (const chunk of chunks(activities, chunkSize)) {
      summary.feedRows += await runTx(db, [RELATIONS, ACTIVITIES, FEED], 'readwrite', async (tx) => {
        const writes: Promise<unknown>[] = [];
        const stored = hadRelations ? new Map<string, Set<string>>() : audiences;
        if (hadRelations) {
          const actors = [...new Set(chunk.map((a) => a.actorId))];
          const found = await Promise.all(actors.map((actor) => audienceOf(tx, actor)));
          actors.forEach((actor, i) => stored.set(actor, found[i]!));
        }
        const activityStore = tx.objectStore(ACTIVITIES);
        const feed = tx.objectStore(FEED);
        for (const activity of chunk) {
          writes.push(activityStore.put(activityRow(activity)));
          for (const owner of stored.get(activity.actorId) ?? []) writes.push(feed.put(feedRow(owner, activity)));
        }
        await Promise.all(writes);
        return writes.length - chunk.length;
      });
      summary.activities += chunk.length;
      report('activities', summary.activities, activities.length);
    }

    await runTx(db, [META], 'readwrite', async (tx) => {
      await bumpRelVersion(tx);
      await markImportDone(tx, Date.now());
    });
    broadcastChange(databaseName, { topics: [...CHANGE_TOPICS], personIds: [] });
    return summary;
  } finally {
    db.close();
  }
}

/**
 * Deletes the database. Adapters open on it close their connections when asked (their later calls reject with
 * `storage`); rejects with `storage` if something still blocks the deletion after `timeoutMs` (default 10,000).
 */
export async function deleteWorld(databaseName: string, options: { timeoutMs?: number } = {}): Promise<void> {
  if (typeof databaseName !== 'string' || databaseName.trim() === '') throw invalidInput('The database name must be a non-empty string.');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(storageError('The contacts database could not be deleted because another tab keeps it open. Close the other tabs and try again.')),
      options.timeoutMs ?? 10_000,
    );
  });
  try {
    await Promise.race([deleteDB(databaseName), timeout]);
  } catch (error) {
    throw isContactsError(error) ? error : storageError('The contacts database could not be deleted.', error);
  } finally {
    clearTimeout(timer);
  }
}

// ---- validation ------------------------------------------------------------------------------------------

/** Adds to `known` the referenced ids that are not in the import but already stored. */
async function addStoredPeople(db: Database, known: Set<string>, referenced: unknown[]): Promise<void> {
  const missing = [...new Set(referenced.filter((id): id is string => isValidId(id) && !known.has(id)))];
  if (missing.length === 0) return;
  const found = await runTx(db, [PEOPLE], 'readonly', (tx) => Promise.all(missing.map((id) => tx.objectStore(PEOPLE).getKey(id))));
  missing.forEach((id, i) => found[i] !== undefined && known.add(id));
}

function checkPair(where: string, fromId: unknown, toId: unknown, known: Set<string>): void {
  if (!isValidId(fromId) || !isValidId(toId)) throw invalidInput(`${where} needs a fromId and a toId that are non-empty strings.`);
  if (fromId === toId) throw invalidInput(`${where} relates "${fromId}" with themselves.`);
  for (const id of [fromId, toId]) {
    if (!known.has(id)) throw invalidInput(`${where} refers to "${id}", who is neither in the import nor in the database.`);
  }
}

function checkRelations(relations: WorldRelation[], known: Set<string>, now: number): RelationRecord[] {
  const rows = new Map<string, RelationRecord>();
  relations.forEach((r, i) => {
    const where = `relations[${i}]`;
    if (!isOneOf(RELATION_TYPES, r.type)) throw invalidInput(`${where} has the type "${String(r.type)}"; use ${RELATION_TYPES.join(', ')}.`);
    checkPair(where, r.fromId, r.toId, known);
    const createdAt = r.createdAt ?? now;
    const add = (fromId: string, toId: string) => rows.set(`${fromId}\u0000${r.type}\u0000${toId}`, { fromId, type: r.type, toId, createdAt });
    add(r.fromId, r.toId);
    if (r.type === 'connection') add(r.toId, r.fromId);
  });
  return [...rows.values()];
}

function checkRequests(requests: WorldRequest[], known: Set<string>, now: number): ConnectionRequest[] {
  const ids = new Set<string>();
  const pending = new Set<string>();
  return requests.map((r, i) => {
    const where = `requests[${i}]`;
    checkPair(where, r.fromId, r.toId, known);
    const status = r.status ?? 'pending';
    if (!isOneOf(REQUEST_STATUSES, status)) throw invalidInput(`${where} has the status "${String(status)}"; use ${REQUEST_STATUSES.join(', ')}.`);
    const id = r.id ?? crypto.randomUUID();
    if (ids.has(id)) throw invalidInput(`${where} repeats the request id "${id}".`);
    ids.add(id);
    if (status === 'pending') {
      const pair = `${r.fromId}\u0000${r.toId}`;
      if (pending.has(pair)) throw invalidInput(`${where} is a second pending request from "${r.fromId}" to "${r.toId}".`);
      pending.add(pair);
      if (pending.has(`${r.toId}\u0000${r.fromId}`)) {
        throw invalidInput(`${where}: "${r.fromId}" and "${r.toId}" both have pending requests to each other; import a connection instead.`);
      }
    }
    const request: ConnectionRequest = { id, fromId: r.fromId, toId: r.toId, status, createdAt: r.createdAt ?? now };
    if (status !== 'pending') request.respondedAt = r.respondedAt ?? request.createdAt;
    return request;
  });
}

function checkActivities(activities: Activity[], known: Set<string>): void {
  const ids = new Set<string>();
  activities.forEach((a, i) => {
    const where = `activities[${i}]${typeof a.id === 'string' ? ` (id "${a.id}")` : ''}`;
    if (!isValidId(a.id)) throw invalidInput(`${where} has no valid id: it must be a non-empty string.`);
    if (ids.has(a.id)) throw invalidInput(`${where} repeats an activity id used earlier in the import.`);
    ids.add(a.id);
    if (!isValidId(a.actorId)) throw invalidInput(`${where} has no valid actorId.`);
    if (!known.has(a.actorId)) throw invalidInput(`${where} refers to "${a.actorId}", who is neither in the import nor in the database.`);
  });
}

/** A block excludes every other relation and any pending request between the same two people. */
function checkConflicts(relations: RelationRecord[], requests: ConnectionRequest[]): void {
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const blocked = new Set(relations.filter((r) => r.type === 'block').map((r) => pairKey(r.fromId, r.toId)));
  if (blocked.size === 0) return;
  for (const r of relations) {
    if (r.type !== 'block' && blocked.has(pairKey(r.fromId, r.toId))) {
      throw invalidInput(`The ${r.type} between "${r.fromId}" and "${r.toId}" contradicts a block between them.`);
    }
  }
  for (const r of requests) {
    if (r.status === 'pending' && blocked.has(pairKey(r.fromId, r.toId))) {
      throw invalidInput(`The pending request from "${r.fromId}" to "${r.toId}" contradicts a block between them.`);
    }
  }
}

/** Who sees each actor's activities, from the imported relation rows. */
function audienceMap(rows: RelationRecord[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const row of rows) {
    // A connection row from A to B and a follow from B to A both put B in A's audience.
    const [actor, viewer] = row.type === 'connection' ? [row.fromId, row.toId] : row.type === 'follow' ? [row.toId, row.fromId] : [];
    if (!actor || !viewer) continue;
    let set = map.get(actor);
    if (!set) map.set(actor, (set = new Set()));
    set.add(viewer);
  }
  return map;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
