/**
 * The database layout and its migrations. Every schema change is a new step in `MIGRATIONS`; opening a
 * database runs the steps between its version and `DB_VERSION` inside the upgrade transaction.
 *
 * Layout (compound keys always have at least two parts; no indexed field is ever a boolean or null):
 * - `people`     key `id`; value {@link PersonRecord}. Index `bySort` on `[sortKey, id]` lists everyone in
 *                name order with exact keyset paging; multiEntry index `search` (v2) on `searchKeys`, one entry
 *                per indexed word prefix of the name (and since v4 of emails, organisation and job title) (`prefix \0 sortKey \0 id`), so a prefix range is already in name order.
 *                `sortKey` is a collation key (v3; collation.ts) whose code-unit order is `Intl.Collator` order.
 * - `relations`  key `[fromId, type, toId]`; "my connections / following / blocks" is one key range. Index
 *                `byTarget` on `[toId, type, fromId]` gives followers and who blocks me. A connection is two
 *                mirrored rows written in one transaction.
 * - `requests`   key `id`; indexes `inbox` `[toId, status, createdAt, id]`, `outbox` `[fromId, status,
 *                createdAt, id]`, `pair` `[fromId, toId, status]` (the pending request between two people).
 * - `activities` key `id`; index `byActor` on `[actorId, rank, id]` where `rank = -createdAt`, so an
 *                ascending `getAll` returns an actor's newest first.
 * - `feed`       per-viewer inbox (fan-out on write), key `[ownerId, rank, activityId]`; index `byActor` on
 *                `[ownerId, actorId]` to drop one actor's rows on unfollow, disconnect or block. Each row is marked
 *                `connection`/`follow` (0/1, v5) with indexes `byConnection` and `byFollow` on `[ownerId, mark,
 *                rank, activityId]`, one key range per feed tab (feed-tabs.ts).
 * - `people` (v4) index `byOwner` on `ownerId`: the personal contacts of each viewer (members have no owner, so
 *                the index holds contacts only).
 * - `mutes` (v7) key `[ownerId, personId]`; value {@link MuteRecord}: "whom do I mute" is one key range, read in
 *                full (per-viewer sets are small) and judged against the clock when read, so an expired mute needs no
 *                timer. Nothing is indexed by the muted person: nobody can ask who mutes them.
 * - `notes` (v7) key `[ownerId, personId]`; value {@link NoteRecord}, a viewer's private note about one person.
 * - `contactImports` (v8) key `id`; value {@link ContactImportRecord}, an import's marker; index `byOwner` on `[ownerId,
 *                startedAt]` (a viewer's latest import is the last key of their range).
 * - `contactImportWrites` (v8) key `[importId, index]`: each write of an import's plan, with what it replaced once written.
 * - `contactLinks` (v9) key `[ownerId, contactId]`; value {@link ContactLinkRecord}, a viewer's contact tied to a member
 *                (contact-links.ts); unique index `byMember` on `[ownerId, memberId]` (a member is linked at most once).
 * - `people` (v9) multiEntry index `byEmail` on `emailKeys`, members' email addresses as matched (members only), so
 *                a contact's candidates are point reads.
 * - `meta`       out-of-line keys: `relVersion` (bumped by every relationship or request change, so readers
 *                can reuse what they read before).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import type { ContactImportStatus, StoredImportWrite } from '../contact-imports.js';
import type { ConnectionRequest, RequestStatus } from '../../model/request.js';
import type { RelationType } from '../vocabulary.js';
import { markFeedRows } from './feed-tabs.js';
import { searchKeysOf, sortKeyOf } from '../search-text.js';
import { emailKeysOf } from '../contact-links.js';

/** The schema version this code writes. */
export const DB_VERSION = 10;

/** Store names. */
export const PEOPLE = 'people';
export const RELATIONS = 'relations';
export const REQUESTS = 'requests';
export const ACTIVITIES = 'activities';
export const FEED = 'feed';
export const META = 'meta';
export const MUTES = 'mutes';
export const NOTES = 'notes';
export const CONTACT_IMPORTS = 'contactImports';
export const CONTACT_IMPORT_WRITES = 'contactImportWrites';
export const CONTACT_LINKS = 'contactLinks';

/** A stored person. The person is kept as given; the derived keys sit beside it. */
export interface PersonRecord {
  id: string;
  person: Person;
  /** Collation key of the name used for ordering (see search-text.ts `sortKeyOf`; a folded name before v3). */
  sortKey: string;
  /** Search index entries (since v2). */
  searchKeys?: string[];
  /** For a personal contact (v4): the viewer it belongs to, the only one who sees it. */
  ownerId?: string;
  /** For a member (v9): their email addresses as contact links match them (contact-links.ts `emailKeysOf`). */
  emailKeys?: string[];
}

/** A viewer's contact linked to a member (v9). */
export interface ContactLinkRecord {
  ownerId: string;
  contactId: string;
  memberId: string;
  createdAt: number;
}

/** A stored import marker (contact-imports.ts), with the viewer it belongs to. */
export interface ContactImportRecord extends ContactImportStatus {
  ownerId: string;
}

