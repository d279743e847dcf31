/** The demo's IndexedDB database: created and seeded on first run, replaced by "Reset demo data". */
import { deleteWorld, importStatus, importWorld, IndexedDBBackend, type ImportProgress } from '../src/backend/indexeddb/index.js';
import { isContactsError } from '../src/model/errors.js';
import { DEMO_VIEWER_ID, generateWorld } from './seed/world.js';

export const DATABASE_NAME = 'contacts-center-demo';

/** An adapter acting as `viewerId` on the demo database. */
export function openBackend(viewerId: string, databaseName = DATABASE_NAME): IndexedDBBackend {
  return new IndexedDBBackend({ databaseName, viewerId });
}

/** True when the database holds the seeded world (its default viewer exists). */
async function isSeeded(databaseName: string): Promise<boolean> {
  const probe = openBackend(DEMO_VIEWER_ID, databaseName);
  try {
    await probe.getViewer();
    return true;
  } catch (error) {
    if (isContactsError(error, 'not-found')) return false;
    throw error;
  } finally {
    probe.close();
  }
}

/** Told how far a seeding import got. */
export type SeedProgress = (progress: ImportProgress) => void;

/**
 * Seeds the database unless it already holds the world; a seed cut off earlier (the page closed mid-import) is
 * redone from scratch. Resolves to whether it seeded.
 */
export async function ensureSeeded(onProgress?: SeedProgress, databaseName = DATABASE_NAME): Promise<boolean> {
  if ((await importStatus(databaseName)).state === 'unfinished') {
    await resetDatabase(onProgress, databaseName);
    return true;
  }
  if (await isSeeded(databaseName)) return false;
  await importWorld(databaseName, generateWorld(), onProgress ? { onProgress } : {});
  return true;
}

/** Deletes everything and seeds a fresh world (activities relative to now). */
export async function resetDatabase(onProgress?: SeedProgress, databaseName = DATABASE_NAME): Promise<void> {
  await deleteWorld(databaseName);
  await importWorld(databaseName, generateWorld(), onProgress ? { onProgress } : {});
}
