/**
 * Bulk import and deletion of whole worlds (the demo seed, tests, benchmarks). The whole input is validated
 * before anything is written; then it is written in chunked transactions (a 1,000-row chunk costs about as
 * much per row as one huge transaction and keeps the page responsive), building everything derived: name
 * sort and search keys, mirrored connection rows and each viewer's feed.
 */
import { deleteDB } from 'idb';
import { isContactsError } from '../../model/errors.js';
import { CHANGE_TOPICS } from '../vocabulary.js';
import type { WorldData } from '../world.js';
import { broadcastChange } from './changes.js';
import { openDatabase } from './connection.js';
import { invalidInput, storageError } from '../errors.js';
import type { FeedVia } from './feed-tabs.js';
import { activityRow, audienceOf, bumpRelVersion, feedRow } from './graph.js';
import { ACTIVITIES, FEED, META, PEOPLE, RELATIONS, REQUESTS, type RelationRecord, type StoreName, type Transaction } from './schema.js';
import { emailKeysOf } from '../contact-links.js';
import { searchKeysOf, sortKeyOf } from '../search-text.js';
import { runTx } from './tx.js';
import { addStoredPeople, checkActivities, checkConflicts, checkRelations, checkRequests } from './world-checks.js';
import { checkAgainstStored } from './import-stored.js';
import { markImportDone, markImportStarted } from './import-status.js';
import { forgetStored } from './stored-witness.js';
import { toPerson } from '../../model/person.js';

/** The kinds of record an import writes, in the order it writes them. */
type ImportPhase = 'people' | 'relations' | 'requests' | 'activities';

/** Import progress, reported after each committed chunk. */
export interface ImportProgress {
  phase: ImportPhase;
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
 * world imported twice changes nothing, and rules between records hold across imports. Progress is recorded:
 * `importStatus` tells whether the last import finished. Storage
 * failures reject with `storage`; chunks committed before a storage failure stay.
 *
 * Feeds: every imported activity is written into the feed of each person connected to or following its actor
 * (relations of this import, plus those already stored when the database was not empty). Imported connections
 * do not create `connected` activities; include them in `activities` if wanted.
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
    const { relationRows, requestRows, activities } = await checkAgainstStored(
      db,
      importedRelations,
      importedRequests,
      given,
      activityInputs,
    );

    const summary: ImportSummary = { people: 0, relations: 0, requests: 0, activities: 0, feedRows: 0 };
    await runTx(db, [META], 'readwrite', (tx) => markImportStarted(tx, now));
    /** Writes `items` of `phase` a chunk per transaction, counting and reporting each committed chunk. */
    const writePhase = async <T>(
      phase: ImportPhase,
      items: readonly T[],
      stores: StoreName[],
      write: (tx: Transaction, chunk: T[]) => Promise<void>,
    ) => {
      for (let i = 0; i < items.length; i += chunkSize) {
        const chunk = items.slice(i, i + chunkSize);
        await runTx(db, stores, 'readwrite', (tx) => write(tx, chunk));
        summary[phase] += chunk.length;
        options.onProgress?.({ phase, done: summary[phase], total: items.length });
      }
    };

    await writePhase('people', people, [PEOPLE], async (tx, chunk) => {
      const store = tx.objectStore(PEOPLE);
      await Promise.all(
        chunk.map((person) => {
          const sortKey = sortKeyOf(person);
          return store.put({ id: person.id, person, sortKey, searchKeys: searchKeysOf(person, sortKey), emailKeys: emailKeysOf(person) });
        }),
      );
    });

    // Whether relations stored before this import must be read to find each activity's audience.
    const hadRelations = (await runTx(db, [RELATIONS], 'readonly', (tx) => tx.objectStore(RELATIONS).getAllKeys(undefined, 1))).length > 0;
    await writePhase('relations', relationRows, [RELATIONS], async (tx, chunk) => {
      const store = tx.objectStore(RELATIONS);
      await Promise.all(chunk.map((row) => store.put(row)));
    });
    await writePhase('requests', requestRows, [REQUESTS], async (tx, chunk) => {
      const store = tx.objectStore(REQUESTS);
      await Promise.all(chunk.map((row) => store.put(row)));
    });

    const audiences = audienceMap(relationRows);
    await writePhase('activities', activities, [RELATIONS, ACTIVITIES, FEED], async (tx, chunk) => {
      const writes: Promise<unknown>[] = [];
      const stored = hadRelations ? new Map<string, Map<string, FeedVia>>() : audiences;
      if (hadRelations) {
        const actors = [...new Set(chunk.map((a) => a.actorId))];
        const found = await Promise.all(actors.map((actor) => audienceOf(tx, actor)));
        actors.forEach((actor, i) => stored.set(actor, found[i]!));
      }
      const activityStore = tx.objectStore(ACTIVITIES);
      const feed = tx.objectStore(FEED);
      for (const activity of chunk) {
        writes.push(activityStore.put(activityRow(activity)));
        for (const [owner, via] of stored.get(activity.actorId) ?? []) writes.push(feed.put(feedRow(owner, activity, via)));
      }
      await Promise.all(writes);
      // Counted before the commit: a chunk that fails to commit fails the import, and no summary is returned.
      summary.feedRows += writes.length - chunk.length;
    });

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
      () =>
        reject(
          storageError('The contacts database could not be deleted because another tab keeps it open. Close the other tabs and try again.'),
        ),
      options.timeoutMs ?? 10_000,
    );
  });
  try {
    await Promise.race([deleteDB(databaseName), timeout]);
    forgetStored(databaseName);
  } catch (error) {
    throw isContactsError(error) ? error : storageError('The contacts database could not be deleted.', error);
  } finally {
    clearTimeout(timer);
  }
}

/** Who sees each actor's activities, from the imported relation rows. */
function audienceMap(rows: RelationRecord[]): Map<string, Map<string, FeedVia>> {
  const map = new Map<string, Map<string, FeedVia>>();
  for (const row of rows) {
    // A connection row from A to B and a follow from B to A both put B in A's audience.
    const [actor, viewer] = row.type === 'connection' ? [row.fromId, row.toId] : row.type === 'follow' ? [row.toId, row.fromId] : [];
    if (!actor || !viewer) continue;
    let audience = map.get(actor);
    if (!audience) map.set(actor, (audience = new Map()));
    const via = audience.get(viewer) ?? { connection: 0, follow: 0 };
    audience.set(viewer, row.type === 'connection' ? { ...via, connection: 1 } : { ...via, follow: 1 });
  }
  return map;
}
