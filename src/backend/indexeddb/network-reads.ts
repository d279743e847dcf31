/**
 * Reads of the viewer's wider network inside one read-only transaction: the mutual connections of a page of
 * people (one key range of the viewer's connections, one per person, one point read per person shown), and
 * people you may know (read in rank order by suggestion-walk.ts). Neither reads the whole people store.
 */
import type { MutualConnections, MutualSummary, Page, PersonEntry, RelationshipCounts, Suggestion } from '../backend.js';
import type { PeoplePosition } from '../cursor.js';
import { reasonOf } from '../suggestions.js';
import { connectionsOf, readMuted, relationshipAmong, requirePerson, startsWith } from './graph.js';
import { requireVisible } from './personal-contacts.js';
import { RELATIONS, REQUESTS, PEOPLE, type PersonRecord, type Transaction } from './schema.js';
import { walkSuggestions } from './suggestion-walk.js';

const byName = (a: PersonRecord, b: PersonRecord) =>
  a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The mutual connections of each of `ids` with the viewer; the first `limit` of each in name order. */
export async function readMutualSummaries(tx: Transaction, viewerId: string, ids: string[], limit: number): Promise<MutualSummary[]> {
  const store = tx.objectStore(PEOPLE);
  const [mine, targets, theirs] = await Promise.all([
    connectionsOf(tx, viewerId),
    Promise.all(ids.map((id) => store.get(id))),
    Promise.all(ids.map((id) => (id === viewerId ? [] : connectionsOf(tx, id)))),
  ]);
  const mineSet = new Set(mine);
  const both = ids.map((id, i) => {
    const target = targets[i];
    if (id === viewerId || !target || target.ownerId !== undefined) return [];
    return theirs[i]!.filter((other) => mineSet.has(other));
  });
  // Each mutual connection's record is read once, however many rows share them.
  const wanted = [...new Set(both.flat())];
  const records = new Map((await Promise.all(wanted.map((id) => store.get(id)))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  return ids.map((personId, i) => {
    const shown = both[i]!.flatMap((id) => records.get(id) ?? []).sort(byName);
    return { personId, count: both[i]!.length, people: shown.slice(0, limit).map((r) => r.person) };
  });
}

/** One page of people the viewer may know, in rank order (suggestion-walk.ts). */
export async function readSuggestions(
  tx: Transaction,
  viewerId: string,
  after: PeoplePosition | null,
  limit: number,
  now: number,
): Promise<Page<Suggestion>> {
  const { items, next, relations } = await walkSuggestions(tx, viewerId, { after, limit, now, words: [] });
  return {
    items: items.map((c) => ({ person: c.record.person, relationship: relationshipAmong(relations, c.id, now), ...reasonOf(c) })),
    next,
  };
}

/** One page of the `suggested` people filter: the suggestions matching the query's words, ranked alike. */
export async function readSuggestedPeople(
  tx: Transaction,
  viewerId: string,
  query: { words: string[]; after: PeoplePosition | null; limit: number; now: number },
): Promise<Page<PersonEntry>> {
  const { items, next, relations } = await walkSuggestions(tx, viewerId, query);
  return {
    items: items.map((c) => ({
      person: c.record.person,
      relationship: relationshipAmong(relations, c.id, query.now),
      suggestion: reasonOf(c),
    })),
    next,
  };
}

/** The people both the viewer and `id` are connected with: two key ranges intersected; only the people shown are read. */
export async function readMutualConnections(tx: Transaction, viewerId: string, id: string, limit: number): Promise<MutualConnections> {
  // Another viewer's personal contact is as absent as no one (the server answers the same).
  const [, mine, theirs] = await Promise.all([requireVisible(tx, id, viewerId), connectionsOf(tx, viewerId), connectionsOf(tx, id)]);
  const theirIds = new Set(theirs);
  const both = mine.filter((other) => theirIds.has(other));
  const store = tx.objectStore(PEOPLE);
  const records = (await Promise.all(both.map((other) => store.get(other)))).filter((r) => r !== undefined);
  records.sort(byName);
  return { count: both.length, people: records.slice(0, limit).map((r) => r.person) };
}

/** The home view's numbers, each counted over a small per-viewer key range. */
export async function readCounts(tx: Transaction, v: string, now: number): Promise<RelationshipCounts> {
  const relations = tx.objectStore(RELATIONS);
  const requests = tx.objectStore(REQUESTS);
  const [, connections, following, blocked, followers, incoming, outgoing, muted] = await Promise.all([
    requirePerson(tx, v, true),
    relations.count(startsWith([v, 'connection'])),
    relations.count(startsWith([v, 'follow'])),
    relations.count(startsWith([v, 'block'])),
    relations.index('byTarget').count(startsWith([v, 'follow'])),
    requests.index('inbox').count(startsWith([v, 'pending'])),
    requests.index('outbox').count(startsWith([v, 'pending'])),
    readMuted(tx, v, now),
  ]);
  return { connections, following, followers, incoming, outgoing, blocked, muted: muted.size };
}
