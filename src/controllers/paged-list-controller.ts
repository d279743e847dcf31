import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../backend/backend.js';
import { FrameBatch } from './frame-batch.js';
import { LatestRead } from './latest-read.js';
import { appendUnique, loadAtLeast } from './paging.js';

/** Where a paged list stands (the way Lit's `TaskStatus` is written: the object for values, the type from it). */
export const ListStatus = {
  /** Nothing asked yet: no source (no backend). */
  INITIAL: 'initial',
  /** The first page is being read. What is shown, if anything, is from before (the previous query). */
  LOADING: 'loading',
  /** Items are shown. */
  LOADED: 'loaded',
  /** The source answered with nothing. */
  EMPTY: 'empty',
  /** The last read failed (`error` says why; `retry()` repeats it). Items a later page or a re-read failed over stay. */
  ERROR: 'error',
} as const;
export type ListStatus = (typeof ListStatus)[keyof typeof ListStatus];

/** What a page read is given: keyset paging from `cursor` (`null`: the start), and the signal that cancels it. */
export interface PageRequest {
  cursor: string | null;
  limit: number;
  signal: AbortSignal;
}

/** Reads one page of a list: a search for a query, a feed, one direction of requests. */
export type PageReader<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PagedListOptions<T> {
  /** An item's identity: an item read twice (the data shifted between pages) is shown once. */
  key(item: T): string;
  /** Items per page (read at every request, so it follows the host's property). */
  pageSize(): number;
  /** The source's largest page: a re-read uses it to read many shown items in few requests. */
  maxPageSize: number;
  /**
   * A re-read goes on (a page more at most) until this holds of what it read: a feed re-reads until it reaches back
   * to the oldest item shown, as new items push the shown ones down.
   */
  covers?(read: readonly T[], shown: readonly T[]): boolean;
  /** Told of the items each successful read brought (all of them for a load or re-read, the page for `loadMore`). */
  onRead?(items: readonly T[]): void;
  /** Told of every failed read. */
  onError?(error: unknown): void;
}

/** The kinds of read; one is in flight at a time, and a newer one aborts the older. */
type Read = 'load' | 'more' | 'reread';

/**
 * A cursor-paged list that follows a live source, in the spirit of `@lit/task`: state is private with getters, the
 * host is asked to update whenever it changes, and only the newest read counts. A read that is superseded (a new
 * query, a reload, the host leaving the page) is aborted through the `signal` it was given, and its answer dropped.
 *
 * `load(reader)` starts over with a source; `loadMore()` appends the next page; `changed()` says the source changed,
 * and (batched to one frame) the list re-reads what it shows: from the start, at least as many items as are shown,
 * swapped in at once, so the rows (and the scroll position) stay where they were.
 */
