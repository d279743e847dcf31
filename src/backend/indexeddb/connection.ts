/**
 * Opening the database with the hygiene IndexedDB needs: a timeout on open (Safari's first open has been seen
 * to hang), a clear error when an upgrade is blocked by another tab, and a `versionchange` handler that closes
 * this connection so a newer page elsewhere can upgrade.
 */
import { openDB } from 'idb';
import { forgetStored, noteStored, wasStored } from './stored-witness.js';
import { toContactsError } from './errors.js';
import { storageError } from '../errors.js';
import { DB_VERSION, migrate, type ContactsSchema, type Database } from './schema.js';

/** How a connection ended other than by `close()`. */
export type ConnectionLoss = 'versionchange' | 'deleted' | 'terminated';

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Give up after this many milliseconds (default 10,000). */
  timeoutMs?: number;
  /** Called when the connection is gone: another connection wants a newer version, or the browser dropped it. */
  onLost?: (reason: ConnectionLoss) => void;
  /**
   * A reader's open: a database found missing although this device held it (see stored-witness.ts) is not
   * created empty but reported as `lost`, once.
   */
  reader?: boolean;
}

/** Default open timeout. */
export const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

/**
 * Opens (creating or upgrading as needed) the database `name` at {@link DB_VERSION}. Rejects with a `storage`
 * ContactsError on timeout, when another tab blocks the upgrade past the timeout, or when IndexedDB is refused.
 */
export async function openDatabase(name: string, options: OpenOptions = {}): Promise<Database> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  if (typeof indexedDB === 'undefined') {
    throw storageError(
      'This browser offers no IndexedDB here (private mode or a restricted frame), so contacts cannot be stored.',
      undefined,
      'unavailable',
    );
  }
  let blockedByOther = false;
  let timedOut = false;
  let discarded = false;
  // indexedDB.open itself throws SecurityError where storage is refused (sandboxed frames, some private modes).
  let opening: ReturnType<typeof openDB<ContactsSchema>>;
  try {
    opening = openDB<ContactsSchema>(name, DB_VERSION, {
      upgrade: (database, oldVersion, newVersion, tx) => {
        if (oldVersion === 0 && options.reader && wasStored(name)) {
          discarded = true;
          // The open reports the abort; without this, idb's `done` for the upgrade rejects unobserved.
          tx.done.catch(() => undefined);
          tx.abort();
          return;
        }
        return migrate(database, tx, oldVersion, newVersion ?? DB_VERSION);
      },
      blocked: () => {
        blockedByOther = true;
      },
      blocking: (_current, next, event) => {
        // Another connection wants a newer version or to delete the database: step aside rather than block it.
        (event.target as IDBDatabase).close();
        options.onLost?.(next === null ? 'deleted' : 'versionchange');
      },
      terminated: () => options.onLost?.('terminated'),
    });
  } catch (error) {
    throw toContactsError(error);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(
        storageError(
          blockedByOther
            ? 'The contacts database is held open by another tab running an older version of this page. Close the other tabs and try again.'
            : 'The contacts database did not open in time. Reload the page and try again.',
          undefined,
          blockedByOther ? 'blocked' : 'failed',
        ),
      );
    }, timeoutMs);
  });
  // If the open finishes after we gave up, close what it opened.
  opening.then(
    (late) => timedOut && late.close(),
    () => undefined,
  );
  try {
    const db = await Promise.race([opening, timeout]);
    noteStored(name);
    return db;
  } catch (error) {
    if (discarded) {
      forgetStored(name);
      throw storageError(
        'The browser discarded the contacts stored on this device, probably to free disk space. Reload the page to start again.',
        error,
        'lost',
      );
    }
    throw toContactsError(error);
  } finally {
    clearTimeout(timer);
  }
}
