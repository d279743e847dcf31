/**
 * Reads and writes of the social graph inside a caller's transaction (SQL only, `$n` parameters only).
 * Callers lock the people involved first (lockPeople), so two changes to one pair never interleave.
 */
import type { Queryable } from '../db/types.js';
import {
  noSuchPerson,
  searchTokens,
  sortKeyOf,
  toPerson,
  type Activity,
  type ConnectionRequest,
  type Person,
  type Pair,
  type RelationType,
} from '../shared.js';

/** How many of an actor's newest activities enter a feed when a follow or connection starts (as IndexedDB). */
export const FEED_BACKFILL = 100;

export type { RelationType } from '../shared.js';

/** The collation key as bytea: its UTF-16 code units, big-endian, so byte order is code-unit order. */
export function sortKeyBytes(sortKey: string): Buffer {
  const bytes = Buffer.alloc(sortKey.length * 2);
  for (let i = 0; i < sortKey.length; i++) bytes.writeUInt16BE(sortKey.charCodeAt(i), i * 2);
  return bytes;
}

/** Back from {@link sortKeyBytes} (bytea comes back as a Uint8Array). */
export function sortKeyText(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return out;
}

/** Locks the rows of `ids` (in id order, so two changes never deadlock) and returns the people found. */
export async function lockPeople(tx: Queryable, ids: string[]): Promise<Map<string, Person>> {
  const rows = await tx.query<{ id: string; data: Person }>(
    'SELECT id, data FROM people WHERE id IN (SELECT jsonb_array_elements_text(($1::text)::jsonb)) ORDER BY id FOR UPDATE',
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.data]));
}

/** A member (no personal contact) by id, or `not-found` (`you` words it for the viewer). */
export async function requirePerson(tx: Queryable, id: string, you = false): Promise<Person> {
  const [row] = await tx.query<{ data: Person }>('SELECT data FROM people WHERE id = $1 AND owner_id IS NULL', [id]);
  if (!row) throw noSuchPerson(id, you);
  return row.data;
}

/**
 * A person the viewer may see (a member, or one of the viewer's own contacts) with its owner, or `not-found`:
 * another viewer's contact is as absent as no one (migration 007).
 */
export async function requireVisible(tx: Queryable, viewerId: string, id: string): Promise<{ person: Person; ownerId: string | null }> {
  const [row] = await tx.query<{ data: Person; owner_id: string | null }>(
    'SELECT data, owner_id FROM people WHERE id = $1 AND (owner_id IS NULL OR owner_id = $2)',
    [id, viewerId],
  );
  if (!row) throw noSuchPerson(id, id === viewerId);
  return { person: row.data, ownerId: row.owner_id };
}

export function requestOf(row: Record<string, unknown>): ConnectionRequest {
  const request: ConnectionRequest = {
    id: row.id as string,
    fromId: row.from_id as string,
    toId: row.to_id as string,
    status: row.status as ConnectionRequest['status'],
    createdAt: Number(row.created_at),
  };
  if (row.responded_at !== null && row.responded_at !== undefined) request.respondedAt = Number(row.responded_at);
  if (typeof row.note === 'string') request.note = row.note;
  return request;
}

/** The viewer's pair state with each of `ids` (and the viewer's mutes standing at `now`), in three queries. */
export async function pairStates(tx: Queryable, viewerId: string, ids: string[], now: number): Promise<Map<string, Pair>> {
  const list = JSON.stringify(ids);
  const [relations, requests, mutes] = await Promise.all([
    tx.query<{ from_id: string; type: RelationType; to_id: string }>(
      `SELECT from_id, type, to_id FROM relations
        WHERE (from_id = $1 AND to_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb)))
           OR (to_id = $1 AND from_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb)))`,
      [viewerId, list],
    ),
    tx.query(
      `SELECT id, from_id, to_id, status, created_at, responded_at, note FROM requests
        WHERE status = 'pending' AND ((from_id = $1 AND to_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb)))
           OR (to_id = $1 AND from_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb))))`,
      [viewerId, list],
    ),
    tx.query<{ person_id: string; until: string | number | null }>(
      `SELECT person_id, until FROM mutes WHERE owner_id = $1 AND (until IS NULL OR until > $3)
          AND person_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb))`,
      [viewerId, list, now],
    ),
  ]);
  const states = new Map<string, Pair & { out: Set<RelationType>; in: Set<RelationType> }>(
    ids.map((id) => [id, { out: new Set(), in: new Set(), sent: undefined, received: undefined }]),
  );
  for (const r of relations) {
    if (r.from_id === viewerId) states.get(r.to_id)?.out.add(r.type);
    else states.get(r.from_id)?.in.add(r.type);
  }
  for (const m of mutes) {
    const s = states.get(m.person_id);
    if (s) s.mute = { until: m.until === null ? null : Number(m.until) };
  }
  for (const row of requests) {
    const request = requestOf(row);
    if (request.fromId === viewerId) {
      const s = states.get(request.toId);
      if (s) s.sent = request;
    } else {
      const s = states.get(request.fromId);
      if (s) s.received = request;
    }
  }
  return states;
}

export async function pairState(tx: Queryable, a: string, b: string, now: number): Promise<Pair> {
  return (await pairStates(tx, a, [b], now)).get(b)!;
}

