/**
 * `all` with a query: everyone matching every word, in name order, from the word-prefix `search` index. Each
 * word's prefix range holds its matches in name order. One prefix reads its range; several are a merge-join of
 * their ranges (prefix-leap.ts) that leaps over the stretches they do not share and reads on through those they
 * do: "example zzz" reads about what "zzz" alone does, and "mary smith" the Smiths among the Mar… names.
 */
import { SCAN_BATCH, type PeoplePosition } from '../cursor.js';
import { indexedPrefix, matchesQuery, searchKey, searchKeyBounds, searchTokens, INDEXED_PREFIX_LENGTH } from '../search-text.js';
import { scanPages, type RecordPage } from './name-order-scan.js';
import { PrefixLeap, keyAt, placeOf } from './prefix-leap.js';
import { PEOPLE, type PersonRecord, type Transaction } from './schema.js';

/** Rows read first where the ranges meet: enough that a run of shared people costs few reads, few when it is one. */
const FIRST_RUN_BATCH = 8;

/** Everyone matching `words`, after `after`, whom `visible` accepts; the first read asks for `first` rows when exact. */
export async function searchAll(
  tx: Transaction,
  words: string[],
  after: PeoplePosition | null,
  limit: number,
  visible: (r: PersonRecord) => boolean,
  first: number,
): Promise<RecordPage> {
  const prefixes = [...new Set(words.map(indexedPrefix))];
  const short = words.every((w) => Array.from(w).length <= INDEXED_PREFIX_LENGTH);
  // Being in every prefix's range decides when no word is longer than its prefix; longer words are matched
  // against the record's tokens.
  const keep = (r: PersonRecord): boolean => visible(r) && (short || matchesQuery(searchTokens(r.person), words));
  if (prefixes.length > 1) return sharedPages(tx, prefixes, after, limit, keep);
  const index = tx.objectStore(PEOPLE).index('search');
  const prefix = prefixes[0]!;
  const [low, high] = searchKeyBounds(prefix);
  return scanPages(
    (from, _open, count) =>
      index.getAll(IDBKeyRange.bound(from ? searchKey(prefix, from.sortKey, from.id) : low, high, from !== null, true), count),
    after,
    limit,
    keep,
    short ? first : SCAN_BATCH,
  );
}

/**
 * One page of the people in every prefix's range whom `keep` accepts. Where the ranges meet, the leading range
 * is read on (records, which the page needs anyway) in batches that double while most of a batch is in every
 * range; a sparser batch goes back to leaping from after it. Nothing caps the leaps or the reads: a page of
 * few matches far apart leaps on to the end of the shortest range.
 */
async function sharedPages(
  tx: Transaction,
  prefixes: string[],
  after: PeoplePosition | null,
  limit: number,
  keep: (r: PersonRecord) => boolean,
): Promise<RecordPage> {
  const index = tx.objectStore(PEOPLE).index('search');
  const leap = await PrefixLeap.open(tx, prefixes, after);
  const found: PersonRecord[] = [];
  const page = (): RecordPage => ({ records: found.slice(0, limit), more: found.length > limit });
  for (;;) {
    const shared = await leap.shared();
    if (!shared) return page();
    const prefix = prefixes[shared.lead]!;
    const high = searchKeyBounds(prefix)[1];
    let lower = keyAt(prefix, shared.place);
    let open = false;
    let batch = FIRST_RUN_BATCH;
    for (;;) {
      const records = await index.getAll(IDBKeyRange.bound(lower, high, open, true), batch);
      let inAll = 0;
      for (const r of records) {
        if (!hasEveryPrefix(r, prefixes)) continue;
        inAll++;
        if (keep(r) && found.push(r) > limit) return page();
      }
      const last = records[records.length - 1];
      // The leading range has ended, and with it whatever the ranges share.
      if (records.length < batch || !last) return page();
      lower = searchKey(prefix, last.sortKey, last.id);
      open = true;
      if (2 * inAll < records.length) break;
      batch = Math.min(SCAN_BATCH, 2 * batch);
    }
    // Past the last person read: what was read needs no leap.
    await leap.skipPast(placeOf(prefix, lower));
  }
}

/** Whether the record's search index entries hold every prefix (every word starts some token, up to its prefix). */
function hasEveryPrefix(r: PersonRecord, prefixes: string[]): boolean {
  const keys = r.searchKeys ?? [];
  return prefixes.every((p) => keys.includes(searchKey(p, r.sortKey, r.id)));
}
