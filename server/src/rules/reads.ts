/**
 * The contract's reads, each one or two indexed queries inside a read transaction. Paging is keyset paging
 * (the cursor names the last row shown), with the IndexedDB adapter's cursors, orders and limits.
 */
import type { Queryable } from '../db/types.js';
import {
  type Activity,
  decodeTimeCursor,
  encodeTimeCursor,
  type FeedEntry,
  type FeedTab,
  type Page,
  type Person,
  refuseAboutSelf,
  type Relationship,
  type RelationshipCounts,
  relationshipOf,
  type RequestEntry,
} from '../shared.js';
import { feedPageSql } from './feed-tabs.js';
import { pairState, requestOf, requirePerson, requireVisible } from './graph.js';

export async function getRelationship(tx: Queryable, viewerId: string, personId: string, now: number): Promise<Relationship> {
  refuseAboutSelf(viewerId, personId, 'relationship');
  await requireVisible(tx, viewerId, personId);
  return relationshipOf(await pairState(tx, viewerId, personId, now));
}

export async function getCounts(tx: Queryable, v: string, now: number): Promise<RelationshipCounts> {
  await requirePerson(tx, v, true);
  const [row] = await tx.query<Record<keyof RelationshipCounts, number>>(
    `SELECT
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'connection')::int AS connections,
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'follow')::int AS following,
       (SELECT count(*) FROM relations WHERE to_id = $1 AND type = 'follow')::int AS followers,
       (SELECT count(*) FROM requests WHERE to_id = $1 AND status = 'pending')::int AS incoming,
       (SELECT count(*) FROM requests WHERE from_id = $1 AND status = 'pending')::int AS outgoing,
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'block')::int AS blocked,
       (SELECT count(*) FROM mutes WHERE owner_id = $1 AND (until IS NULL OR until > $2))::int AS muted`,
    [v, now],
  );
  return row!;
}

/** The people both are connected with: the count, and the first `limit` in name order. */
export async function getMutualConnections(
  tx: Queryable,
  v: string,
  personId: string,
  limit: number,
): Promise<{ count: number; people: Person[] }> {
  refuseAboutSelf(v, personId, 'mutual');
  await requireVisible(tx, v, personId);
  const rows = await tx.query<{ data: Person }>(
    `SELECT p.data FROM relations a
       JOIN relations b ON b.to_id = a.to_id AND b.from_id = $2 AND b.type = 'connection'
       JOIN people p ON p.id = a.to_id
     WHERE a.from_id = $1 AND a.type = 'connection'
     ORDER BY p.sort_key, p.id`,
    [v, personId],
  );
  return { count: rows.length, people: rows.slice(0, limit).map((r) => r.data) };
}

/** Pending requests received (`incoming`) or sent (`outgoing`), newest first, ties by id. */
export async function listRequests(
  tx: Queryable,
  v: string,
  direction: 'incoming' | 'outgoing',
  input: { cursor?: string | null | undefined; limit: number },
): Promise<Page<RequestEntry>> {
  const after = decodeTimeCursor('requests', input.cursor);
  const [mine, other] = direction === 'incoming' ? ['to_id', 'from_id'] : ['from_id', 'to_id'];
  const params: unknown[] = [v, input.limit + 1];
  let position = '';
  if (after) {
    params.push(after.createdAt, after.id);
    position = 'AND (r.created_at < $3 OR (r.created_at = $3 AND r.id > $4))';
  }
  const rows = await tx.query(
    `SELECT r.id, r.from_id, r.to_id, r.status, r.created_at, r.responded_at, r.note, p.data AS person FROM requests r
       JOIN people p ON p.id = r.${other}
      WHERE r.${mine} = $1 AND r.status = 'pending' ${position}
      ORDER BY r.created_at DESC, r.id LIMIT $2`,
    params,
  );
  const page = rows.slice(0, input.limit).map((row) => ({ request: requestOf(row), person: row.person as Person }));
  const last = page[page.length - 1];
  return { items: page, next: rows.length > input.limit && last ? encodeTimeCursor('requests', last.request) : null };
}

/**
 * The viewer's feed or one of its tabs (feed-tabs.ts), or with `actorId` that person's activities; never anyone in
 * a block with the viewer.
 */
export async function getFeed(
  tx: Queryable,
  v: string,
  input: { actorId?: string | undefined; tab?: FeedTab | undefined; cursor?: string | null | undefined; limit: number; now: number },
): Promise<Page<FeedEntry>> {
  const after = decodeTimeCursor('feed', input.cursor);
  // $3 is the actor's id or the clock's time (which the viewer's mutes are judged by).
  const params: unknown[] = [v, input.limit + 1];
  if (input.actorId !== undefined) {
    await requireVisible(tx, v, input.actorId);
    params.push(input.actorId);
  } else params.push(input.now);
  if (after) params.push(after.createdAt, after.id);
  const sql = feedPageSql(input.actorId !== undefined ? { actor: '$3' } : { tab: input.tab, now: '$3' }, after ? params.length - 1 : null);
  // Each activity with its actor, in one round trip.
  const rows = await tx.query<{ data: Activity; actor: Person | null }>(
    `SELECT page.data, actor.data AS actor FROM (${sql}) AS page LEFT JOIN people actor ON actor.id = page.data->>'actorId'
      ORDER BY page.created_at DESC, page.id`,
    params,
  );
  const page = rows.slice(0, input.limit);
  const items: FeedEntry[] = [];
  for (const { data: activity, actor } of page) if (actor) items.push({ activity, actor });
  const last = page[page.length - 1]?.data;
  return { items, next: rows.length > input.limit && last ? encodeTimeCursor('feed', { createdAt: last.createdAt, id: last.id }) : null };
}