/** Stores (or replaces) the owner's mute of the person. */
export async function putMute(tx: Queryable, ownerId: string, personId: string, until: number | null, at: number): Promise<void> {
  await tx.query(
    `INSERT INTO mutes (owner_id, person_id, until, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (owner_id, person_id) DO UPDATE SET until = EXCLUDED.until, created_at = EXCLUDED.created_at`,
    [ownerId, personId, until, at],
  );
}

export async function deleteMute(tx: Queryable, ownerId: string, personId: string): Promise<void> {
  await tx.query('DELETE FROM mutes WHERE owner_id = $1 AND person_id = $2', [ownerId, personId]);
}

export async function putRelation(tx: Queryable, fromId: string, type: RelationType, toId: string, at: number): Promise<void> {
  await tx.query('INSERT INTO relations (from_id, type, to_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    fromId,
    type,
    toId,
    at,
  ]);
}

export async function deleteRelation(tx: Queryable, fromId: string, type: RelationType, toId: string): Promise<void> {
  await tx.query('DELETE FROM relations WHERE from_id = $1 AND type = $2 AND to_id = $3', [fromId, type, toId]);
}

export async function closeRequest(
  tx: Queryable,
  request: ConnectionRequest,
  status: 'accepted' | 'declined' | 'cancelled',
  at: number,
): Promise<void> {
  await tx.query(`UPDATE requests SET status = $2, responded_at = $3 WHERE id = $1 AND status = 'pending'`, [request.id, status, at]);
}

export async function insertRequest(tx: Queryable, request: ConnectionRequest): Promise<void> {
  await tx.query('INSERT INTO requests (id, from_id, to_id, status, created_at, responded_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    request.id,
    request.fromId,
    request.toId,
    request.status,
    request.createdAt,
    request.respondedAt ?? null,
    request.note ?? null,
  ]);
}

/** The longest prefix `name_prefixes` keeps (migration 008); search finds a longer word by it and checks it whole. */
export const PREFIX_LENGTH = 6;

/**
 * Stores a person (replacing one with the same id) with its sort key, name tokens and name prefixes; `ownerId`
 * for a personal contact (a replacement keeps the owner it had: callers check it first).
 */
export async function putPerson(tx: Queryable, input: Person, ownerId: string | null = null): Promise<void> {
  const person = toPerson(input);
  const sortKey = sortKeyBytes(sortKeyOf(person));
  await tx.query(
    `INSERT INTO people (id, data, sort_key, owner_id) VALUES ($1, ($2::text)::jsonb, $3, $4)
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, sort_key = EXCLUDED.sort_key`,
    [person.id, JSON.stringify(person), sortKey, ownerId],
  );
  await tx.query('DELETE FROM name_tokens WHERE person_id = $1', [person.id]);
  await tx.query(
    'INSERT INTO name_tokens (token, person_id) SELECT DISTINCT t, $1 FROM jsonb_array_elements_text(($2::text)::jsonb) AS t',
    [person.id, JSON.stringify(searchTokens(person))],
  );
  // Every prefix of every token, up to the length migration 008 keeps (left() counts code points, as search does).
  await tx.query('DELETE FROM name_prefixes WHERE person_id = $1', [person.id]);
  await tx.query(
    `INSERT INTO name_prefixes (prefix, sort_key, person_id)
       SELECT DISTINCT left(t.token, n), $2::bytea, $1 FROM name_tokens t, generate_series(1, least(length(t.token), $3::int)) AS n
        WHERE t.person_id = $1`,
    [person.id, sortKey, PREFIX_LENGTH],
  );
}

/** Stores an activity and writes it into the feed of each of the actor's connections and followers. */
export async function recordActivity(tx: Queryable, activity: Activity): Promise<void> {
  await tx.query('INSERT INTO activities (id, actor_id, data, created_at) VALUES ($1, $2, ($3::text)::jsonb, $4)', [
    activity.id,
    activity.actorId,
    JSON.stringify(activity),
    activity.createdAt,
  ]);
  await tx.query(
    `INSERT INTO feed (owner_id, activity_id, actor_id, created_at, data)
     SELECT owner, $2, $1, $3, ($4::text)::jsonb FROM (
       SELECT to_id AS owner FROM relations WHERE from_id = $1 AND type = 'connection'
       UNION SELECT from_id FROM relations WHERE to_id = $1 AND type = 'follow') AS audience
     ON CONFLICT DO NOTHING`,
    [activity.actorId, activity.id, activity.createdAt, JSON.stringify(activity)],
  );
}

/** Copies the actor's newest activities into the owner's feed (a new follow or connection). */
export async function backfillFeed(tx: Queryable, ownerId: string, actorId: string): Promise<void> {
  await tx.query(
    `INSERT INTO feed (owner_id, activity_id, actor_id, created_at, data)
     SELECT $1, id, actor_id, created_at, data FROM activities WHERE actor_id = $2 ORDER BY created_at DESC, id LIMIT ${FEED_BACKFILL}
     ON CONFLICT DO NOTHING`,
    [ownerId, actorId],
  );
}

export async function dropFeed(tx: Queryable, ownerId: string, actorId: string): Promise<void> {
  await tx.query('DELETE FROM feed WHERE owner_id = $1 AND actor_id = $2', [ownerId, actorId]);
}
