/**
 * Running a transaction as all-or-nothing. The body may await only IndexedDB requests (anything else lets the
 * transaction auto-commit half-way); if it throws, the transaction is aborted so nothing it wrote is kept, and
 * the error comes out as a ContactsError.
 */
import { toContactsError } from './errors.js';
import type { Database, StoreName, Transaction } from './schema.js';

/**
 * Runs `body` in one transaction over `stores` and resolves with its result after the transaction committed.
 * A rule violation thrown by the body aborts the transaction and is rethrown as is; a storage failure
 * (a failed request, quota, abort, closed connection) is rethrown as a `storage` ContactsError.
 * When `signal` aborts, the transaction is aborted at once (its pending requests fail, so the body stops);
 * the caller tells that apart by looking at the signal.
 */
export async function runTx<T>(
  db: Database,
  stores: readonly StoreName[],
  mode: 'readonly' | 'readwrite',
  body: (tx: Transaction) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  let tx: Transaction;
  try {
    // One cast: read-only transactions are typed as read-write (see Transaction).
    tx = db.transaction(stores, mode) as unknown as Transaction;
  } catch (error) {
    throw toContactsError(error);
  }
  const done = tx.done;
  // Observed below; this keeps an abort from surfacing as an unhandled rejection.
  done.catch(() => undefined);
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const result = await body(tx);
    // A read-only transaction whose requests all succeeded has nothing left to fail: skip the commit round trip.
    if (mode === 'readwrite') await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw toContactsError(error, tx.error);
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}
