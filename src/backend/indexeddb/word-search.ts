/**
 * `all` with a query: everyone matching every word, in name order, from the word-prefix `search` index. Any
 * word's prefix range holds every match in name order, so the scan may read whichever range is smallest: a
 * common word beside a rare one ("giant zzz") reads the rare one's few rows instead of all the common one's.
 */
import { SCAN_BATCH, type PeoplePosition } from '../cursor.js';
import { indexedPrefix, matchesQuery, searchKey, searchKeyBounds, searchTokens, INDEXED_PREFIX_LENGTH } from '../search-text.js';
import { compareSort, positionOf, scanPages, type RecordPage } from './name-order-scan.js';
import { PEOPLE, type PersonRecord, type Transaction } from './schema.js';

/** Everyone matching `words`, after `after`, whom `visible` accepts; the first read asks for `first` rows when exact. */
export async function searchAll(
  tx: Transaction,
  words: string[],
  after: PeoplePosition | null,
  limit: number,
  visible: (r: PersonRecord) => boolean,
  first: number,
): Promise<RecordPage> {
  const index = tx.objectStore(PEOPLE).index('search');
  const rangeOf = (prefix: string, from: PeoplePosition | null): IDBKeyRange => {
    const [low, high] = searchKeyBounds(prefix);
    return IDBKeyRange.bound(from ? searchKey(prefix, from.sortKey, from.id) : low, high, from !== null, true);
  };
  // Longest first, so that ties go to the longest word's range.
  const prefixes = [...new Set(words.map(indexedPrefix))].sort((a, b) => Array.from(b).length - Array.from(a).length);
  let prefix = prefixes[0]!;
  if (prefixes.length > 1) {
    const sparsest = await sparsestPrefix(tx, prefixes, (p) => rangeOf(p, after));
    if (sparsest === null) return { records: [], more: false };
    prefix = sparsest;
  }
  const short = words.every((w) => Array.from(w).length <= INDEXED_PREFIX_LENGTH);
  // The range alone decides for one prefix when no word is longer than it; a record's own index keys decide
  // for several such words; longer words are matched against the record's tokens.
  const exact = short && prefixes.length === 1;
  const matches = (r: PersonRecord): boolean =>
    exact || (hasEveryPrefix(r, prefixes) && (short || matchesQuery(searchTokens(r.person), words)));
  return scanPages(
    (from, _open, count) => index.getAll(rangeOf(prefix, from), count),
    after,
    limit,
    (r) => visible(r) && matches(r),
    exact ? first : SCAN_BATCH,
  );
}

/**
 * The prefix whose range holds the fewest entries, each counted up to SCAN_BATCH by its keys alone; when
 * every range holds that many, the one whose last counted entry comes latest in name order (the sparsest
 * here). Null when some range is empty: nobody matches.
 */
async function sparsestPrefix(tx: Transaction, prefixes: string[], rangeOf: (prefix: string) => IDBKeyRange): Promise<string | null> {
  const index = tx.objectStore(PEOPLE).index('search');
  const counted = await Promise.all(prefixes.map((p) => index.getAllKeys(rangeOf(p), SCAN_BATCH)));
  const fewest = Math.min(...counted.map((ids) => ids.length));
  if (fewest === 0) return null;
  if (fewest < SCAN_BATCH) return prefixes[counted.findIndex((ids) => ids.length === fewest)]!;
  const store = tx.objectStore(PEOPLE);
  const lasts = await Promise.all(counted.map((ids) => store.get(ids[ids.length - 1]!)));
  let best = 0;
  lasts.forEach((r, i) => {
    const latest = lasts[best];
    if (r && latest && compareSort(positionOf(r), positionOf(latest)) > 0) best = i;
  });
  return prefixes[best]!;
}

/** Whether the record's search index entries hold every prefix (every word starts some token, up to its prefix). */
function hasEveryPrefix(r: PersonRecord, prefixes: string[]): boolean {
  const keys = r.searchKeys ?? [];
  return prefixes.every((p) => keys.includes(searchKey(p, r.sortKey, r.id)));
}
