/**
 * Stable error codes. Hosts can switch on them; the message is for people.
 * - `not-found`: no such person or request.
 * - `self`: the action targets the viewer.
 * - `blocked`: a block between the two people forbids it.
 * - `invalid-state`: the relationship does not allow it (e.g. disconnect when not connected).
 * - `forbidden`: the viewer is not the party allowed to do it (e.g. accepting one's own request).
 * - `invalid-input`: malformed arguments (empty id, bad cursor, bad record).
 * - `storage`: the storage failed (quota, closed connection, upgrade blocked).
 */
export const CONTACTS_ERROR_CODES = ['not-found', 'self', 'blocked', 'invalid-state', 'forbidden', 'invalid-input', 'storage'] as const;
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

/** Storage failures a retry in the same page can cure (the rest need a reload, or nothing helps). */
const RETRYABLE: readonly StorageFailure[] = ['blocked', 'quota', 'failed'];

/** The one error type every adapter rejects with. */
export class ContactsError extends Error {
  override readonly name = 'ContactsError';
  /** For `storage` errors: why (default `failed`). Undefined for other codes. */
  readonly reason: StorageFailure | undefined;

  constructor(
    readonly code: ContactsErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: StorageFailure },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = code === 'storage' ? (options?.reason ?? 'failed') : undefined;
  }
}

/**
 * True when doing the same thing again, in this page, may succeed: any failure but a `storage` one whose reason
 * needs a reload or cannot be helped. A UI offers Retry only then.
 */
export function canRetry(error: unknown): boolean {
  return !(error instanceof ContactsError && error.code === 'storage' && !RETRYABLE.includes(error.reason ?? 'failed'));
}

/** True when `error` is a ContactsError, optionally with the given code. */
export function isContactsError(error: unknown, code?: ContactsErrorCode): error is ContactsError {
  return error instanceof ContactsError && (code === undefined || error.code === code);
}
