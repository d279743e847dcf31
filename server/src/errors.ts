/** Errors on the wire: `{ error: { code, message } }` with a matching status; never a stack trace. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isContactsError, type ContactsErrorCode } from './shared.js';

/** Codes beyond the contract's, for what only HTTP has. */
export type HttpErrorCode = ContactsErrorCode | 'rate-limited' | 'too-large' | 'not-an-endpoint';

const STATUS: Record<HttpErrorCode, ContentfulStatusCode> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'not-an-endpoint': 404,
  blocked: 409,
  'invalid-state': 409,
  'too-large': 413,
  self: 422,
  'rate-limited': 429,
  storage: 503,
  // The contract's code for a server that could not be reached; this server sends it only for its own upstreams.
  network: 503,
};

export function errorResponse(c: Context, code: HttpErrorCode, message: string): Response {
  return c.json({ error: { code, message } }, STATUS[code]);
}

/** The response for anything a handler threw: its ContactsError, or a generic `storage` one (logged). */
export function thrownResponse(c: Context, error: unknown, log: (error: unknown) => void): Response {
  if (isContactsError(error)) return errorResponse(c, error.code, error.message);
  log(error);
  return errorResponse(c, 'storage', 'The contacts server failed and nothing was saved. Try again.');
}
