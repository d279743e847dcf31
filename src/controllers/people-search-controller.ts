import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactsBackend, PeopleFilter, PersonEntry } from '../backend/backend.js';
import { PAGE_SIZES } from '../backend/page-sizes.js';
import type { Relationship } from '../model/relationship.js';
import { ListStatus, PagedListController, type PageReader } from './paged-list-controller.js';

/** Where a people search stands, in the search's words: `ready` is a list loaded or empty. */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface PeopleSearchOptions {
  /**
   * The longest wait between the last keystroke and the query, in ms. Default 150. Only keys within a burst of
   * typing wait: a key that comes after a pause at least as long as the wait is searched at once. The wait
   * adapts: twice the last first page's read time, at least {@link MIN_TYPING_PAUSE_MS} (or this, when
   * smaller), so a fast adapter answers a keystroke sooner and a slow one is not asked again on every letter.
   */
  debounceMs?: number;
  /** Rows per page fetched from the backend. Default 100. */
  pageSize?: number;
  /** Told about every failed load (first page, next page or refresh). */
  onError?: (error: unknown) => void;
}

const personKey = (entry: PersonEntry): string => entry.person.id;

/** The shortest typing pause waited out: keystrokes come faster than this while someone types a word. */
export const MIN_TYPING_PAUSE_MS = 60;

/**
 * A paged people search that follows the host's query and filter: the query, the filter and the typing delay,
 * over a {@link PagedListController} that does the paging, the dropping and aborting of stale answers, and the
 * live re-reads.
 */
export class PeopleSearchController implements ReactiveController {
  /** The query and filter of the entries shown (or being loaded). */
  query = '';
  filter: PeopleFilter = 'all';
  pageSize: number;

  private backend: ContactsBackend | undefined;
  private readonly list: PagedListController<PersonEntry>;
  private readonly debounceMs: number;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Typing is being waited out: the list shown belongs to an older query. */
  private debouncing = false;
  /** How long the last first page of a search took to read, in ms (the adaptive typing pause follows it). */
  private lastSearchMs = Infinity;
  /** When the query alone last changed (a keystroke), by `performance.now()`. */
  private lastKeyAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: PeopleSearchOptions = {},
  ) {
    host.addController(this);
    this.debounceMs = options.debounceMs ?? 150;
    this.pageSize = options.pageSize ?? 100;
    this.list = new PagedListController(host, {
      key: personKey,
      pageSize: () => this.pageSize,
      // Refreshes re-read many loaded rows in few requests of the largest page.
      maxPageSize: PAGE_SIZES.people.max,
      onError: options.onError,
    });
  }

  /** The rows shown. */
  get entries(): readonly PersonEntry[] {
    return this.list.items;
  }

  /** Cursor of the next page; `null` once everything is loaded. */
  get next(): string | null {
    return this.list.next;
  }

  get status(): SearchStatus {
    if (this.debouncing) return 'loading';
    switch (this.list.status) {
      case ListStatus.INITIAL:
        return 'idle';
      case ListStatus.LOADING:
        return 'loading';
      case ListStatus.ERROR:
        // A failed next page or refresh keeps its rows, and the search stays usable.
        return this.list.items.length === 0 ? 'error' : 'ready';
      default:
        return 'ready';
    }
  }

  get error(): unknown {
    return this.list.error;
  }

  /** A next page is being fetched. */
  get loadingMore(): boolean {
    return this.list.loadingMore;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopTyping();
  }

  /** Uses `backend` and starts over. */
  setBackend(backend: ContactsBackend | undefined): void {
    this.backend = backend;
    this.list.reset();
    if (backend) this.start();
  }

  /**
   * Searches for `query` within `filter`. A change of the query alone within a burst of typing (less than the
   * typing pause after the previous one) waits the pause out for more; the first after a pause, a change of
   * filter (or `immediate`) searches at once.
   */
  search(query: string, filter: PeopleFilter, immediate = false): void {
    if (query === this.query && filter === this.filter && this.status !== 'idle') return;
    const typed = filter === this.filter && !immediate;
    this.query = query;
    this.filter = filter;
    if (!this.backend) return;
    const now = performance.now();
    const inBurst = typed && now - this.lastKeyAt < this.typingPauseMs;
    if (typed) this.lastKeyAt = now;
    if (inBurst && this.debounceMs > 0) {
      // Abort any answer in flight now: it belongs to a query the user has already changed.
      this.list.abort();
      clearTimeout(this.debounceTimer);
      this.debouncing = true;
      this.debounceTimer = setTimeout(() => this.start(), this.typingPauseMs);
      this.host.requestUpdate();
    } else {
      this.start();
    }
  }

  /** Loads the first page again (after an error, say). */
  retry(): void {
    if (this.backend) this.start();
  }

  /**
   * Fetches the next page unless one is being fetched or there is none; resolves when it is in (or was not
   * asked). `limit` asks for a larger page than `pageSize` (a jump through the list reads far ahead).
   */
  loadMore(limit?: number): Promise<void> {
    return this.debouncing ? Promise.resolve() : this.list.loadMore(limit);
  }

  /**
   * Loads pages of the largest size until `done(entries)` holds or the list ends (a jump to a letter, select
   * all). Resolves `false` when a new search, a failed page or a list that stopped growing ended it first.
   */
  async loadUntil(done: (entries: readonly PersonEntry[]) => boolean): Promise<boolean> {
    const { query, filter } = this;
    let idle = 0;
    while (!done(this.entries) && this.next !== null) {
      const next = this.next;
      const count = this.entries.length;
      await this.loadMore(PAGE_SIZES.people.max);
      if (this.query !== query || this.filter !== filter || this.list.status === ListStatus.ERROR) return false;
      // Waiting out another read makes no progress once or twice; a list that never grows is given up on.
      idle = this.next === next && this.entries.length === count ? idle + 1 : 0;
      if (idle > 3) return false;
    }
    return true;
  }

  /** Re-reads the loaded rows after a change, keeping them (and so the scroll position) in place. */
  refresh(): void {
    if (!this.debouncing) this.list.changed();
  }

  /** Replaces one person's relationship in the loaded rows (after an action), without a round trip. */
  patchRelationship(personId: string, relationship: Relationship): void {
    const entry = this.list.items.find((e) => e.person.id === personId);
    if (entry) this.list.replace(personId, { person: entry.person, relationship });
  }

  /** The wait after a keystroke: twice the last search's read, within [MIN_TYPING_PAUSE_MS, debounceMs]. */
  private get typingPauseMs(): number {
    const floor = Math.min(MIN_TYPING_PAUSE_MS, this.debounceMs);
    return Math.min(this.debounceMs, Math.max(floor, 2 * this.lastSearchMs));
  }

  private start(): void {
    const backend = this.backend;
    if (!backend) return;
    this.stopTyping();
    const { query, filter } = this;
    const reader: PageReader<PersonEntry> = ({ cursor, limit, signal }) => {
      const read = backend.searchPeople({ query, filter, cursor, limit, signal });
      if (cursor === null) {
        const started = performance.now();
        void read.then(() => (this.lastSearchMs = performance.now() - started)).catch(() => {});
      }
      return read;
    };
    void this.list.load(reader);
  }

  private stopTyping(): void {
    clearTimeout(this.debounceTimer);
    this.debouncing = false;
  }
}
