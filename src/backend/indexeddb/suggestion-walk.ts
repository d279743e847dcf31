/**
 * People you may know, read in rank order (suggestions.ts) so a page reads what it shows and what ranks before it,
 * never every candidate's record: the connections of the viewer's connections as keys only, counted into how many
 * each shares; then the records of one count at a time, most shared first, until the page is full; then, if it is
 * still short, colleagues with none in common in name order (name-walk.ts). Nothing is cut: every page equals the
 * memory adapter's ranking of every candidate.
 */
import type { PeoplePosition } from '../cursor.js';
import { muteStands } from '../pair.js';
import { indexedPrefix, matchesQuery, mostSelectiveWord, searchTokens } from '../search-text.js';
import {
  colleagueStart,
  countPassed,
  isSuggestible,
  organizationKey,
  organizationToken,
  rankSuggestions,
  ranksAfter,
  type SuggestionCandidate,
} from '../suggestions.js';
import { connectionsOf, readViewerRelations, requirePerson, type ViewerRelations } from './graph.js';
import { walkByName } from './name-walk.js';
import { PEOPLE, type PersonRecord, type Transaction } from './schema.js';

/** A candidate with the record it was judged from. */
export interface WalkedCandidate extends SuggestionCandidate {
  record: PersonRecord;
}

/** What one page of suggestions asks for. */
export interface SuggestionWalk {
  after: PeoplePosition | null;
  limit: number;
  /** The clock's time, which mutes are judged by. */
  now: number;
  /** The folded query words every suggestion must match (the `suggested` filter); none for all. */
  words: readonly string[];
}

/** One page of suggestions in rank order, its next cursor, and what the viewer relates to (for each relationship). */
export async function walkSuggestions(
  tx: Transaction,
  viewerId: string,
  walk: SuggestionWalk,
): Promise<{ items: WalkedCandidate[]; next: string | null; relations: ViewerRelations }> {
  // Each connection's connections are asked for as soon as the viewer's are known, not after the rest.
  const friendsOfFriends = connectionsOf(tx, viewerId).then((mine) => Promise.all(mine.map((friend) => connectionsOf(tx, friend))));
  const [viewer, relations, theirs] = await Promise.all([
    requirePerson(tx, viewerId, true),
    readViewerRelations(tx, viewerId),
    friendsOfFriends,
  ]);
  const mutual = new Map<string, number>();
  for (const others of theirs) for (const other of others) mutual.set(other, (mutual.get(other) ?? 0) + 1);
  const suggestible = suggestibleFor(relations, viewerId, walk.now);
  const organization = organizationKey(viewer.organization);
  const found: WalkedCandidate[] = [];
  let ahead = 0;
  /** Keeps a member the query matches; true once the page and one more (for its next cursor) are found. */
  const take = (record: PersonRecord, mutualCount: number): boolean => {
    if (record.ownerId === undefined && (walk.words.length === 0 || matchesQuery(searchTokens(record.person), walk.words))) {
      const sharedOrganization = organization !== '' && organizationKey(record.person.organization) === organization;
      const candidate = { id: record.id, sortKey: record.sortKey, mutualCount, sharedOrganization, record };
      found.push(candidate);
      if (ranksAfter(candidate, walk.after)) ahead++;
    }
    return ahead > walk.limit;
  };
  // Everyone with more in common ranks before everyone with less: a count's records are read only if the page needs them.
  let full = false;
  const store = tx.objectStore(PEOPLE);
  for (const [count, ids] of byCount(mutual, suggestible)) {
    if (countPassed(walk.after, count)) continue;
    for (const record of await Promise.all(ids.map((id) => store.get(id)))) if (record) full = take(record, count);
    if (full) break;
  }
  const start = colleagueStart(walk.after);
  const token = organizationToken(viewer.organization);
  if (!full && start !== 'passed' && token !== undefined) {
    // Every colleague (and, with a query, every match) has an entry under this prefix, in name order.
    const prefix = indexedPrefix(walk.words.length > 0 ? mostSelectiveWord(walk.words) : token);
    const colleague = (r: PersonRecord) =>
      !mutual.has(r.id) && suggestible(r.id) && organizationKey(r.person.organization) === organization;
    await walkByName(tx, prefix, start, 2 * (walk.limit + 1 - ahead), (record) => colleague(record) && take(record, 0));
  }
  return { ...rankSuggestions(found, walk.after, walk.limit), relations };
}

/** Whether the viewer may be suggested a person, from what the viewer relates to (see isSuggestible). */
function suggestibleFor(relations: ViewerRelations, viewerId: string, now: number): (id: string) => boolean {
  const none = new Set<never>();
  return (id) => {
    const mute = relations.mutes.get(id);
    return (
      id !== viewerId &&
      isSuggestible({
        out: relations.out.get(id) ?? none,
        in: relations.in.get(id) ?? none,
        sent: relations.sent.get(id),
        received: relations.received.get(id),
        mute: muteStands(mute, now) ? mute : undefined,
      })
    );
  };
}

/** The suggestible people with connections in common, grouped by how many, most first. */
function byCount(mutual: ReadonlyMap<string, number>, suggestible: (id: string) => boolean): [number, string[]][] {
  const groups = new Map<number, string[]>();
  for (const [id, count] of mutual) {
    if (!suggestible(id)) continue;
    const group = groups.get(count);
    if (group) group.push(id);
    else groups.set(count, [id]);
  }
  return [...groups].sort((a, b) => b[0] - a[0]);
}
