/**
 * Stable error codes. Hosts can switch on them; the message is for people.
 * - `not-found`: no such person or request.
 * - `self`: the action targets the viewer.
 * - `blocked`: a block between the two people forbids it.
 * - `invalid-state`: the relationship does not allow it (e.g. disconnect when not connected).
 * - `forbidden`: the viewer is not the party allowed to do it (e.g. accepting one's own request).
 * - `invalid-input`: malformed arguments (empty id, bad cursor, bad record).
 * - `storage`: the storage failed (quota, closed connection, upgrade blocked), or the server did.
 * - `network`: a remote adapter could not reach its server, or got no answer in time (see `NETWORK_FAILURES`).
 * - `unauthorized`: the server refused the viewer's sign-in (no token, a bad or an expired one).
 */
export const CONTACTS_ERROR_CODES = [
  'not-found',
  'self',
  'blocked',
  'invalid-state',
  'forbidden',
  'invalid-input',
  'storage',
  'network',
  'unauthorized',
] as const;
export type ContactsErrorCode = (typeof CONTACTS_ERROR_CODES)[number];

/**
 * Why storage failed (the `reason` of a `storage` error), so a UI can say what happened and offer the way out
 * that can work, without parsing messages:
 * - `unavailable`: the browser offers no storage here (private mode, a sandboxed frame); nothing will help.
 * - `blocked`: an older version of the page in another tab holds the database; close it, then retry.
 * - `version-change`: the database was upgraded or deleted in another tab; reload the page.
 * - `newer-schema`: the stored data was written by a newer version of the page; reload (to get it).
 * - `quota`: the disk or the site's quota is full; free space, then retry.
 * - `lost`: the connection or the data itself is gone (the browser closed or discarded it); reload.
 * - `failed`: anything else, possibly passing; retry.
 */
export const STORAGE_FAILURES = ['unavailable', 'blocked', 'version-change', 'newer-schema', 'quota', 'lost', 'failed'] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

/**
 * Why a remote adapter's request failed on the way (the `network` of a `network` error):
 * - `offline`: the server could not be reached (no connection, the server is down); retry.
 * - `timeout`: the server did not answer in time; retry.
 * - `rate-limited`: the server asked this viewer to slow down; wait a moment, then retry.
 */
export const NETWORK_FAILURES = ['offline', 'timeout', 'rate-limited'] as const;
export type NetworkFailure = (typeof NETWORK_FAILURES)[number];

/** Storage failures a retry in the same page can cure (the rest need a reload, or nothing helps). */
const RETRYABLE: readonly StorageFailure[] = ['blocked', 'quota', 'failed'];

/** The one error type every adapter rejects with. */
export class ContactsError extends Error {
  override readonly name = 'ContactsError';
  /** For `storage` errors: why (default `failed`). Undefined for other codes. */
  readonly reason: StorageFailure | undefined;
  /** For `network` errors: what went wrong on the way (default `offline`). Undefined for other codes. */
  readonly network: NetworkFailure | undefined;

  constructor(
    readonly code: ContactsErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: StorageFailure; network?: NetworkFailure },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = code === 'storage' ? (options?.reason ?? 'failed') : undefined;
    this.network = code === 'network' ? (options?.network ?? 'offline') : undefined;
  }
}

/**
 * True when doing the same thing again, in this page, may succeed: any failure but a `storage` one whose reason
 * needs a reload or cannot be helped, or an `unauthorized` one (the viewer must sign in again first; an
 * adapter that can fetch a fresh token has already tried it). A UI offers Retry only then.
 */
export function canRetry(error: unknown): boolean {
  if (!(error instanceof ContactsError)) return true;
  if (error.code === 'unauthorized') return false;
  return !(error.code === 'storage' && !RETRYABLE.includes(error.reason ?? 'failed'));
}

/** True when `error` is a ContactsError, optionally with the given code. */
export function isContactsError(error: unknown, code?: ContactsErrorCode): error is ContactsError {
  return error instanceof ContactsError && (code === undefined || error.code === code);
}