/** A stored write of an import's plan. */
export interface ContactImportWriteRecord extends StoredImportWrite {
  importId: string;
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
  /** 1 while the owner is connected to the actor (since v5). */
  connection: 0 | 1;
  /** 1 while the owner follows the actor (since v5). */
  follow: 0 | 1;
}

/** A viewer's mute of one person (v7): `until` its end in epoch milliseconds, `null` until unmuted. */
export interface MuteRecord {
  ownerId: string;
  personId: string;
  until: number | null;
  createdAt: number;
}

/** A viewer's private note about one person (v7). */
export interface NoteRecord {
  ownerId: string;
  personId: string;
  text: string;
  updatedAt: number;
}

/** A relation row's key: `[fromId, type, toId]` (and the `byTarget` index's `[toId, type, fromId]`). */
export type RelationKey = [string, RelationType, string];

/** The layout above, for idb: every store's key, value and indexes, so reads come back typed. */
export interface ContactsSchema extends DBSchema {
  [PEOPLE]: {
    key: string;
    value: PersonRecord;
    indexes: { bySort: [string, string]; search: string; byOwner: string; byEmail: string; byOwnerSort: [string, string, string] };
  };
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
  [FEED]: {
    key: [string, number, string];
    value: FeedRecord;
    indexes: { byActor: [string, string]; byConnection: [string, 0 | 1, number, string]; byFollow: [string, 0 | 1, number, string] };
  };
  [MUTES]: { key: [string, string]; value: MuteRecord };
  [NOTES]: { key: [string, string]; value: NoteRecord };
  [CONTACT_IMPORTS]: { key: string; value: ContactImportRecord; indexes: { byOwner: [string, number] } };
  [CONTACT_IMPORT_WRITES]: { key: [string, number]; value: ContactImportWriteRecord };
  [CONTACT_LINKS]: { key: [string, string]; value: ContactLinkRecord; indexes: { byMember: [string, string] } };
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

/** v4: personal contacts, people rows with an `ownerId`, listed per owner by the `byOwner` index. */
function v4(_db: Database, tx: UpgradeTransaction): void {
  tx.objectStore(PEOPLE).createIndex('byOwner', 'ownerId');
}

/** v5: the feed's Connections and Following tabs, each an index over marked feed rows (feed-tabs.ts). */
function v5(_db: Database, tx: UpgradeTransaction): Promise<void> {
  const feed = tx.objectStore(FEED);
  feed.createIndex('byConnection', ['ownerId', 'connection', 'rank', 'activityId']);
  feed.createIndex('byFollow', ['ownerId', 'follow', 'rank', 'activityId']);
  // Typed as the read-write transaction the marking step is written for; an upgrade transaction can do it all.
  return markFeedRows(tx as unknown as Transaction);
}

/**
 * v6: search looks at email addresses, organisation and job title too, not only names: recomputes the search
 * index entries of every stored person (sort keys are unchanged).
 */
async function v6(_db: Database, tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore(PEOPLE).openCursor();
  while (cursor) {
    const record = cursor.value;
    await cursor.update({ ...record, searchKeys: searchKeysOf(record.person, record.sortKey) });
    cursor = await cursor.continue();
  }
}

/** v7: mutes and private notes, each a store keyed by `[ownerId, personId]` (both start empty). */
function v7(db: Database): void {
  db.createObjectStore(MUTES, { keyPath: ['ownerId', 'personId'] });
  db.createObjectStore(NOTES, { keyPath: ['ownerId', 'personId'] });
}

/** v8: contact imports, each a marker and its plan's writes (contact-imports.ts). */
function v8(db: Database): void {
  db.createObjectStore(CONTACT_IMPORTS, { keyPath: 'id' }).createIndex('byOwner', ['ownerId', 'startedAt']);
  db.createObjectStore(CONTACT_IMPORT_WRITES, { keyPath: ['importId', 'index'] });
}

/** v9: contact links, and members found by email: the `byEmail` index, backfilled for every stored member. */
async function v9(db: Database, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore(CONTACT_LINKS, { keyPath: ['ownerId', 'contactId'] }).createIndex('byMember', ['ownerId', 'memberId'], {
    unique: true,
  });
  const people = tx.objectStore(PEOPLE);
  people.createIndex('byEmail', 'emailKeys', { multiEntry: true });
  let cursor = await people.openCursor();
  while (cursor) {
    const record = cursor.value;
    if (record.ownerId === undefined) await cursor.update({ ...record, emailKeys: emailKeysOf(record.person) });
    cursor = await cursor.continue();
  }
}

/** v10: each viewer's personal contacts in name order (members have no owner, so the index leaves them out). */
function v10(_db: Database, tx: UpgradeTransaction): void {
  tx.objectStore(PEOPLE).createIndex('byOwnerSort', ['ownerId', 'sortKey', 'id']);
}

/** Schema steps in order; `MIGRATIONS[n - 1]` upgrades version `n - 1` to `n`. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10];

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
