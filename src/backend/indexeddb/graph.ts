/**
 * Reads and writes of the social graph inside a caller's transaction. Nothing here opens a transaction or
 * awaits anything but IndexedDB requests, so callers can combine these steps into one atomic change.
 */
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { muteStands, relationshipOf, type Pair, type StoredMute } from '../pair.js';
import type { ConnectionRequest, RequestStatus } from '../../model/request.js';
import { RELATION_TYPES, type RelationType } from '../vocabulary.js';
import {
  ACTIVITIES,
  FEED,
  META,
  MUTES,
  PEOPLE,
  RELATIONS,
  REQUESTS,
  type ActivityRecord,
  type PersonRecord,
  type RelationKey,
  type RelationRecord,
  type Transaction,
} from './schema.js';
import { feedRow, type FeedVia } from './feed-tabs.js';
import { noSuchPerson } from '../errors.js';

export { feedRow } from './feed-tabs.js';

/** How many of an actor's newest activities are copied into a feed when a follow or connection starts. */
export const FEED_BACKFILL = 100;

/**
 * Key range helper: every key that starts with `prefix`. -Infinity sorts below any other key part and an array
 * above any number or string; both bounds have at least two parts (single-element array keys misbehave in Safari).
 */
export function startsWith(prefix: readonly unknown[]): IDBKeyRange {
  return IDBKeyRange.bound([...prefix, -Infinity], [...prefix, []]);
}

/** The stored person, or undefined. */
export function getPersonRecord(tx: Transaction, id: string): Promise<PersonRecord | undefined> {
  return tx.objectStore(PEOPLE).get(id);
}

/** The person, or a `not-found` error (`you` words the message for the viewer). */
export async function requirePerson(tx: Transaction, id: string, you = false): Promise<Person> {
  const record = await getPersonRecord(tx, id);
  if (!record) {
    throw noSuchPerson(id, you);
  }
  return record.person;
}

/** Reads the pair state between `a` and `b` (point reads, issued together); `a`'s mute of `b` if it stands at `now`. */
export async function readPair(tx: Transaction, a: string, b: string, now: number): Promise<Pair> {
  const relations = tx.objectStore(RELATIONS);
  const types = RELATION_TYPES;
  const pair = tx.objectStore(REQUESTS).index('pair');
  const [outRows, inRows, sent, received, mute] = await Promise.all([
    Promise.all(types.map((t) => relations.getKey([a, t, b]))),
    Promise.all(types.map((t) => relations.getKey([b, t, a]))),
    pair.get([a, b, 'pending']),
    pair.get([b, a, 'pending']),
    tx.objectStore(MUTES).get([a, b]),
  ]);
  return {
    out: new Set(types.filter((_, i) => outRows[i] !== undefined)),
    in: new Set(types.filter((_, i) => inRows[i] !== undefined)),
    sent,
    received,
    mute: muteStands(mute, now) ? { until: mute.until } : undefined,
  };
}

/** The people `id` is connected with: one key range of relation keys, no records. */
export async function connectionsOf(tx: Transaction, id: string): Promise<string[]> {
  return (await tx.objectStore(RELATIONS).getAllKeys(startsWith([id, 'connection']))).map((key) => key[2]);
}

/** The people `ownerId` mutes at `now`. */
export async function readMuted(tx: Transaction, ownerId: string, now: number): Promise<Set<string>> {
  const rows = await tx.objectStore(MUTES).getAll(startsWith([ownerId]));
  return new Set(rows.filter((row) => muteStands(row, now)).map((row) => row.personId));
}

/** Stores (or replaces) `ownerId`'s mute of `personId`. */
export function putMute(tx: Transaction, ownerId: string, personId: string, until: number | null, createdAt: number): Promise<unknown> {
  return tx.objectStore(MUTES).put({ ownerId, personId, until, createdAt });
}

/**
 * Everything one viewer relates to: their relation rows both ways and pending requests, read in a handful of
 * key-range reads (per-viewer sets are small). Search reads it to fill each row's relationship.
 */
export interface ViewerRelations {
  /** Relation types from the viewer, by person. */
  out: Map<string, Set<RelationType>>;
  /** Relation types towards the viewer, by person. */
  in: Map<string, Set<RelationType>>;
  /** Pending requests the viewer sent, by recipient. */
  sent: Map<string, ConnectionRequest>;
  /** Pending requests the viewer received, by sender. */
  received: Map<string, ConnectionRequest>;
  /** Everyone in a block with the viewer, either direction. */
  blocks: Set<string>;
  /** The viewer's stored mutes, by person, expired ones included (judged when a relationship is made). */
  mutes: Map<string, StoredMute>;
}

/** Reads everything the viewer relates to. */
export async function readViewerRelations(tx: Transaction, viewerId: string): Promise<ViewerRelations> {
  const relations = tx.objectStore(RELATIONS);
  const requests = tx.objectStore(REQUESTS);
  // Relation keys are [fromId, type, toId] (the index's primary keys too): everything needed, no records read.
  const [outKeys, inKeys, sentRows, receivedRows, muteRows] = await Promise.all([
    relations.getAllKeys(startsWith([viewerId])),
    relations.index('byTarget').getAllKeys(startsWith([viewerId])),
    requests.index('outbox').getAll(startsWith([viewerId, 'pending'])),
    requests.index('inbox').getAll(startsWith([viewerId, 'pending'])),
    tx.objectStore(MUTES).getAll(startsWith([viewerId])),
  ]);
  const group = (keys: RelationKey[], other: 0 | 2) => {
    const map = new Map<string, Set<RelationType>>();
    for (const key of keys) {
      const id = key[other];
      let set = map.get(id);
      if (!set) map.set(id, (set = new Set()));
      set.add(key[1]);
    }
    return map;
  };
  return {
    out: group(outKeys, 2),
    in: group(inKeys, 0),
    blocks: new Set([
      ...outKeys.filter((k) => k[1] === 'block').map((k) => k[2]),
      ...inKeys.filter((k) => k[1] === 'block').map((k) => k[0]),
    ]),
    sent: new Map(sentRows.map((r) => [r.toId, r])),
    received: new Map(receivedRows.map((r) => [r.fromId, r])),
    mutes: new Map(muteRows.map((r) => [r.personId, { until: r.until }])),
  };
}

