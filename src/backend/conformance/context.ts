/** What every part of the conformance suite shares: the factory, the test functions, fixtures, snapshots. */
import type { BackendChange, ContactsBackend } from '../backend.js';
import type { PersonInput } from '../../model/person.js';
import { newestFirst } from '../cursor.js';
import { PAGE_SIZES } from '../page-sizes.js';
import type { WorldData } from '../world.js';

/** The data a conformance world starts with (the same shape `importWorld` takes). */
export type ConformanceData = WorldData;

/** One fresh world made by a factory: adapters for any viewer over the same data, and cleanup. */
export interface ConformanceWorld {
  /**
   * An adapter acting for `viewerId` over this world. Calls with the same id may return the same adapter or a
   * new one; the suite asks for a new one with `fresh: true` when it needs two instances (events).
   */
  backendFor(viewerId: string, options?: { fresh?: boolean }): ContactsBackend;
  /** Releases every adapter made for this world and deletes its data. */
  cleanup(): Promise<void>;
  /**
   * Sets the world's clock to `time` (epoch milliseconds) for every adapter of it, from now on: what the suite's
   * tests of expiry (a timed mute) need. Optional; run the suite with `{ clock: true }` when the world has it.
   */
  setTime?(time: number): Promise<void>;
}

/** Makes a fresh, isolated world holding `data`. Called once or more per test. */
export type ConformanceFactory = (data: ConformanceData) => Promise<ConformanceWorld>;

/** The test functions the suite defines its tests with (mocha's BDD globals by default). */
export interface TestApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void): void;
  afterEach(body: () => Promise<void> | void): void;
}

/** Helpers for one part of the suite. */
export interface SuiteContext {
  api: TestApi;
  /** A fresh world (default: the standard cast), cleaned up after the test. */
  world(data?: ConformanceData): Promise<Handle>;
}

/** A world plus one cached adapter per viewer. */
export interface Handle {
  world: ConformanceWorld;
  /** The adapter for `viewerId` (the same one on every call). */
  as(viewerId: string): ContactsBackend;
  /** Everything every listed viewer can observe, as one string, to compare before and after a rejection. */
  snapshot(viewerIds?: readonly string[]): Promise<string>;
}

/** Builds a person input. */
export function person(id: string, displayName: string, extra: Partial<PersonInput> = {}): PersonInput {
  return { ...extra, id, displayName };
}

/** The standard cast: the viewer Ann and four others, unrelated. */
export const CAST: readonly PersonInput[] = [
  person('ann', 'Ann Archer', { givenName: 'Ann', familyName: 'Archer' }),
  person('bob', 'Bob Brown', { givenName: 'Bob', familyName: 'Brown' }),
  person('cat', 'Cat Cole'),
  person('dan', 'Dan Dunn'),
  person('eve', 'Eve Evans'),
];

/** The ids of the standard cast. */
export const CAST_IDS: readonly string[] = CAST.map((p) => p.id);

/**
 * How long {@link nextChange} waits by default. The wait starts when it subscribes, so it covers an event stream
 * connecting (the HTTP adapter's), the change itself and its delivery, on a machine that may be running three
 * browsers at once: 2 s ran out there. It resolves as soon as the change is heard, so only a change never reported
 * waits it out, and that still fails, with its own message, inside the runner's 20 s test timeout.
 */
const CHANGE_WAIT_MS = 15_000;

/** Resolves with the next change `backend` reports, or rejects after `timeoutMs`. */
export function nextChange(backend: ContactsBackend, timeoutMs = CHANGE_WAIT_MS): Promise<BackendChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`No change was reported within ${timeoutMs} ms.`));
    }, timeoutMs);
    const unsubscribe = backend.subscribe((change) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(change);
    });
  });
}

/** Collects every page of a paged read. */
export async function allPages<T>(
  read: (cursor: string | null) => Promise<{ items: T[]; next: string | null }>,
  maxPages = 1000,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: { items: T[]; next: string | null } = await read(cursor);
    pages.push(page.items);
    if (page.next === null) return pages;
    cursor = page.next;
  }
  throw new Error(`Paging did not end within ${maxPages} pages.`);
}

/**
 * The ids of `activities` in the contract's feed order: newest first, ties (two posts in one millisecond) by id
 * ascending. Posting order alone is not that order on a fast machine.
 */
export function newestFirstIds(activities: readonly { id: string; createdAt: number }[]): string[] {
  return [...activities].sort(newestFirst).map((a) => a.id);
}

/** Makes a handle over a world, for `people` ids to snapshot by default. */
export function handle(world: ConformanceWorld, people: readonly string[]): Handle {
  const adapters = new Map<string, ContactsBackend>();
  const as = (viewerId: string) => {
    let adapter = adapters.get(viewerId);
    if (!adapter) adapters.set(viewerId, (adapter = world.backendFor(viewerId)));
    return adapter;
  };
  return {
    world,
    as,
    async snapshot(viewerIds = people) {
      const views: unknown[] = [];
      for (const v of viewerIds) {
        const b = as(v);
        const relationships: unknown[] = [];
        for (const other of people) if (other !== v) relationships.push([other, await b.getRelationship(other)]);
        const people_ = await b.searchPeople({ limit: PAGE_SIZES.people.max });
        const incoming = await b.listRequests('incoming', { limit: PAGE_SIZES.requests.max });
        const outgoing = await b.listRequests('outgoing', { limit: PAGE_SIZES.requests.max });
        const feed = await b.getFeed({ limit: PAGE_SIZES.feed.max });
        const suggestions = await b.getSuggestions({ limit: PAGE_SIZES.suggestions.max });
        views.push({
          v,
          counts: await b.getCounts(),
          relationships,
          people: people_.items.map((e) => [e.person.id, e.relationship]),
          incoming: incoming.items.map((e) => e.request),
          outgoing: outgoing.items.map((e) => e.request),
          feed: feed.items.map((e) => e.activity),
          suggestions: suggestions.items.map((e) => [e.person.id, e.mutualCount, e.sharedOrganization]),
        });
      }
      return JSON.stringify(views);
    },
  };
}
