/**
 * The IndexedDB adapter's import of 100,000 people beside plain puts of the same rows (a suite of its own: with
 * the read suite's seeding it outlasted the bench's wait on a loaded machine). `npm run bench adapter-import`.
 */
import { openDB } from 'idb';
import { deleteWorld, importWorld } from '../src/backend/indexeddb/index.js';
import { makePeople, random } from './adapter-world.js';
import type { BenchRow } from './bench.js';

const GROUP = 'IndexedDB adapter';
const READ_TARGET = '≤ 1.5× raw';

/** The records the adapter stored in its people store, as they are. */
async function storedPeople(databaseName: string): Promise<unknown[]> {
  const db = await openDB(databaseName);
  const rows = await db.getAll('people');
  db.close();
  return rows;
}

interface RawIndex {
  name: string;
  keyPath: string | string[];
  multiEntry?: boolean;
}

/** Milliseconds to put `rows` (each with an `id`) into a fresh store with `indexes`, 1,000 per transaction. */
async function rawImport(databaseName: string, rows: readonly unknown[], indexes: readonly RawIndex[]): Promise<number> {
  await deleteWorld(databaseName);
  const db = await openDB(databaseName, 1, {
    upgrade(raw) {
      const store = raw.createObjectStore('people', { keyPath: 'id' });
      for (const { name, keyPath, multiEntry } of indexes) store.createIndex(name, keyPath, { multiEntry });
    },
  });
  const start = performance.now();
  for (let i = 0; i < rows.length; i += 1000) {
    const tx = db.transaction('people', 'readwrite');
    await Promise.all([...rows.slice(i, i + 1000).map((row) => tx.store.put(row)), tx.done]);
  }
  const elapsed = performance.now() - start;
  db.close();
  await deleteWorld(databaseName);
  return elapsed;
}

export default async function adapterImportBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const name = `bench-import-${Date.now()}`;
  const rawName = `${name}-raw`;
  const people = makePeople(random(42));
  // Writes. Two references, each a plain put of 100k rows, 1,000 per transaction: the people as given into a
  // store with no index, and the very records our import stored (sort and search keys included) into a store
  // with the same two indexes. The second isolates what the adapter adds: validation, keys, bookkeeping.
  const start = performance.now();
  await importWorld(name, { people }, { onProgress: (p) => p.done % 20_000 === 0 && console.log(`import ${p.phase} ${p.done}`) });
  const importMs = performance.now() - start;
  const stored = await storedPeople(name);
  const plainMs = await rawImport(rawName, people, []);
  const indexedMs = await rawImport(rawName, stored, [
    { name: 'bySort', keyPath: ['sortKey', 'id'] },
    { name: 'search', keyPath: 'searchKeys', multiEntry: true },
  ]);
  rows.push({
    group: GROUP,
    name: 'import 100k people (1,000 per transaction)',
    value: importMs,
    reference: { name: 'raw put, no indexes, same people', value: plainMs },
  });
  rows.push({
    group: GROUP,
    name: 'import 100k people (1,000 per transaction)',
    value: importMs,
    reference: { name: 'raw put of the stored rows, same indexes', value: indexedMs },
    target: READ_TARGET.replace('raw', 'raw put'),
    holds: importMs <= 1.5 * indexedMs,
  });
  await deleteWorld(name);
  return rows;
}
