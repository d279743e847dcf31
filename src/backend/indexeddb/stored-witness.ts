/**
 * A note, outside IndexedDB, that a database held a world on this device: when the browser discards the
 * database under disk pressure, Chromium keeps localStorage, so the adapter can tell "discarded" from "never
 * filled" and say so instead of showing an empty list. Where localStorage goes with it (Firefox evicts a whole
 * origin) or is refused (sandboxed frames), nothing is known and an empty database reads as empty.
 */
const key = (databaseName: string) => `contacts-center:stored:${databaseName}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Notes that `databaseName` holds a world. */
export function noteStored(databaseName: string): void {
  try {
    storage()?.setItem(key(databaseName), '1');
  } catch {
    // Storage full or refused: the note is a courtesy, never a reason to fail.
  }
}

/** Forgets the note (the database was deleted on purpose, or its loss has been reported). */
export function forgetStored(databaseName: string): void {
  try {
    storage()?.removeItem(key(databaseName));
  } catch {
    // As above.
  }
}

/** True when `databaseName` was noted as holding a world. */
export function wasStored(databaseName: string): boolean {
  try {
    return storage()?.getItem(key(databaseName)) === '1';
  } catch {
    return false;
  }
}
