/**
 * The reference IndexedDB adapter for contacts-center.
 *
 * ```ts
 * import { IndexedDBBackend, importWorld } from 'contacts-center/indexeddb.js';
 * await importWorld('contacts', { people: [...], relations: [...] });
 * const backend = new IndexedDBBackend({ databaseName: 'contacts', viewerId: 'me' });
 * ```
 * @module
 */
export { IndexedDBBackend, type IndexedDBBackendOptions } from './backend.js';
export { importWorld, deleteWorld, type ImportOptions, type ImportProgress, type ImportSummary } from './import.js';
export { importStatus, IMPORT_STATES, type ImportState, type ImportStatus } from './import-status.js';
/** The import format belongs to the contract (`contacts-center/backend.js`); re-exported beside `importWorld`. */
export type { WorldData, WorldRelation, WorldRequest } from '../world.js';
export { DB_VERSION, migrate } from './schema.js';