export class PagedListController<T> implements ReactiveController {
  private _status: ListStatus = ListStatus.INITIAL;
  private _items: T[] = [];
  private _next: string | null = null;
  private _error: unknown = undefined;
  private _reader: PageReader<T> | undefined;
  private _reading: Read | undefined;
  private _failed: Read | undefined;
  /** Settles when the read in flight has (see `loadMore`). */
  private _inflight: Promise<void> | undefined;
  private readonly latest = new LatestRead();
  private readonly changes = new FrameBatch(() => void this.reread());

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagedListOptions<T>,
  ) {
    host.addController(this);
  }

  get status(): ListStatus {
    return this._status;
  }

  /** The items shown, in order. The host reads them; they change only through this controller. */
  get items(): readonly T[] {
    return this._items;
  }

  /** Cursor of the next page; `null` at the end (or before the first page arrived). */
  get next(): string | null {
    return this._next;
  }

  /** Why the last read failed; `undefined` after a success. */
  get error(): unknown {
    return this._error;
  }

  /** The first page, or a re-read after a change, is being read (what is shown stays meanwhile). */
  get reading(): boolean {
    return this._status === ListStatus.LOADING || this._reading === 'reread';
  }

  /** The next page is being read. */
  get loadingMore(): boolean {
    return this._reading === 'more';
  }

  /** What is shown is being re-read after a change (it stays shown meanwhile). */
  get rereading(): boolean {
    return this._reading === 'reread';
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Nothing lands, and nothing is read, for a host that is gone; it loads afresh when it comes back.
    this.abort();
  }

  /** Starts over with `reader`: reads its first page; what is shown stays until the answer replaces it. */
  load(reader: PageReader<T>): Promise<void> {
    this._reader = reader;
    // This read starts after any change already reported, so a re-read scheduled for one would add nothing.
    this.changes.cancel();
    this._status = ListStatus.LOADING;
    const limit = this.limit;
    return this.read(
      'load',
      (signal) => reader({ cursor: null, limit, signal }),
      (page) => {
        // A copy of the adapter's array, which later pages are pushed onto.
        this._items = [...page.items];
        this._next = page.next;
        return page.items;
      },
    );
  }

  /**
   * Appends the next page, unless there is none or another read is in flight. `pageSize` overrides the page size
   * for this page (up to the source's largest).
   */
  loadMore(pageSize?: number): Promise<void> {
    const reader = this._reader;
    const cursor = this._next;
    // One read at a time: a caller waiting for the next page waits for the read in flight, then asks again.
    if (this._reading || this._status === ListStatus.LOADING) return this._inflight ?? Promise.resolve();
    if (!reader || cursor === null) return Promise.resolve();
    const limit = pageSize === undefined ? this.limit : Math.max(1, Math.min(this.options.maxPageSize, pageSize));
    return this.read(
      'more',
      (signal) => reader({ cursor, limit, signal }),
      (page) => {
        appendUnique(this._items, page.items, this.options.key);
        this._next = page.next;
        return page.items;
      },
    );
  }

  /** The source changed: re-reads what is shown at the next frame (a burst of changes makes one re-read). */
  changed(): void {
    if (this._reader) this.changes.schedule();
  }

  /** Repeats what failed: the next page, the re-read, or the first page (also when nothing failed). */
  retry(): Promise<void> {
    if (this._failed === 'more') return this.loadMore();
    if (this._failed === 'reread') return this.reread();
    return this._reader ? this.load(this._reader) : Promise.resolve();
  }

  /** Replaces the shown item with `key` (after an action, without a round trip). */
  replace(key: string, item: T): void {
    const index = this._items.findIndex((shown) => this.options.key(shown) === key);
    if (index < 0) return;
    const items = [...this._items];
    items[index] = item;
    this._items = items;
    this.host.requestUpdate();
  }

  /** Removes the shown item with `key` (after an action; the re-read that follows confirms it). */
  remove(key: string): void {
    const items = this._items.filter((shown) => this.options.key(shown) !== key);
    if (items.length === this._items.length) return;
    this._items = items;
    if (items.length === 0 && this._status === ListStatus.LOADED) this._status = ListStatus.EMPTY;
    this.host.requestUpdate();
  }

  /**
   * Aborts the read in flight and any scheduled re-read; what is shown stays. An aborted first page leaves the status
   * `loading` until the next `load` (a search waiting out the typing calls this, then loads the new query).
   */
  abort(): void {
    this.latest.abort();
    this.changes.cancel();
    this._reading = undefined;
  }

  /** Forgets the source and everything shown (the backend went away or was replaced). */
  reset(): void {
    this.abort();
    this._reader = undefined;
    this._items = [];
    this._next = null;
    this._error = undefined;
    this._failed = undefined;
    this._status = ListStatus.INITIAL;
    this.host.requestUpdate();
  }

  private get limit(): number {
    return Math.max(1, Math.min(this.options.maxPageSize, this.options.pageSize()));
  }

  /** Re-reads from the start at least as many items as are shown, and swaps them in at once. */
  private reread(): Promise<void> {
    const reader = this._reader;
    if (!reader) return Promise.resolve();
    // Nothing trustworthy is shown, or a load in flight may have read the data before the change: load again.
    if (this._status === ListStatus.LOADING || this._failed === 'load') return this.load(reader);
    const { key, maxPageSize, covers } = this.options;
    const shown = this._items;
    const count = Math.max(this.limit, shown.length);
    return this.read(
      'reread',
      (signal) =>
        loadAtLeast(
          (cursor, limit) => {
            // Between pages: a newer read took over, so stop rather than read on.
            signal.throwIfAborted();
            return reader({ cursor, limit, signal });
          },
          count,
          maxPageSize,
          key,
          covers && ((read) => covers(read, shown)),
          covers ? count + maxPageSize : count,
        ),
      (page) => {
        this._items = page.items;
        this._next = page.next;
        return page.items;
      },
    );
  }

  /** Runs one read as the newest; `show` puts a successful answer in place and returns the items it brought. */
  private read(kind: Read, fetch: (signal: AbortSignal) => Promise<Page<T>>, show: (page: Page<T>) => readonly T[]): Promise<void> {
    this._reading = kind;
    this.host.requestUpdate();
    return (this._inflight = this.latest.run(
      fetch,
      (page) => {
        this._reading = undefined;
        const read = show(page);
        this._error = undefined;
        this._failed = undefined;
        this._status = this._items.length > 0 ? ListStatus.LOADED : ListStatus.EMPTY;
        this.options.onRead?.(read);
        this.host.requestUpdate();
      },
      (error) => {
        this._reading = undefined;
        if (kind === 'load') {
          // What was shown answered an earlier question (another query, another person): it must not stay.
          this._items = [];
          this._next = null;
        }
        this._error = error;
        this._failed = kind;
        this._status = ListStatus.ERROR;
        this.options.onError?.(error);
        this.host.requestUpdate();
      },
    ));
  }
}
