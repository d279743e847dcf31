/** A fresh IndexedDB world per test: unique database, adapters per viewer, and cleanup. */
import { IndexedDBBackend, deleteWorld, importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import type { Person, PersonInput } from '../../src/model/person.js';

/** A test world: its database name, an adapter per viewer (created on demand), and cleanup. */
export interface TestWorld {
  databaseName: string;
  /** A new adapter acting for `viewerId` on this world (closed by `cleanup`). */
  backendFor(viewerId: string): IndexedDBBackend;
  /** Closes every adapter made here and deletes the database. */
  cleanup(): Promise<void>;
}

/** Imports `data` into a new, uniquely named database. */
export async function createWorld(data: WorldData = {}): Promise<TestWorld> {
  const databaseName = `test-world-${crypto.randomUUID()}`;
  await importWorld(databaseName, data);
  const backends: IndexedDBBackend[] = [];
  return {
    databaseName,
    backendFor(viewerId: string) {
      const backend = new IndexedDBBackend({ databaseName, viewerId });
      backends.push(backend);
      return backend;
    },
    async cleanup() {
      for (const backend of backends) backend.close();
      await deleteWorld(databaseName);
    },
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
