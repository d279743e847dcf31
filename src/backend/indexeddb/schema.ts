/**
 * The database layout and its migrations. Every schema change is a new step in `MIGRATIONS`; opening a
 * database runs the steps between its version and `DB_VERSION` inside the upgrade transaction.
 *
 * Layout (compound keys always have at least two parts; no indexed field is ever a boolean or null):
 * - `people`     key `id`; value {@link PersonRecord}. Index `bySort` on `[sortKey, id]` lists everyone in
 *                name order with exact keyset paging; multiEntry index `search` (v2) on `searchKeys`, one entry
 *                per indexed word prefix (`prefix \0 sortKey \0 id`), so a prefix range is already in name order.
 *                `sortKey` is a collation key (v3; collation.ts) whose code-unit order is `Intl.Collator` order.
 * - `relations`  key `[fromId, type, toId]`; "my connections / following / blocks" is one key range. Index
 *                `byTarget` on `[toId, type, fromId]` gives followers and who blocks me. A connection is two
 *                mirrored rows written in one transaction.
 * - `requests`   key `id`; indexes `inbox` `[toId, status, createdAt, id]`, `outbox` `[fromId, status,
 *                createdAt, id]`, `pair` `[fromId, toId, status]` (the pending request between two people).
 * - `activities` key `id`; index `byActor` on `[actorId, rank, id]` where `rank = -createdAt`, so an
 *                ascending `getAll` returns an actor's newest first.
 * - `feed`       per-viewer inbox (fan-out on write), key `[ownerId, rank, activityId]`; index `byActor` on
 *                `[ownerId, actorId]` to drop one actor's rows on unfollow, disconnect or block.
 * - `meta`       out-of-line keys: `relVersion` (bumped by every relationship or request change, so readers
 *                can reuse what they read before).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import type { ConnectionRequest, RequestStatus } from '../../model/request.js';
import type { RelationType } from '../vocabulary.js';
import { searchKeysOf, sortKeyOf } from './search-text.js';

/** The schema version this code writes. */
export const DB_VERSION = 3;

/** Store names. */
export const PEOPLE = 'people';
export const RELATIONS = 'relations';
export const REQUESTS = 'requests';
export const ACTIVITIES = 'activities';
export const FEED = 'feed';
export const META = 'meta';

/** A stored person. The person is kept as given; the derived keys sit beside it. */
export interface PersonRecord {
  id: string;
  person: Person;
  /** Collation key of the name used for ordering (see search-text.ts `sortKeyOf`; a folded name before v3). */
  sortKey: string;
  /** Search index entries (since v2). */
  searchKeys?: string[];
}

/** One directed relation row. */
export interface RelationRecord {
  fromId: string;
  type: RelationType;
  toId: string;
  createdAt: number;
}

/** A stored activity; `rank` is `-createdAt` so ascending order is newest first. */
export interface ActivityRecord {
  id: string;
  actorId: string;
  rank: number;
  activity: Activity;
}

/** A row of one viewer's feed: a copy of an activity from someone the owner follows or is connected to. */
export interface FeedRecord {
  ownerId: string;
  rank: number;
  activityId: string;
  actorId: string;
  activity: Activity;
}

/** A relation row's key: `[fromId, type, toId]` (and the `byTarget` index's `[toId, type, fromId]`). */
type RelationKey = [string, RelationType, string];

/** The layout above, for idb: every store's key, value and indexes, so reads come back typed. */
export interface ContactsSchema extends DBSchema {
  [PEOPLE]: { key: string; value: PersonRecord; indexes: { bySort: [string, string]; search: string } };
  [RELATIONS]: { key: RelationKey; value: RelationRecord; indexes: { byTarget: RelationKey } };
  [REQUESTS]: {
    key: string;
    value: ConnectionRequest;
    indexes: {
      inbox: [string, RequestStatus, number, string];
      outbox: [string, RequestStatus, number, string];
      pair: [string, string, RequestStatus];
    };
  };
  [ACTIVITIES]: { key: string; value: ActivityRecord; indexes: { byActor: [string, number, string] } };
  [FEED]: { key: [string, number, string]; value: FeedRecord; indexes: { byActor: [string, string] } };
  /** Out-of-line keys; `relVersion` holds a counter. */
  [META]: { key: string; value: number };
}

