/**
 * The mutual connections of the people rows in view: the ids the grid renders are collected and read in one
 * `getMutualConnectionsFor` call per batch (never one read per row), the answers kept until the data changes.
 * A failed batch shows no line for its rows (the rows themselves are what matters).
 */
import type { ContactsBackend, MutualConnections } from '../../backend/backend.js';
import { PAGE_SIZES } from '../../backend/page-sizes.js';

/** How many mutual connections a row names ("Connected to Jane Doe, Richard Roe and 3 others you know"). */
const NAMED = 2;

/**
 * Most people share no connections with the viewer: one frozen answer stands for all of them, so the answers kept
 * for a long scrolled list cost a map entry a row rather than an object and an array each.
 */
const NONE: MutualConnections = Object.freeze({ count: 0, people: Object.freeze([]) as unknown as MutualConnections['people'] });

export class RowMutual {
  readonly #known = new Map<string, MutualConnections>();
  /** Asked and not answered yet (in flight, or failed: a failed row is not asked again). */
  readonly #asked = new Set<string>();
  #wanted = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #reads = new Set<AbortController>();
  #backend: ContactsBackend | undefined;

  /** `onLoaded` runs when a batch arrived (the grid re-renders its rows). */
  constructor(private readonly onLoaded: () => void) {}

  /** What is known of `id`, once read. */
  of(id: string): MutualConnections | undefined {
    return this.#known.get(id);
  }

  /** Asks for the rows in view (`ids`) of `backend`: the ones not yet known are read together, soon. */
  want(backend: ContactsBackend | undefined, ids: readonly string[]): void {
    if (backend !== this.#backend) {
      this.forget();
      this.#backend = backend;
    }
    if (!backend) return;
    for (const id of ids) if (id !== backend.viewerId && !this.#known.has(id) && !this.#asked.has(id)) this.#wanted.add(id);
    if (this.#wanted.size > 0 && this.#timer === undefined) this.#timer = setTimeout(() => this.#flush());
  }

  /** Drops what was read and stops the reads in flight (the relationships changed). */
  forget(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const read of this.#reads) read.abort();
    this.#reads.clear();
    this.#known.clear();
    this.#asked.clear();
    this.#wanted.clear();
  }

  #flush(): void {
    this.#timer = undefined;
    const backend = this.#backend;
    const ids = [...this.#wanted].slice(0, PAGE_SIZES.people.max);
    this.#wanted = new Set([...this.#wanted].slice(ids.length));
    if (!backend || ids.length === 0) return;
    for (const id of ids) this.#asked.add(id);
    const read = new AbortController();
    this.#reads.add(read);
    backend.getMutualConnectionsFor(ids, { limit: NAMED, signal: read.signal }).then(
      (answers) => {
        if (read.signal.aborted) return;
        this.#reads.delete(read);
        for (const { personId, count, people } of answers) {
          this.#known.set(personId, count === 0 ? NONE : { count, people });
          // Known now: kept once, in #known, rather than in both.
          this.#asked.delete(personId);
        }
        this.onLoaded();
      },
      () => this.#reads.delete(read),
    );
    if (this.#wanted.size > 0) this.#timer = setTimeout(() => this.#flush());
  }
}
