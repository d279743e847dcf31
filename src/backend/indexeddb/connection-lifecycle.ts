/**
 * One adapter's database connection over its life: opened lazily on first use, opened again after the browser
 * dropped it (Safari does, in the background), and refused for good once the adapter was closed, another tab
 * upgraded the schema, or the database was deleted. Every transaction of the adapter runs through it.
 */
import type { StorageFailure } from '../../model/errors.js';
import { isContactsError } from '../../model/errors.js';
import { openDatabase } from './connection.js';
import { invalidInput, storageError } from '../errors.js';
import type { Database, StoreName, Transaction } from './schema.js';
import { runTx } from './tx.js';

/** Where the connection stands: usable (`open`, possibly not opened yet), or refused for good and why. */
type ConnectionStatus = 'open' | 'closed' | 'superseded' | 'deleted';

/** Why each refused status refuses, in words people can act on. */
const REFUSALS: Record<Exclude<ConnectionStatus, 'open'>, string> = {
  closed: 'This contacts adapter has been closed.',
  deleted: 'The contacts database was deleted. Reload this page to start again.',
  superseded: 'The contacts database was upgraded by a newer version of this page in another tab. Reload this page to continue.',
};

/** Why each refusal happened: a closed adapter's connection is gone; the others changed in another tab (reload). */
const REFUSAL_REASONS: Record<Exclude<ConnectionStatus, 'open'>, StorageFailure> = {
  closed: 'lost',
  deleted: 'version-change',
  superseded: 'version-change',
};

/** Options for {@link ConnectionLifecycle}. */
interface ConnectionLifecycleOptions {
  /** Give up opening after this many milliseconds (default: openDatabase's). */
  openTimeoutMs?: number | undefined;
  /** Called whenever the connection is lost or replaced, so what was read through it can be forgotten. */
  onReset?: () => void;
}

/** The database connection of one adapter. */
export class ConnectionLifecycle {
  private status: ConnectionStatus = 'open';
  private opening: Promise<Database> | undefined;

  constructor(
    private readonly databaseName: string,
    private readonly options: ConnectionLifecycleOptions = {},
  ) {}

  /**
   * Runs one transaction on the open database. If the connection turns out to be gone (the browser dropped it,
   * or another tab's upgrade closed it), tries once more: a dropped connection is reopened, a superseded one
   * rejects with the reason. A failed transaction wrote nothing, so trying again is safe.
   *
   * With a `signal` (reads only): an aborted signal rejects with its reason before the transaction starts,
   * aborts the transaction when it fires during it, and wins over the transaction's result after it. Nothing
   * but IndexedDB is awaited inside the transaction.
   */
  async run<T>(
    stores: readonly StoreName[],
    mode: 'readonly' | 'readwrite',
    body: (tx: Transaction) => Promise<T>,
    signal?: AbortSignal | null,
  ): Promise<T> {
    if (signal != null && typeof signal.throwIfAborted !== 'function') throw invalidInput('The signal must be an AbortSignal.');
    signal?.throwIfAborted();
    for (let attempt = 0; ; attempt++) {
      const opening = this.database();
      const db = await opening;
      signal?.throwIfAborted();
      try {
        const result = await runTx(db, stores, mode, body, signal ?? undefined);
        signal?.throwIfAborted();
        return result;
      } catch (error) {
        // However the transaction ended, an aborted read reports the abort (its reason), as fetch does.
        signal?.throwIfAborted();
        if (attempt > 0 || !isConnectionLoss(error)) throw error;
        if (this.opening === opening) this.opening = undefined;
        this.options.onReset?.();
      }
    }
  }

  /** Closes the connection. Later calls reject with `storage`. */
  close(): void {
    this.status = 'closed';
    const pending = this.opening;
    this.opening = undefined;
    pending?.then(
      (db) => db.close(),
      () => undefined,
    );
  }

  /** The open database, opening it on first use (and again after the browser dropped it). */
  private database(): Promise<Database> {
    if (this.status !== 'open') return Promise.reject(storageError(REFUSALS[this.status], undefined, REFUSAL_REASONS[this.status]));
    if (!this.opening) {
      const opening = openDatabase(this.databaseName, {
        reader: true,
        ...(this.options.openTimeoutMs === undefined ? {} : { timeoutMs: this.options.openTimeoutMs }),
        onLost: (reason) => {
          this.opening = undefined;
          this.options.onReset?.();
          if (reason !== 'terminated' && this.status === 'open') this.status = reason === 'deleted' ? 'deleted' : 'superseded';
        },
      });
      this.opening = opening;
      // A failed open is not remembered: the next call tries again.
      opening.catch(() => {
        if (this.opening === opening) this.opening = undefined;
      });
      opening.then(
        (db) => {
          if (this.status === 'closed') db.close();
        },
        () => undefined,
      );
    }
    return this.opening;
  }
}

/** True for the errors a lost connection causes (closed database, Safari's lost server connection). */
function isConnectionLoss(error: unknown): boolean {
  if (!isContactsError(error, 'storage')) return false;
  const name = (error.cause as { name?: unknown } | undefined)?.name;
  return name === 'InvalidStateError' || name === 'UnknownError';
}
