/**
 * Page sizes of the contract's paged reads: the default when a caller gives none and the largest an adapter
 * must serve. Adapters check against them; elements clamp their `page-size` attributes to them.
 */
import { ContactsError } from '../model/errors.js';

/** Per paged read: `default` rows when no `limit` is given; `limit` may be 1 to `max`. */
export const PAGE_SIZES = {
  /** `searchPeople`. */
  people: { default: 50, max: 200 },
  /** `getFeed`. */
  feed: { default: 20, max: 100 },
  /** `listRequests`, each direction. */
  requests: { default: 50, max: 200 },
  /** `getSuggestions`. */
  suggestions: { default: 10, max: 50 },
} as const satisfies Record<string, { default: number; max: number }>;

/** The paged reads: `people` (searchPeople), `feed` (getFeed), `requests` (listRequests), `suggestions` (getSuggestions). */
export type PagedRead = keyof typeof PAGE_SIZES;

/** How {@link pageSize} treats a size out of range. */
export interface PageSizeOptions {
  /**
   * `false` (default, an adapter checking its argument): anything but a whole number from 1 to the maximum
   * rejects with `invalid-input`. `true` (an element's attribute): it is rounded down and brought into range;
   * a non-number or non-finite one gives `fallback`.
   */
  clamp?: boolean;
  /** The size when `limit` is absent (or, when clamping, not a finite number). Default: the read's default. */
  fallback?: number;
}

/** The page size a read of kind `read` uses for the caller's `limit`. See {@link PageSizeOptions}. */
export function pageSize(read: PagedRead, limit: unknown, options: PageSizeOptions = {}): number {
  const { max } = PAGE_SIZES[read];
  const fallback = options.fallback ?? PAGE_SIZES[read].default;
  if (limit === undefined || limit === null) return fallback;
  if (options.clamp) return typeof limit === 'number' && Number.isFinite(limit) ? Math.min(max, Math.max(1, Math.floor(limit))) : fallback;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new ContactsError('invalid-input', `The page size must be a whole number from 1 to ${max}.`);
  }
  return limit;
}
