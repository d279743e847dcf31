/** Keyset scans in name order, shared by the people lists (people-search.ts) and word search (word-search.ts). */
import { SCAN_BATCH, type PeoplePosition } from '../cursor.js';
import type { PersonRecord } from './schema.js';

/** The records of one page, and whether more follow. */
export interface RecordPage {
  records: PersonRecord[];
  more: boolean;
}

/**
 * Reads rows in name order from after `after`, keeping those `keep` accepts, until one more than `limit` is
 * kept (so `more` is exact) or the rows run out. The first read asks for `first` rows (just enough when
 * little is filtered out); later reads for SCAN_BATCH.
 */
export async function scanPages(
  read: (from: PeoplePosition | null, open: boolean, count: number) => Promise<PersonRecord[]>,
  after: PeoplePosition | null,
  limit: number,
  keep: (record: PersonRecord) => boolean,
  first = limit + 1,
): Promise<RecordPage> {
  const found: PersonRecord[] = [];
  let from = after;
  let count = first;
  for (;;) {
    const rows = await read(from, from !== null, count);
    for (const r of rows) if (keep(r)) found.push(r);
    if (found.length > limit) break;
    const tail = rows[rows.length - 1];
    if (rows.length < count || !tail) break;
    from = positionOf(tail);
    count = SCAN_BATCH;
  }
  return { records: found.slice(0, limit), more: found.length > limit };
}

/** A record's place in name order. */
export function positionOf(record: PersonRecord): PeoplePosition {
  return { sortKey: record.sortKey, id: record.id };
}

/** Name order: sort key, then id, both by code unit as IndexedDB compares strings. */
export function compareSort(a: PeoplePosition, b: PeoplePosition): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
