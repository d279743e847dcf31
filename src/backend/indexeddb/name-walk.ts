/**
 * A walk in name order over one prefix range of the people store's `search` index (a prefix's entries are
 * `prefix \0 sortKey \0 id`, so its range is already in name order: search-text.ts), read in batches from a
 * position until the visitor has enough or the range ends. Suggestions use it for their last tier, colleagues
 * ranked by name, so a page reads the colleagues it shows rather than the whole organisation.
 */
import { SCAN_BATCH, type PeoplePosition } from '../cursor.js';
import { searchKey, searchKeyBounds } from '../search-text.js';
import { PEOPLE, type PersonRecord, type Transaction } from './schema.js';

/** Sees one person of the range, in name order; true when it has enough and the walk may stop. */
export type NameVisitor = (record: PersonRecord) => boolean;

/**
 * Visits everyone in the `search` range of `prefix` (an indexed prefix) after `from` (from the first, for `null`),
 * `firstBatch` records first and then {@link SCAN_BATCH} at a time.
 */
export async function walkByName(
  tx: Transaction,
  prefix: string,
  from: PeoplePosition | null,
  firstBatch: number,
  visit: NameVisitor,
): Promise<void> {
  const index = tx.objectStore(PEOPLE).index('search');
  const [low, high] = searchKeyBounds(prefix);
  let lower = from ? searchKey(prefix, from.sortKey, from.id) : low;
  let open = from !== null;
  let batch = firstBatch;
  for (;;) {
    const records = await index.getAll(IDBKeyRange.bound(lower, high, open, true), batch);
    for (const record of records) if (visit(record)) return;
    const last = records[records.length - 1];
    if (records.length < batch || !last) return;
    // The last record's own entry in this range: the next batch starts just after it.
    lower = searchKey(prefix, last.sortKey, last.id);
    open = true;
    batch = SCAN_BATCH;
  }
}
