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

/** The one error type every adapter rejects with. */
export class ContactsError extends Error {
  override readonly name = 'ContactsError';

  constructor(
    readonly code: ContactsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a ContactsError, optionally with the given code. */
export function isContactsError(error: unknown, code?: ContactsErrorCode): error is ContactsError {
  return error instanceof ContactsError && (code === undefined || error.code === code);
}
