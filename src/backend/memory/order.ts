/** The two orders lists come in (the same as the IndexedDB adapter's, so both page alike), and paging by time. */
import { newestFirst, type TimePosition } from '../cursor.js';

/** Name order: sort key, then id, by code unit. */
export function compareByName(a: { sortKey: string; person: { id: string } }, b: { sortKey: string; person: { id: string } }): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  if (a.person.id !== b.person.id) return a.person.id < b.person.id ? -1 : 1;
  return 0;
}

/** Newest first: the page after `after`, and the position to continue from when there is more. */
export function pageNewestFirst<T extends TimePosition>(
  items: T[],
  after: TimePosition | null,
  limit: number,
): { items: T[]; next: TimePosition | null } {
  const sorted = items.filter((item) => !after || newestFirst(item, after) > 0).sort(newestFirst);
  const page = sorted.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page, next: sorted.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