/** A store name of the schema. */
export type StoreName = StoreNames<ContactsSchema>;

/** A database opened with this schema. */
export type Database = IDBPDatabase<ContactsSchema>;
/**
 * A data transaction. Typed as read-write so write helpers type-check; `runTx` opens read-only ones for reads,
 * and a write in one of those fails at run time (and fails the call with `storage`).
 */
export type Transaction = IDBPTransaction<ContactsSchema, StoreName[], 'readwrite'>;
type UpgradeTransaction = IDBPTransaction<ContactsSchema, StoreName[], 'versionchange'>;

/** One schema step: from version `n - 1` to `n` (its index + 1). */
type Migration = (db: Database, tx: UpgradeTransaction) => Promise<void> | void;

/** v1: the stores, listing by name, relations, requests, activities and feeds. */
function v1(db: Database): void {
  const people = db.createObjectStore(PEOPLE, { keyPath: 'id' });
  people.createIndex('bySort', ['sortKey', 'id']);
  const relations = db.createObjectStore(RELATIONS, { keyPath: ['fromId', 'type', 'toId'] });
  relations.createIndex('byTarget', ['toId', 'type', 'fromId']);
  const requests = db.createObjectStore(REQUESTS, { keyPath: 'id' });
  requests.createIndex('inbox', ['toId', 'status', 'createdAt', 'id']);
  requests.createIndex('outbox', ['fromId', 'status', 'createdAt', 'id']);
  requests.createIndex('pair', ['fromId', 'toId', 'status']);
  const activities = db.createObjectStore(ACTIVITIES, { keyPath: 'id' });
  activities.createIndex('byActor', ['actorId', 'rank', 'id']);
  const feed = db.createObjectStore(FEED, { keyPath: ['ownerId', 'rank', 'activityId'] });
  feed.createIndex('byActor', ['ownerId', 'actorId']);
  db.createObjectStore(META);
}

/** v2: word-prefix search. Adds the multiEntry `search` index and backfills every stored person. */
async function v2(_db: Database, tx: UpgradeTransaction): Promise<void> {
  const people = tx.objectStore(PEOPLE);
  people.createIndex('search', 'searchKeys', { multiEntry: true });
  let cursor = await people.openCursor();
  while (cursor) {
    const record = cursor.value;
    // Awaiting only IndexedDB requests keeps the upgrade transaction alive.
    await cursor.update({ ...record, searchKeys: searchKeysOf(record.person, record.sortKey) });
    cursor = await cursor.continue();
  }
}

/**
 * v3: sort keys become collation keys (name order as `Intl.Collator` gives it: ø near o, ß as ss, punctuation
 * before letters) and names also match with punctuation left out ("obrien"). Recomputes both derived keys of
 * every stored person; the people themselves are kept as they are.
 */
async function v3(_db: Database, tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore(PEOPLE).openCursor();
  while (cursor) {
    const record = cursor.value;
    const sortKey = sortKeyOf(record.person);
    await cursor.update({ ...record, sortKey, searchKeys: searchKeysOf(record.person, sortKey) });
    cursor = await cursor.continue();
  }
}

/** Schema steps in order; `MIGRATIONS[n - 1]` upgrades version `n - 1` to `n`. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];

/**
 * Runs the migrations from `oldVersion` up to `newVersion` in the upgrade transaction. Exported so tests can
 * build a genuine older database (e.g. `openDB(name, 1, { upgrade: (db, o, n, tx) => migrate(db, tx, o, 1) })`).
 */
export async function migrate(db: Database, tx: UpgradeTransaction, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}.`);
    await step(db, tx);
  }
}
