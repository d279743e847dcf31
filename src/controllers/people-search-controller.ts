import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactsBackend, PeopleFilter, PersonEntry } from '../backend/backend.js';
import { PAGE_SIZES } from '../backend/page-sizes.js';
import type { Relationship } from '../model/relationship.js';

/** Where a people search stands. */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface PeopleSearchOptions {
  /** Delay between the last keystroke and the query, in ms. Default 150. */
  debounceMs?: number;
  /** Rows per page fetched from the backend. Default 100. */
  pageSize?: number;
  /** Told about every failed load (first page, next page or refresh). */
  onError?: (error: unknown) => void;
}

/**
 * A paged people search that follows the host's query and filter.
 *
 * Typing is debounced; every search gets a sequence number and an answer is dropped unless it belongs to the
 * newest search, so a slow answer to an old query can never overtake a newer one; the superseded read is also
 * aborted, so the adapter stops working on it. Pages load on demand
 * (`loadMore`), and `refresh` re-reads what is loaded without clearing it, so a live update keeps the rows
 * (and so the scroll position) in place.
 */
export class PeopleSearchController implements ReactiveController {
  entries: PersonEntry[] = [];
  /** Cursor of the next page; `null` once everything is loaded. */
  next: string | null = null;
  status: SearchStatus = 'idle';
  error: unknown = undefined;
  /** A next page is being fetched. */
  loadingMore = false;
  /** The query and filter of the entries shown (or being loaded). */
  query = '';
  filter: PeopleFilter = 'all';

  private backend: ContactsBackend | undefined;
  private sequence = 0;
  /** Aborts the reads of the current sequence when it is superseded. */
  private reads = new AbortController();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** A change arrived while the first page was loading: that answer may predate it. */
  private changedDuringLoad = false;
  private readonly debounceMs: number;
  pageSize: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PeopleSearchOptions = {},
  ) {
    host.addController(this);
    this.debounceMs = options.debounceMs ?? 150;
    this.pageSize = options.pageSize ?? 100;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Answers arriving after disconnection are dropped, and nothing fires later.
    this.supersede();
    clearTimeout(this.debounceTimer);
    clearTimeout(this.refreshTimer);
  }

  /** Uses `backend` and starts over. */
  setBackend(backend: ContactsBackend | undefined): void {
    this.backend = backend;
    this.entries = [];
    this.next = null;
    this.status = 'idle';
    if (backend) this.start();
    else this.supersede();
    this.host.requestUpdate();
  }

  /**
   * Searches for `query` within `filter`. A change of the query alone waits `debounceMs` for more typing;
   * a change of filter (or `immediate`) searches at once.
   */
  search(query: string, filter: PeopleFilter, immediate = false): void {
    if (query === this.query && filter === this.filter && this.status !== 'idle') return;
    const onlyQuery = filter === this.filter;
    this.query = query;
    this.filter = filter;
    if (!this.backend) return;
    clearTimeout(this.debounceTimer);
    // Invalidate any answer in flight now: it belongs to a query the user has already changed.
    this.supersede();
    this.status = 'loading';
    this.host.requestUpdate();
    if (onlyQuery && !immediate && this.debounceMs > 0) {
      this.debounceTimer = setTimeout(() => this.start(), this.debounceMs);
    } else {
      this.start();
    }
  }

  /** Loads the first page again (after an error, say). */
  retry(): void {
    if (this.backend) this.start();
  }

  /** Fetches the next page unless one is being fetched or there is none. */
  loadMore(): void {
    const backend = this.backend;
    if (!backend || this.loadingMore || this.status !== 'ready' || this.next === null) return;
    const sequence = this.sequence;
    this.loadingMore = true;
    this.host.requestUpdate();
    backend
      .searchPeople({ query: this.query, filter: this.filter, cursor: this.next, limit: this.pageSize, signal: this.reads.signal })
      .then(
        (page) => {
          if (sequence !== this.sequence) return;
          // In place (the array is ours): a copy per page would copy the list a hundred times over a 10,000-row scroll.
          this.entries.push(...page.items);
          this.next = page.next;
        },
        (error: unknown) => {
          if (sequence !== this.sequence) return;
          // The rows already shown stay; the next scroll to the end tries again.
          this.options.onError?.(error);
        },
      )
      .finally(() => {
        if (sequence !== this.sequence) return;
        this.loadingMore = false;
        this.host.requestUpdate();
      });
  }

  /**
   * Re-reads at least as many rows as are loaded and swaps them in at once, keeping the rows on screen.
   * Calls within `delayMs` of each other are merged (a bulk action reports many changes in a burst).
   */
  refresh(delayMs = 60): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.reread(), delayMs);
  }

  /** Replaces one person's relationship in the loaded rows (after an action), without a round trip. */
  patchRelationship(personId: string, relationship: Relationship): void {
    const index = this.entries.findIndex((e) => e.person.id === personId);
    if (index < 0) return;
    const entries = [...this.entries];
    entries[index] = { person: entries[index]!.person, relationship };
    this.entries = entries;
    this.host.requestUpdate();
  }

  /** Starts a new sequence: answers of the old one are dropped, and its reads aborted. Returns the new number. */
  private supersede(): number {
    this.reads.abort();
    this.reads = new AbortController();
    return ++this.sequence;
  }

  private async start(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    clearTimeout(this.debounceTimer);
    const sequence = this.supersede();
    this.status = 'loading';
    this.loadingMore = false;
    this.changedDuringLoad = false;
    this.host.requestUpdate();
    try {
      const page = await backend.searchPeople({ query: this.query, filter: this.filter, limit: this.pageSize, signal: this.reads.signal });
      if (sequence !== this.sequence) return;
      // A copy of the adapter's array, which later pages are pushed onto.
      this.entries = [...page.items];
      this.next = page.next;
      this.status = 'ready';
      this.error = undefined;
      if (this.changedDuringLoad) {
        this.changedDuringLoad = false;
        this.refresh(0);
      }
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.entries = [];
      this.next = null;
      this.status = 'error';
      this.error = error;
      this.options.onError?.(error);
    }
    this.host.requestUpdate();
  }

  private async reread(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    if (this.status !== 'ready') {
      // Nothing trustworthy is shown: an ordinary reload is as good. A load in flight may have read the data
      // before this change, so it is re-read once it lands.
      if (this.status === 'error') void this.start();
      else if (this.status === 'loading') this.changedDuringLoad = true;
      return;
    }
    const sequence = this.supersede();
    const { signal } = this.reads;
    this.loadingMore = false;
    const wanted = Math.max(this.entries.length, this.pageSize);
    const entries: PersonEntry[] = [];
    let cursor: string | null = null;
    try {
      do {
        const limit = Math.min(PAGE_SIZES.people.max, Math.max(this.pageSize, wanted - entries.length));
        const page = await backend.searchPeople({ query: this.query, filter: this.filter, cursor, limit, signal });
        if (sequence !== this.sequence) return;
        entries.push(...page.items);
        cursor = page.next;
        // An empty page cannot make progress; stop rather than loop on a misbehaving adapter.
        if (page.items.length === 0) break;
      } while (cursor !== null && entries.length < wanted);
      this.entries = entries;
      this.next = cursor;
      this.loadingMore = false;
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.options.onError?.(error);
    }
    this.host.requestUpdate();
  }
}
