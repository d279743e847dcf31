/**
 * `importWorld` and `deleteWorld` as the drop-in bundle exports them: the import code (validation, checks against
 * what is stored, chunked writes) loads on the first call, not with the page. Same signatures and results.
 * @module
 */
import type { importWorld as ImportWorld, deleteWorld as DeleteWorld } from '../backend/indexeddb/import.js';

/** Imports a world into `databaseName`; see the IndexedDB adapter's `importWorld`. */
export async function importWorld(...args: Parameters<typeof ImportWorld>): ReturnType<typeof ImportWorld> {
  return (await import('../backend/indexeddb/import.js')).importWorld(...args);
}

/** Deletes the database `databaseName`; see the IndexedDB adapter's `deleteWorld`. */
export async function deleteWorld(...args: Parameters<typeof DeleteWorld>): ReturnType<typeof DeleteWorld> {
  return (await import('../backend/indexeddb/import.js')).deleteWorld(...args);
}
