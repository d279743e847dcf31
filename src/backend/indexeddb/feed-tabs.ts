/**
 * The feed's tabs in IndexedDB. Each feed row carries why its owner sees it (`connection`, `follow`: 0/1, never
 * booleans, which indexes skip), and the indexes `byConnection` `[ownerId, connection, rank, activityId]` and
 * `byFollow` `[ownerId, follow, rank, activityId]` (schema v4) serve the Connections and Following tabs as one key
 * range each. `all` merges the owner's feed range with their own activities (`activities.byActor`): two bounded
 * reads, never a scan.
 */
import type { Activity } from '../../model/activity.js';
import type { FeedTab } from '../vocabulary.js';
import { newestFirst, type TimePosition } from '../cursor.js';
import { ACTIVITIES, FEED, RELATIONS, type FeedRecord, type Transaction } from './schema.js';

/** Why an owner sees an actor's activities: connected to them, following them (1), or not (0). */
export interface FeedVia {
  connection: 0 | 1;
  follow: 0 | 1;
}

/** Seen by neither relation: the state of a row until {@link syncFeedVia} sets it. */
export const NO_VIA: FeedVia = { connection: 0, follow: 0 };

/** The owner's relations to the actor that put the actor's activities in the owner's feed. */
export async function viaOf(tx: Transaction, ownerId: string, actorId: string): Promise<FeedVia> {
  const relations = tx.objectStore(RELATIONS);
  const [connection, follow] = await Promise.all([
    relations.getKey([ownerId, 'connection', actorId]),
    relations.getKey([ownerId, 'follow', actorId]),
  ]);
  return { connection: connection ? 1 : 0, follow: follow ? 1 : 0 };
}

/**
 * Sets the `connection`/`follow` marks of every row of `actorId` in the owner's feed to the relations that stand
 * now. Run after every relationship change, in its transaction, so the tab indexes follow connect, disconnect,
 * follow and unfollow (rows of a person the owner no longer sees at all were dropped by the change itself).
 */
export async function syncFeedVia(tx: Transaction, ownerId: string, actorId: string): Promise<void> {
  const feed = tx.objectStore(FEED);
  const [via, rows] = await Promise.all([viaOf(tx, ownerId, actorId), feed.index('byActor').getAll([ownerId, actorId])]);
  await Promise.all(
    rows.filter((row) => row.connection !== via.connection || row.follow !== via.follow).map((row) => feed.put({ ...row, ...via })),
  );
}

/** Schema v4: marks every stored feed row from the relations that stand. */
export async function markFeedRows(tx: Transaction): Promise<void> {
  let cursor = await tx.objectStore(FEED).openCursor();
  while (cursor) {
    const row = cursor.value;
    // Awaiting only IndexedDB requests keeps the upgrade transaction alive.
    await cursor.update({ ...row, ...(await viaOf(tx, row.ownerId, row.actorId)) });
    cursor = await cursor.continue();
  }
}

/** Reads up to `count` activities of a tab strictly after `after` (or from the newest), newest first. */
export type TabReader = (after: TimePosition | null, count: number) => Promise<Activity[]>;

/** The reader of one feed: the viewer's tab, or (`actorId`) one person's activities. */
export function tabReader(tx: Transaction, viewerId: string, tab: FeedTab | undefined, actorId: string | undefined): TabReader {
  const feed = tx.objectStore(FEED);
  const activities = tx.objectStore(ACTIVITIES).index('byActor');
  // Every order is [owner-or-actor, (mark,) -createdAt, id]: newest first, ties by id.
  const range = (prefix: unknown[], after: TimePosition | null): IDBKeyRange =>
    IDBKeyRange.bound(after ? [...prefix, -after.createdAt, after.id] : [...prefix, -Infinity], [...prefix, []], after !== null, false);
  const values = async (rows: Promise<{ activity: Activity }[]>): Promise<Activity[]> => (await rows).map((row) => row.activity);
  const own =
    (id: string): TabReader =>
    (after, count) =>
      values(activities.getAll(range([id], after), count));
  if (actorId !== undefined) return own(actorId);
  const network: TabReader = (after, count) => values(feed.getAll(range([viewerId], after), count));
  switch (tab) {
    case undefined:
      return network;
    case 'connections':
      return (after, count) => values(feed.index('byConnection').getAll(range([viewerId, 1], after), count));
    case 'following':
      return (after, count) => values(feed.index('byFollow').getAll(range([viewerId, 1], after), count));
    case 'me':
      return own(viewerId);
    case 'all':
      return async (after, count) => {
        const [theirs, mine] = await Promise.all([network(after, count), own(viewerId)(after, count)]);
        return [...theirs, ...mine].sort(newestFirst).slice(0, count);
      };
  }
}

/** The feed row for an activity in one owner's feed, marked with why the owner sees it. */
export function feedRow(ownerId: string, activity: Activity, via: FeedVia = NO_VIA): FeedRecord {
  return { ownerId, rank: -activity.createdAt, activityId: activity.id, actorId: activity.actorId, activity, ...via };
}
