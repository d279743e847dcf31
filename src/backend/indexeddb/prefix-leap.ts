/**
 * A leap through several prefix ranges of the people store's `search` index at once: one key cursor per prefix,
 * each behind the furthest of them jumping to that place in its own range (`continue(key)`: its first key at or
 * after it), until all stand on one person. A prefix's keys are `prefix \0 sortKey \0 id` (search-text.ts), so
 * what follows the prefix is the person's place in name order, comparable across ranges. The work follows the
 * people the ranges share and the jumps between them, not the longest range.
 */
import type { PeoplePosition } from '../cursor.js';
import { searchKey, searchKeyBounds } from '../search-text.js';
import { PEOPLE, type Transaction } from './schema.js';

/** The separator of a search key's parts (search-text.ts); a place followed by it sorts after the place alone. */
const SEPARATOR = '\u0000';

/** The search key of the person at `place` in `prefix`'s range. */
export const keyAt = (prefix: string, place: string): string => prefix + SEPARATOR + place;

/** The place in name order of a search key of `prefix`'s range. */
export const placeOf = (prefix: string, key: string): string => key.slice(prefix.length + SEPARATOR.length);

type SearchIndex = ReturnType<ReturnType<Transaction['objectStore']>['index']>;
type KeyCursor = Awaited<ReturnType<SearchIndex['openKeyCursor']>>;

/** A place all ranges share, and the range whose cursor led there (the others jumped to it). */
export interface SharedPlace {
  /** `sortKey \0 id` of a person in every range. */
  place: string;
  /** Index of the prefix whose cursor stood furthest last (the first, when all started there). */
  lead: number;
}

export class PrefixLeap {
  private lead = 0;

  private constructor(
    private readonly prefixes: readonly string[],
    private cursors: KeyCursor[],
  ) {}

  /** Cursors on each prefix's range, after `after` (from its start, for `null`). */
  static async open(tx: Transaction, prefixes: readonly string[], after: PeoplePosition | null): Promise<PrefixLeap> {
    const index = tx.objectStore(PEOPLE).index('search');
    const cursors = await Promise.all(
      prefixes.map((p) => {
        const [low, high] = searchKeyBounds(p);
        return index.openKeyCursor(IDBKeyRange.bound(after ? searchKey(p, after.sortKey, after.id) : low, high, after !== null, true));
      }),
    );
    return new PrefixLeap(prefixes, cursors);
  }

  /** The first place at or after the cursors that every range holds; null once some range has ended. */
  async shared(): Promise<SharedPlace | null> {
    for (;;) {
      if (this.cursors.some((c) => c === null)) return null;
      const places = this.cursors.map((c, i) => placeOf(this.prefixes[i]!, c!.key));
      let furthest = 0;
      places.forEach((p, i) => {
        if (p > places[furthest]!) furthest = i;
      });
      const place = places[furthest]!;
      if (places.every((p) => p === place)) return { place, lead: this.lead };
      this.lead = furthest;
      // Every cursor behind jumps at once: one round trip a leap, however many words.
      this.cursors = await Promise.all(
        this.cursors.map((c, i) => (places[i] === place ? c : c!.continue(keyAt(this.prefixes[i]!, place)))),
      );
    }
  }

  /** Moves every cursor past `place` (at or after where they stand), to its first key after it. */
  async skipPast(place: string): Promise<void> {
    this.cursors = await Promise.all(this.cursors.map((c, i) => c && c.continue(keyAt(this.prefixes[i]!, place + SEPARATOR))));
  }
}
