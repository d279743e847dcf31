/**
 * The two newest-first lists inside a caller's transaction, `getFeed` and `listRequests`: paged by a
 * `(createdAt, id)` position ({@link TimePosition}), ties by id.
 */
import type { FeedEntry, FeedTab, Page, RequestDirection, RequestEntry } from '../backend.js';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import { encodeTimeCursor, newestFirst, SCAN_BATCH, type TimePosition } from '../cursor.js';
import { getPersonRecord, readMuted, requirePerson, startsWith } from './graph.js';
import { tabReader } from './feed-tabs.js';
import { muteStands } from '../pair.js';
import { MUTES, RELATIONS, REQUESTS, type Transaction } from './schema.js';

/** A checked feed read: whose activities (the viewer's network, or a tab of it, without `actorId`), from where, how many. */
interface FeedQuery {
  actorId: string | undefined;
  tab: FeedTab | undefined;
  after: TimePosition | null;
  limit: number;
  /** The clock's time, which mutes are judged by. */
  now: number;
}

/** How much larger than the page the feed's first read is (see readFeedPage). */
const MUTED_MARGIN = 1.25;

/**
 * The size of the next read of a feed still `missing` rows to show, when a `shown` share of those read so far were
 * shown: enough for the missing ones at that share, with the same margin; {@link SCAN_BATCH} once nearly none are.
 */
function nextBatch(missing: number, shown: number): number {
  return shown > 0 ? Math.min(SCAN_BATCH, Math.ceil((missing / shown) * MUTED_MARGIN)) : SCAN_BATCH;
}

/**
 * One page of the viewer's feed (or a tab of it), or with `actorId` of that person's activities. Never an activity
 * of someone in a block with the viewer. Reads the `feed` store (the viewer's inbox), its tab indexes or the
 * `activities` store's `byActor` (feed-tabs.ts).
 */
export async function readFeedPage(tx: Transaction, viewerId: string, query: FeedQuery): Promise<Page<FeedEntry>> {
  const { actorId, after, limit } = query;
  const relations = tx.objectStore(RELATIONS);
  const read = tabReader(tx, viewerId, query.tab, actorId);
  // The viewer's feed never shows a muted person, nor a connection announced with one; their own page does.
  const withMutes = actorId === undefined;
  // The viewer's own activities: nobody to hide but the people some of them name, checked when read.
  const ownOnly = actorId === viewerId || (actorId === undefined && query.tab === 'me');
  // Otherwise blocks, the actor and the first batch are read together: one round trip for a typical page. The
  // viewer's feed reads a quarter more than the page, so one read still fills it when some people in it are muted.
  let batch = actorId === undefined ? Math.ceil((limit + 1) * MUTED_MARGIN) : limit + 1;
  const [blockingKeys, blockedByKeys, actor, first, muted] = await Promise.all([
    ownOnly ? [] : relations.getAllKeys(startsWith([viewerId, 'block'])),
    ownOnly ? [] : relations.index('byTarget').getAllKeys(startsWith([viewerId, 'block'])),
    actorId !== undefined ? requirePerson(tx, actorId, actorId === viewerId) : null,
    read(after, batch),
    withMutes && !ownOnly ? readMuted(tx, viewerId, query.now) : new Set<string>(),
  ]);
  const blocked = new Set([...blockingKeys.map((k) => k[2]), ...blockedByKeys.map((k) => k[0])]);
  const hidden = new Set([...blocked, ...muted]);
  if (actorId !== undefined && blocked.has(actorId)) return { items: [], next: null };
  const checked = new Set<string>();
  const hideNamed = async (rows: Activity[]): Promise<void> => {
    if (!ownOnly) return;
    const named = [...new Set(rows.flatMap((a) => (a.targetId === undefined || checked.has(a.targetId) ? [] : [a.targetId])))];
    named.forEach((id) => checked.add(id));
    for (const id of await hiddenAmong(tx, viewerId, named, withMutes ? query.now : null)) hidden.add(id);
  };
  const activities: Activity[] = [];
  let more = false;
  let rows = first;
  let scanned = 0;
  for (;;) {
    scanned += rows.length;
    await hideNamed(rows);
    // Feed rows of blocked people are removed when the block is made; this filter is a second guard. A connection
    // with someone in a block with the viewer is not announced to them either.
    for (const activity of rows) {
      if (!hidden.has(activity.actorId) && !(activity.targetId !== undefined && hidden.has(activity.targetId))) activities.push(activity);
    }
    if (activities.length > limit) {
      more = true;
      break;
    }
    const tail = rows[rows.length - 1];
    if (rows.length < batch || !tail) break;
    batch = nextBatch(limit + 1 - activities.length, activities.length / scanned);
    rows = await read({ createdAt: tail.createdAt, id: tail.id }, batch);
  }
  const page = activities.slice(0, limit);
  const actors = new Map<string, Person>(actor ? [[actor.id, actor]] : []);
  const actorIds = [...new Set(page.map((a) => a.actorId))].filter((id) => !actors.has(id));
  (await Promise.all(actorIds.map((id) => getPersonRecord(tx, id)))).forEach((r) => r && actors.set(r.id, r.person));
  const items: FeedEntry[] = [];
  for (const activity of page) {
    const actor = actors.get(activity.actorId);
    if (actor) items.push({ activity, actor });
  }
  const last = page[page.length - 1];
  return { items, next: more && last ? encodeTimeCursor('feed', { createdAt: last.createdAt, id: last.id }) : null };
}

/** Those of `ids` in a block with the viewer, either way, or (given `now`) muted by them: point reads, no range. */
async function hiddenAmong(tx: Transaction, viewerId: string, ids: string[], now: number | null): Promise<string[]> {
  const relations = tx.objectStore(RELATIONS);
  const mutes = tx.objectStore(MUTES);
  const hides = await Promise.all(
    ids.map(async (id) => {
      const [blocking, blockedBy, mute] = await Promise.all([
        relations.getKey([viewerId, 'block', id]),
        relations.getKey([id, 'block', viewerId]),
        now === null ? undefined : mutes.get([viewerId, id]),
      ]);
      return blocking !== undefined || blockedBy !== undefined || (now !== null && muteStands(mute, now));
    }),
  );
  return ids.filter((_, i) => hides[i]);
}

/** One page of the viewer's pending requests received (`incoming`) or sent (`outgoing`), with the other party. */
export async function readRequestPage(
  tx: Transaction,
  viewerId: string,
  direction: RequestDirection,
  after: TimePosition | null,
  limit: number,
): Promise<Page<RequestEntry>> {
  const index = tx.objectStore(REQUESTS).index(direction === 'incoming' ? 'inbox' : 'outbox');
  const all = (await index.getAll(startsWith([viewerId, 'pending'])))
    .map((request) => ({ request, createdAt: request.createdAt, id: request.id }))
    .sort(newestFirst)
    .filter((r) => !after || newestFirst(r, after) > 0);
  const page = all.slice(0, limit);
  const people = await Promise.all(page.map((r) => getPersonRecord(tx, direction === 'incoming' ? r.request.fromId : r.request.toId)));
  const items: RequestEntry[] = [];
  page.forEach((r, i) => {
    const person = people[i];
    if (person) items.push({ request: r.request, person: person.person });
  });
  const last = page[page.length - 1];
  return { items, next: all.length > limit && last ? encodeTimeCursor('requests', last) : null };
}
