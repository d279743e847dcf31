/**
 * `searchPeople` inside a caller's transaction, by three strategies:
 * - `all` without a query reads the `bySort` index (everyone in name order);
 * - `all` with a query reads the word-prefix `search` index, whose entries are already in name order
 *   (word-search.ts);
 * - `mine` without a query reads the viewer's contacts in name order from the `byOwnerSort` index;
 * - every other filter reads the viewer's small set of people in full, then matches, sorts and pages it.
 * Paging is exact: a cursor names the last person shown ({@link PeoplePosition}).
 */
import type { Page, PeopleFilter, PersonEntry } from '../backend.js';
import { encodePeopleCursor, type PeoplePosition } from '../cursor.js';
import {
  incomingOf,
  mutedAmong,
  outgoingOf,
  readRelVersion,
  readViewerRelations,
  relationshipAmong,
  type ViewerRelations,
} from './graph.js';
import { entryOf, ownedRecords } from './personal-contacts.js';
import { compareSort, positionOf, scanPages, type RecordPage } from './name-order-scan.js';
import { PEOPLE, type PersonRecord, type Transaction } from './schema.js';
import { matchesQuery, searchTokens } from '../search-text.js';
import { searchAll } from './word-search.js';

/**
 * Rows read beyond a page for the people it leaves out (the viewer, whom they block), at most: a page seldom
 * holds more than a few, and every page pays for the extra rows.
 */
const EXCLUDED_SLACK = 4;

/** A checked search: the query's words, the filter, the position after which the page starts, the page size. */
interface PeopleQuery {
  words: string[];
  /** `suggested` is read by network-reads.ts, ranked rather than in name order. */
  filter: Exclude<PeopleFilter, 'suggested'>;
  after: PeoplePosition | null;
  limit: number;
  /** The clock's time, which mutes are judged by. */
  now: number;
}

/**
 * What the viewer relates to, kept between searches with the relationship version it was read at: a search
 * whose version still matches reuses it (most pages of a scroll). Cleared on any change notification.
 */
export class ViewerRelationsCache {
  private entry: { version: number; relations: ViewerRelations } | undefined;

  get current(): { version: number; relations: ViewerRelations } | undefined {
    return this.entry;
  }

  set(version: number, relations: ViewerRelations): void {
    this.entry = { version, relations };
  }

  clear(): void {
    this.entry = undefined;
  }
}

/** One page of people for `viewerId`, each with the viewer's relationship with them. */
export async function searchPeopleIn(
  tx: Transaction,
  viewerId: string,
  query: PeopleQuery,
  cache: ViewerRelationsCache,
): Promise<Page<PersonEntry>> {
  const { words, filter, after, limit, now } = query;
  const read = (relations: ViewerRelations): Promise<RecordPage> => {
    if (filter === 'mine')
      return words.length === 0 ? listOwned(tx, viewerId, after, limit) : pageOf(ownedRecords(tx, viewerId), words, after, limit);
    if (filter !== 'all') return pageOf(recordsOf(tx, filterIds(relations, filter, now)), words, after, limit);
    const excluded = new Set<string>(relations.blocks).add(viewerId);
    // Members, and the viewer's own personal contacts (never anyone else's).
    const visible = (r: PersonRecord): boolean => !excluded.has(r.id) && (r.ownerId === undefined || r.ownerId === viewerId);
    // A few rows more than the page, so that a page holding the viewer or someone they block is still one read.
    const first = limit + 1 + Math.min(excluded.size, EXCLUDED_SLACK);
    return words.length === 0 ? listAll(tx, after, first, limit, visible) : searchAll(tx, words, after, limit, visible, first);
  };
  // With cached relations, read the page and check they are current in the same round trip.
  const cached = cache.current;
  let relations: ViewerRelations;
  let page: RecordPage;
  const [version, optimistic] = await Promise.all([readRelVersion(tx), cached ? read(cached.relations) : null]);
  if (cached && optimistic && cached.version === version) {
    relations = cached.relations;
    page = optimistic;
  } else {
    relations = await readViewerRelations(tx, viewerId);
    cache.set(version, relations);
    page = await read(relations);
  }
  const { records, more } = page;
  const last = records[records.length - 1];
  return {
    items: records.map((r) => entryOf(r, relationshipAmong(relations, r.id, now))),
    next: more && last ? encodePeopleCursor(positionOf(last)) : null,
  };
}

/** The ids a non-`all` filter draws from. */
function filterIds(relations: ViewerRelations, filter: Exclude<PeopleFilter, 'all' | 'mine' | 'suggested'>, now: number): string[] {
  switch (filter) {
    case 'connections':
      return outgoingOf(relations, 'connection');
    case 'following':
      return outgoingOf(relations, 'follow');
    case 'followers':
      return incomingOf(relations, 'follow');
    case 'blocked':
      return outgoingOf(relations, 'block');
    case 'muted':
      return mutedAmong(relations, now);
    case 'incoming':
      return [...relations.received.keys()];
    case 'outgoing':
      return [...relations.sent.keys()];
  }
}

/** Everyone in name order from the `[sortKey, id]` index. */
function listAll(
  tx: Transaction,
  after: PeoplePosition | null,
  first: number,
  limit: number,
  visible: (r: PersonRecord) => boolean,
): Promise<RecordPage> {
  const index = tx.objectStore(PEOPLE).index('bySort');
  return scanPages(
    (from, open, count) => index.getAll(from ? IDBKeyRange.lowerBound([from.sortKey, from.id], open) : undefined, count),
    after,
    limit,
    visible,
    first,
  );
}

/** The viewer's personal contacts in name order from the `[ownerId, sortKey, id]` index: a page reads a page. */
function listOwned(tx: Transaction, viewerId: string, after: PeoplePosition | null, limit: number): Promise<RecordPage> {
  const index = tx.objectStore(PEOPLE).index('byOwnerSort');
  // `[viewerId]` sorts before and `[viewerId, []]` after every key of the viewer (an array sorts after any string).
  const range = (from: PeoplePosition | null, open: boolean) =>
    IDBKeyRange.bound(from ? [viewerId, from.sortKey, from.id] : [viewerId], [viewerId, []], open);
  return scanPages(
    (from, open, count) => index.getAll(range(from, open), count),
    after,
    limit,
    () => true,
  );
}

/** The people of a per-viewer set, by id. */
function recordsOf(tx: Transaction, ids: string[]): Promise<(PersonRecord | undefined)[]> {
  const store = tx.objectStore(PEOPLE);
  return Promise.all(ids.map((id) => store.get(id)));
}

/** A per-viewer set read in full, matched, sorted by name and paged after the cursor. */
async function pageOf(
  read: Promise<(PersonRecord | undefined)[]>,
  words: string[],
  after: PeoplePosition | null,
  limit: number,
): Promise<RecordPage> {
  const matching = (await read)
    .filter((r): r is PersonRecord => r !== undefined && (words.length === 0 || matchesQuery(searchTokens(r.person), words)))
    .filter((r) => !after || compareSort(r, after) > 0)
    .sort(compareSort);
  return { records: matching.slice(0, limit), more: matching.length > limit };
}
