/**
 * Requests to the contacts server: the viewer's token on each, the caller's AbortSignal and a timeout,
 * retries with backoff for reads only (a change is never sent twice), and every failure as a ContactsError:
 * the server's own code and message, or `storage` with words for what HTTP adds (unreachable, timed out,
 * signed out, rate-limited), the kind of failure in its `cause` (an {@link HttpFailure}).
 */
import { ContactsError, type ContactsErrorCode } from '../../model/errors.js';

/** Why a request failed where the contract has no code of its own. */
export type HttpFailureKind = 'offline' | 'timeout' | 'unauthorized' | 'rate-limited' | 'server';

/** The `cause` of a `storage` ContactsError that HTTP caused. */
export class HttpFailure extends Error {
  override readonly name = 'HttpFailure';
  constructor(
    readonly kind: HttpFailureKind,
    readonly status?: number,
  ) {
    super(`HTTP failure: ${kind}${status ? ` (${status})` : ''}`);
  }
}

/** The codes a server error body may carry through as they are. */
const CONTRACT_CODES: readonly ContactsErrorCode[] = [
  'not-found',
  'self',
  'blocked',
  'invalid-state',
  'forbidden',
  'invalid-input',
  'storage',
];
const RETRY_STATUSES = new Set([502, 503, 504]);

export interface TransportOptions {
  baseUrl: string;
  /** The viewer's token, or a function giving the current one (called before each request). */
  token: string | (() => string | Promise<string>);
  timeoutMs: number;
  retries: number;
  fetch: typeof fetch;
}

/** Fails with `signal.reason` when the caller's signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

function storageFailure(kind: HttpFailureKind, message: string, status?: number): ContactsError {
  return new ContactsError('storage', message, { cause: new HttpFailure(kind, status) });
}

async function errorFrom(response: Response): Promise<ContactsError> {
  let body: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const code = body?.error?.code;
  const message = typeof body?.error?.message === 'string' && body.error.message ? body.error.message : undefined;
  if (typeof code === 'string' && (CONTRACT_CODES as readonly string[]).includes(code) && message)
    return new ContactsError(code as ContactsErrorCode, message);
  if (response.status === 401)
    return storageFailure('unauthorized', message ?? 'You are not signed in, or your sign-in has expired. Sign in again.', 401);
  if (response.status === 429) return storageFailure('rate-limited', message ?? 'Too many requests. Wait a minute and try again.', 429);
  return storageFailure('server', 'The contacts server failed and nothing was saved. Try again.', response.status);
}

export class Transport {
  constructor(private readonly options: TransportOptions) {}

  async token(): Promise<string> {
    const { token } = this.options;
    return typeof token === 'function' ? await token() : token;
  }

  url(path: string): string {
    return this.options.baseUrl.replace(/\/+$/, '') + path;
  }

  /** A JSON request. `read` marks it idempotent (retried on network failure, timeout and 502/503/504). */
  async json<T>(
    method: 'GET' | 'POST',
    path: string,
    init: { body?: unknown; signal?: AbortSignal | undefined; read: boolean },
  ): Promise<T> {
    const attempts = init.read ? this.options.retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<T>(method, path, init);
      } catch (error) {
        const cause = (error as { cause?: unknown })?.cause;
        const retryable =
          cause instanceof HttpFailure && (cause.kind === 'offline' || cause.kind === 'timeout' || RETRY_STATUSES.has(cause.status ?? 0));
        if (!retryable || attempt >= attempts) throw error;
        await sleep(200 * 2 ** (attempt - 1) * (0.5 + Math.random()), init.signal);
      }
    }
  }

  private async once<T>(method: 'GET' | 'POST', path: string, init: { body?: unknown; signal?: AbortSignal | undefined }): Promise<T> {
    const { signal } = init;
    throwIfAborted(signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${await this.token()}`, accept: 'application/json' };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      throwIfAborted(signal);
      let response: Response;
      try {
        response = await this.options.fetch(this.url(path), {
          method,
          headers,
          signal: controller.signal,
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        });
      } catch {
        throwIfAborted(signal);
        if (timedOut) throw storageFailure('timeout', 'The contacts server did not answer in time. Check your connection and try again.');
        throw storageFailure('offline', 'The contacts server could not be reached. Check your connection and try again.');
      }
      if (!response.ok) throw await errorFrom(response);
      try {
        return (await response.json()) as T;
      } catch {
        throwIfAborted(signal);
        if (timedOut) throw storageFailure('timeout', 'The contacts server did not answer in time. Check your connection and try again.');
        throw storageFailure('server', 'The contacts server sent an answer that could not be read. Try again.');
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Waits `ms`, or rejects with the signal's reason when it is aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
