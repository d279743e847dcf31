import type { Page } from '../backend/backend.js';

/** Fetches one page from `cursor` with at most `limit` items. */
export type PageFetcher<T> = (cursor: string | null, limit: number) => Promise<Page<T>>;

/**
 * Reloads a list from its start until it holds at least `count` items or ends, in pages of at most `maxLimit`.
 * Used when live data changes while the user has already paged further: the reloaded list keeps about as many
 * items as were shown, instead of collapsing back to the first page. Items with a repeated `key` are dropped.
 */
export async function loadAtLeast<T>(
  fetchPage: PageFetcher<T>,
  count: number,
  maxLimit: number,
  key: (item: T) => string,
  covers: (items: readonly T[]) => boolean = () => true,
  maxCount: number = count,
): Promise<Page<T>> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const want = items.length < count ? count - items.length : maxCount - items.length;
    const page: Page<T> = await fetchPage(cursor, Math.max(1, Math.min(maxLimit, want)));
    for (const item of page.items) {
      const k = key(item);
      if (!seen.has(k)) {
        seen.add(k);
        items.push(item);
      }
    }
    cursor = page.next;
    // A page with nothing in it cannot make progress; stop rather than loop on a misbehaving adapter.
    if (page.items.length === 0) break;
  } while (cursor !== null && (items.length < count || (!covers(items) && items.length < maxCount)));
  return { items, next: cursor };
}

/**
 * Appends to `existing`, in place, the items of `more` not already in it (by `key`), and returns it. In place
 * because the list is the caller's own: a copy per page would copy a 10,000-row list a hundred times over a scroll.
 */
export function appendUnique<T>(existing: T[], more: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(existing.map(key));
  for (const item of more) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    existing.push(item);
  }
  return existing;
}
