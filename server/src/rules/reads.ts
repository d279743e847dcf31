/**
 * The contract's reads, each one or two indexed queries inside a read transaction. Paging is keyset paging
 * (the cursor names the last row shown), with the IndexedDB adapter's cursors, orders and limits.
 */
import type { Queryable } from '../db/types.js';
import {
  ContactsError,
  decodePeopleCursor,
  decodeTimeCursor,
  encodePeopleCursor,
  encodeTimeCursor,
  queryWords,
  type Activity,
  type FeedEntry,
  type Page,
  type PeopleFilter,
  type Person,
  type PersonEntry,
  type Relationship,
  type RelationshipCounts,
  type RequestEntry,
} from '../shared.js';
import { pairState, pairStates, relationshipOf, requestOf, requirePerson, sortKeyBytes, sortKeyText } from './graph.js';

/** Everything above every string with the same prefix, in code-point order (COLLATE "C"). */
const TOP = '\u{10FFFF}';

const FILTER_SQL: Record<PeopleFilter, string> = {
  all: `p.id <> $1 AND NOT EXISTS (SELECT 1 FROM relations b WHERE b.type = 'block'
          AND ((b.from_id = $1 AND b.to_id = p.id) OR (b.from_id = p.id AND b.to_id = $1)))`,
  connections: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'connection')`,
  following: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'follow')`,
  followers: `p.id IN (SELECT from_id FROM relations WHERE to_id = $1 AND type = 'follow')`,
  blocked: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'block')`,
  incoming: `p.id IN (SELECT from_id FROM requests WHERE to_id = $1 AND status = 'pending')`,
  outgoing: `p.id IN (SELECT to_id FROM requests WHERE from_id = $1 AND status = 'pending')`,
};

export async function getRelationship(tx: Queryable, viewerId: string, personId: string): Promise<Relationship> {
  if (personId === viewerId) throw new ContactsError('self', 'You have no relationship with yourself.');
  await requirePerson(tx, personId);
  return relationshipOf(await pairState(tx, viewerId, personId));
}

export async function getCounts(tx: Queryable, v: string): Promise<RelationshipCounts> {
  await requirePerson(tx, v, true);
  const [row] = await tx.query<Record<keyof RelationshipCounts, number>>(
    `SELECT
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'connection')::int AS connections,
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'follow')::int AS following,
       (SELECT count(*) FROM relations WHERE to_id = $1 AND type = 'follow')::int AS followers,
       (SELECT count(*) FROM requests WHERE to_id = $1 AND status = 'pending')::int AS incoming,
       (SELECT count(*) FROM requests WHERE from_id = $1 AND status = 'pending')::int AS outgoing,
       (SELECT count(*) FROM relations WHERE from_id = $1 AND type = 'block')::int AS blocked`,
    [v],
  );
  return row!;
}

export interface SearchInput {
  query?: string | undefined;
  filter: PeopleFilter;
  cursor?: string | null | undefined;
  limit: number;
}

/** People in the filter whose name has a token starting with every query word, in name order. */
export async function searchPeople(tx: Queryable, v: string, input: SearchInput): Promise<Page<PersonEntry>> {
  const after = decodePeopleCursor(input.cursor);
  const params: unknown[] = [v];
  const where = [FILTER_SQL[input.filter]];
  for (const word of queryWords(input.query)) {
    params.push(word, word + TOP);
    where.push(
      `EXISTS (SELECT 1 FROM name_tokens t WHERE t.person_id = p.id AND t.token >= $${params.length - 1} AND t.token < $${params.length})`,
    );
  }
  if (after) {
    params.push(sortKeyBytes(after.sortKey), after.id);
    where.push(`(p.sort_key, p.id) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(input.limit + 1);
  const rows = await tx.query<{ id: string; data: Person; sort_key: Uint8Array }>(
    `SELECT p.id, p.data, p.sort_key FROM people p WHERE ${where.join(' AND ')} ORDER BY p.sort_key, p.id LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, input.limit);
  const states = await pairStates(
    tx,
    v,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ person: r.data, relationship: relationshipOf(states.get(r.id)!) })),
    next: rows.length > input.limit && last ? encodePeopleCursor({ sortKey: sortKeyText(last.sort_key), id: last.id }) : null,
  };
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
    `SELECT r.id, r.from_id, r.to_id, r.status, r.created_at, r.responded_at, p.data AS person FROM requests r
       JOIN people p ON p.id = r.${other}
      WHERE r.${mine} = $1 AND r.status = 'pending' ${position}
      ORDER BY r.created_at DESC, r.id LIMIT $2`,
    params,
  );
  const page = rows.slice(0, input.limit).map((row) => ({ request: requestOf(row), person: row.person as Person }));
  const last = page[page.length - 1];
  return { items: page, next: rows.length > input.limit && last ? encodeTimeCursor('requests', last.request) : null };
}

/** The viewer's feed, or with `actorId` that person's activities; never anyone in a block with the viewer. */
export async function getFeed(
  tx: Queryable,
  v: string,
  input: { actorId?: string | undefined; cursor?: string | null | undefined; limit: number },
): Promise<Page<FeedEntry>> {
  const after = decodeTimeCursor('feed', input.cursor);
  const blocks = `SELECT to_id FROM relations WHERE from_id = $1 AND type = 'block' UNION ALL SELECT from_id FROM relations WHERE to_id = $1 AND type = 'block'`;
  const params: unknown[] = [v, input.limit + 1];
  let rows: { data: Activity }[];
  if (input.actorId !== undefined) {
    await requirePerson(tx, input.actorId, input.actorId === v);
    params.push(input.actorId);
    let position = '';
    if (after) {
      params.push(after.createdAt, after.id);
      position = 'AND (created_at < $4 OR (created_at = $4 AND id > $5))';
    }
    rows = await tx.query(
      `SELECT data FROM activities WHERE actor_id = $3 AND $3 NOT IN (${blocks}) ${position} ORDER BY created_at DESC, id LIMIT $2`,
      params,
    );
  } else {
    let position = '';
    if (after) {
      params.push(after.createdAt, after.id);
      position = 'AND (created_at < $3 OR (created_at = $3 AND activity_id > $4))';
    }
    rows = await tx.query(
      `SELECT data FROM feed WHERE owner_id = $1 AND actor_id NOT IN (${blocks}) ${position} ORDER BY created_at DESC, activity_id LIMIT $2`,
      params,
    );
  }
  const page = rows.slice(0, input.limit).map((r) => r.data);
  const actors = await peopleByIds(tx, [...new Set(page.map((a) => a.actorId))]);
  const items: FeedEntry[] = [];
  for (const activity of page) {
    const actor = actors.get(activity.actorId);
    if (actor) items.push({ activity, actor });
  }
  const last = page[page.length - 1];
  return { items, next: rows.length > input.limit && last ? encodeTimeCursor('feed', { createdAt: last.createdAt, id: last.id }) : null };
}

async function peopleByIds(tx: Queryable, ids: string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; data: Person }>(
    'SELECT id, data FROM people WHERE id IN (SELECT jsonb_array_elements_text(($1::text)::jsonb))',
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.data]));
}