const EMPTY = new Set<RelationType>();

/** The viewer's relationship with `personId` at `now`, from what the viewer relates to. */
export function relationshipAmong(relations: ViewerRelations, personId: string, now: number): Relationship {
  const mute = relations.mutes.get(personId);
  return relationshipOf({
    out: relations.out.get(personId) ?? EMPTY,
    in: relations.in.get(personId) ?? EMPTY,
    sent: relations.sent.get(personId),
    received: relations.received.get(personId),
    mute: muteStands(mute, now) ? mute : undefined,
  });
}

/** The people the viewer mutes at `now`. */
export function mutedAmong(relations: ViewerRelations, now: number): string[] {
  return [...relations.mutes].filter(([, mute]) => muteStands(mute, now)).map(([id]) => id);
}

/** People with whom the viewer has relation `type` (outgoing). */
export function outgoingOf(relations: ViewerRelations, type: RelationType): string[] {
  return [...relations.out].filter(([, types]) => types.has(type)).map(([id]) => id);
}

/** People who have relation `type` towards the viewer. */
export function incomingOf(relations: ViewerRelations, type: RelationType): string[] {
  return [...relations.in].filter(([, types]) => types.has(type)).map(([id]) => id);
}

/** Adds a directed relation row. */
export function putRelation(tx: Transaction, fromId: string, type: RelationType, toId: string, createdAt: number): Promise<unknown> {
  const row: RelationRecord = { fromId, type, toId, createdAt };
  return tx.objectStore(RELATIONS).put(row);
}

/** Removes a directed relation row (no-op when absent). */
export function deleteRelation(tx: Transaction, fromId: string, type: RelationType, toId: string): Promise<unknown> {
  return tx.objectStore(RELATIONS).delete([fromId, type, toId]);
}

/** Marks a pending request as answered. */
export function closeRequest(
  tx: Transaction,
  request: ConnectionRequest,
  status: Exclude<RequestStatus, 'pending'>,
  at: number,
): Promise<unknown> {
  const closed: ConnectionRequest = { ...request, status, respondedAt: at };
  return tx.objectStore(REQUESTS).put(closed);
}

/** The stored form of an activity. */
export function activityRow(activity: Activity): ActivityRecord {
  return { id: activity.id, actorId: activity.actorId, rank: -activity.createdAt, activity };
}

/** Everyone whose feed shows `actorId`'s activities (people connected to them or following them), and why. */
export async function audienceOf(tx: Transaction, actorId: string): Promise<Map<string, FeedVia>> {
  const relations = tx.objectStore(RELATIONS);
  const [connectionKeys, followerKeys] = await Promise.all([
    relations.getAllKeys(startsWith([actorId, 'connection'])),
    relations.index('byTarget').getAllKeys(startsWith([actorId, 'follow'])),
  ]);
  // Primary keys are [fromId, type, toId]: for my connections the other is toId, for followers fromId.
  const audience = new Map<string, FeedVia>(connectionKeys.map((k) => [k[2], { connection: 1, follow: 0 }]));
  for (const [owner] of followerKeys) audience.set(owner, { connection: audience.has(owner) ? 1 : 0, follow: 1 });
  return audience;
}

/** Stores an activity and writes it into the feed of everyone in the actor's audience. */
export async function recordActivity(tx: Transaction, activity: Activity): Promise<void> {
  const audience = await audienceOf(tx, activity.actorId);
  const feed = tx.objectStore(FEED);
  await Promise.all([
    tx.objectStore(ACTIVITIES).put(activityRow(activity)),
    ...[...audience].map(([owner, via]) => feed.put(feedRow(owner, activity, via))),
  ]);
}

/** Copies the actor's newest activities into the owner's feed (a new follow or connection). */
export async function backfillFeed(tx: Transaction, ownerId: string, actorId: string): Promise<void> {
  const rows = await tx
    .objectStore(ACTIVITIES)
    .index('byActor')
    .getAll(startsWith([actorId]), FEED_BACKFILL);
  const feed = tx.objectStore(FEED);
  await Promise.all(rows.map((row) => feed.put(feedRow(ownerId, row.activity))));
}

/** Removes every activity of `actorId` from the owner's feed. */
export async function dropFeed(tx: Transaction, ownerId: string, actorId: string): Promise<void> {
  const feed = tx.objectStore(FEED);
  const keys = await feed.index('byActor').getAllKeys([ownerId, actorId]);
  await Promise.all(keys.map((key) => feed.delete(key)));
}

/** Bumps the relationship version, so readers caching a profile know to read it again. */
export async function bumpRelVersion(tx: Transaction): Promise<void> {
  const meta = tx.objectStore(META);
  const current = (await meta.get('relVersion')) ?? 0;
  await meta.put(current + 1, 'relVersion');
}

/** The current relationship version (0 for a new database). */
export async function readRelVersion(tx: Transaction): Promise<number> {
  return (await tx.objectStore(META).get('relVersion')) ?? 0;
}
