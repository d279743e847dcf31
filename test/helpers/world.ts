/** A fresh IndexedDB world per test: unique database, adapters per viewer, and cleanup. */
import { fixtureCleanup } from '@open-wc/testing';
import { IndexedDBBackend, deleteWorld, importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import type { Person, PersonInput } from '../../src/model/person.js';

/** A test world: its database name, an adapter per viewer (created on demand), and cleanup. */
export interface TestWorld {
  databaseName: string;
  /** A new adapter acting for `viewerId` on this world (closed by `cleanup`). */
  backendFor(viewerId: string): IndexedDBBackend;
  /** Closes every adapter made here and deletes the database. */
  cleanup(): Promise<void>;
  /** Fixes the clock of every adapter of this world (made before or after) at `time`. */
  setTime(time: number): void;
}

/** Imports `data` into a new, uniquely named database. */
export async function createWorld(data: WorldData = {}): Promise<TestWorld> {
  const databaseName = `test-world-${crypto.randomUUID()}`;
  await importWorld(databaseName, data);
  const backends: IndexedDBBackend[] = [];
  let time: number | undefined;
  const clock = () => time ?? Date.now();
  return {
    databaseName,
    setTime: (t) => void (time = t),
    backendFor(viewerId: string) {
      const backend = new IndexedDBBackend({ databaseName, viewerId, clock });
      backends.push(backend);
      return backend;
    },
    async cleanup() {
      for (const backend of backends) backend.close();
      await deleteWorld(databaseName);
    },
  };
}

/** The world of the running test, as {@link useWorld} keeps it. */
export interface WorldFixture {
  /** The viewer's adapter (one per world, made on first use). */
  readonly backend: IndexedDBBackend;
  readonly databaseName: string;
  /** A new adapter acting for `viewerId` on the test's world (closed with it). */
  backendFor(viewerId: string): IndexedDBBackend;
}

/**
 * The world fixture, in one line inside a `describe`: imports `data()` into a fresh database before each test (with
 * `once`, before the first only), and afterwards removes the test's elements, closes its adapters and deletes the
 * database. The returned fixture always reads the running test's world.
 */
export function useWorld(data: () => WorldData, options: { viewerId?: string; once?: boolean } = {}): WorldFixture {
  let current: { world: TestWorld; backend?: IndexedDBBackend } | undefined;
  const running = () => {
    if (!current) throw new Error('useWorld: there is no world outside a test.');
    return current;
  };
  (options.once ? before : beforeEach)(async () => {
    current = { world: await createWorld(data()) };
  });
  (options.once ? after : afterEach)(async () => {
    // Elements go first, so none is left listening to an adapter that is being closed.
    fixtureCleanup();
    await current?.world.cleanup();
    current = undefined;
  });
  return {
    get backend() {
      const test = running();
      return (test.backend ??= test.world.backendFor(options.viewerId ?? 'me'));
    },
    get databaseName() {
      return running().world.databaseName;
    },
    backendFor: (viewerId) => running().world.backendFor(viewerId),
  };
}

/** A person input with the given id and display name, and any other fields. */
export function person(id: string, displayName: string, extra: Partial<Person> = {}): PersonInput {
  return { ...extra, id, displayName };
}

/**
 * For tests that open databases themselves: returns a maker of unique names (`<prefix>-<uuid>`), and deletes
 * every database it named after each test. Call it inside a `describe`.
 */
export function freshDatabaseNames(prefix: string): () => string {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await deleteWorld(name);
  });
  return () => {
    const name = `${prefix}-${crypto.randomUUID()}`;
    names.push(name);
    return name;
  };
}

/**
 * A time zone in which it is now between 06:00 and 18:00, for feed tests whose activities are minutes or hours
 * old: in it they fall on one day, so grouping (never across midnight) and headings do not depend on when the
 * test runs (a CI run just after midnight UTC split a burst of posts in two).
 */
export function middayTimeZone(now = Date.now()): string {
  const hour = new Date(now).getUTCHours();
  return hour >= 6 && hour < 18 ? 'UTC' : 'Etc/GMT-12';
}
