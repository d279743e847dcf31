/**
 * Reads of the viewer's wider network inside one read-only transaction: the mutual connections of a page of
 * people (one key range of the viewer's connections, one per person, one point read per person shown), and
 * people you may know (the connections of each of the viewer's connections, and the viewer's colleagues through
 * the search index). Neither reads the whole people store.
 */
import type { MutualConnections, MutualSummary, Page, PersonEntry, RelationshipCounts, Suggestion } from '../backend.js';
import type { PeoplePosition } from '../cursor.js';
import { indexedPrefix, searchKeyBounds, searchTokens } from '../search-text.js';
import { isSuggestible, organizationKey, organizationToken, rankSuggestedPeople, rankSuggestions, reasonOf } from '../suggestions.js';
import { muteStands } from '../pair.js';
import { readMuted, readViewerRelations, relationshipAmong, requirePerson, startsWith } from './graph.js';
import { requireVisible } from './personal-contacts.js';
import { PEOPLE, RELATIONS, REQUESTS, type PersonRecord, type Transaction } from './schema.js';

/** Most colleagues read from the search index for one suggestions read (a very common organisation is cut here). */
const COLLEAGUES_READ = 2000;

const byName = (a: PersonRecord, b: PersonRecord) =>
  a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The viewer's connections, as ids. */
async function connectionsOf(tx: Transaction, id: string): Promise<string[]> {
  return (await tx.objectStore(RELATIONS).getAllKeys(startsWith([id, 'connection']))).map((key) => key[2]);
}

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

/** One page of people the viewer may know (ranked by suggestions.ts). */
export async function readSuggestions(
  tx: Transaction,
  viewerId: string,
  after: PeoplePosition | null,
  limit: number,
  now: number,
): Promise<Page<Suggestion>> {
  const { candidates, relations } = await readSuggestionCandidates(tx, viewerId, now);
  const { items, next } = rankSuggestions(candidates, after, limit);
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
  const { candidates, relations } = await readSuggestionCandidates(tx, viewerId, query.now);
  const tokensOf = (c: (typeof candidates)[number]) => searchTokens(c.record.person);
  const { items, next } = rankSuggestedPeople(candidates, query.words, tokensOf, query.after, query.limit);
  return {
    items: items.map((c) => ({
      person: c.record.person,
      relationship: relationshipAmong(relations, c.id, query.now),
      suggestion: reasonOf(c),
    })),
    next,
  };
}

/** Everyone the viewer may be suggested: friends of friends with how many are shared, and colleagues. */
async function readSuggestionCandidates(tx: Transaction, viewerId: string, now: number) {
  const [viewer, relations, mine] = await Promise.all([
    requirePerson(tx, viewerId, true),
    readViewerRelations(tx, viewerId),
    connectionsOf(tx, viewerId),
  ]);
  const organization = organizationKey(viewer.organization);
  const token = organizationToken(viewer.organization);
  const store = tx.objectStore(PEOPLE);
  const [friendsOfFriends, colleagueRows] = await Promise.all([
    Promise.all(mine.map((friend) => connectionsOf(tx, friend))),
    token ? store.index('search').getAll(IDBKeyRange.bound(...searchKeyBounds(indexedPrefix(token)), false, true), COLLEAGUES_READ) : [],
  ]);
  const mutual = new Map<string, number>();
  for (const others of friendsOfFriends) for (const other of others) mutual.set(other, (mutual.get(other) ?? 0) + 1);
  const colleagues = new Map(
    colleagueRows.filter((r) => r.ownerId === undefined && organizationKey(r.person.organization) === organization).map((r) => [r.id, r]),
  );
  const empty = new Set<never>();
  const eligible = (id: string) =>
    id !== viewerId &&
    isSuggestible({
      out: relations.out.get(id) ?? empty,
      in: relations.in.get(id) ?? empty,
      sent: relations.sent.get(id),
      received: relations.received.get(id),
      mute: muteStands(relations.mutes.get(id), now) ? relations.mutes.get(id) : undefined,
    });
  const ids = [...new Set([...mutual.keys(), ...colleagues.keys()])].filter(eligible);
  const records = await Promise.all(ids.map((id) => colleagues.get(id) ?? store.get(id)));
  const candidates = records.flatMap((record) => {
    if (!record || record.ownerId !== undefined) return [];
    const sharedOrganization = organization !== '' && organizationKey(record.person.organization) === organization;
    return [{ id: record.id, sortKey: record.sortKey, mutualCount: mutual.get(record.id) ?? 0, sharedOrganization, record }];
  });
  return { candidates, relations };
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
