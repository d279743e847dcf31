/**
 * Requests to the contacts server: the viewer's token on each, the caller's AbortSignal and a timeout,
 * retries with backoff for reads only (a change is never sent twice), and every failure as a ContactsError:
 * the server's own code and message; `network` when the server was unreachable, slow or rate-limiting;
 * `unauthorized` for a refused token (after one retry with a fresh token, when a token function can give
 * one: a 401 means nothing was done, so even a change may be sent again); `storage` for a failed server.
 * The kind of failure and the HTTP status are in its `cause` (an {@link HttpFailure}).
 */
import { CONTACTS_ERROR_CODES, ContactsError, type ContactsErrorCode, type NetworkFailure } from '../../model/errors.js';

/** What went wrong with a request, beyond the server's own words. */
export type HttpFailureKind = NetworkFailure | 'unauthorized' | 'server';

/** The `cause` of a ContactsError that HTTP caused. */
export class HttpFailure extends Error {
  override readonly name = 'HttpFailure';
  constructor(
    readonly kind: HttpFailureKind,
    readonly status?: number,
  ) {
    super(`HTTP failure: ${kind}${status ? ` (${status})` : ''}`);
  }
}

const RETRY_STATUSES = new Set([502, 503, 504]);

/**
 * The viewer's token, or a function giving the current one. After the server refused a token, the function is
 * called with `{ refresh: true }`: it should then not answer from a cache.
 */
export type TokenSource = string | ((request?: { refresh: boolean }) => string | Promise<string>);

export interface TransportOptions {
  baseUrl: string;
  /** The viewer's token, or a function giving the current one (called before each request). */
  token: TokenSource;
  timeoutMs: number;
  retries: number;
  fetch: typeof fetch;
}

/** Fails with `signal.reason` when the caller's signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

function httpFailure(kind: HttpFailureKind, message: string, status?: number): ContactsError {
  const cause = new HttpFailure(kind, status);
  if (kind === 'server') return new ContactsError('storage', message, { cause });
  if (kind === 'unauthorized') return new ContactsError('unauthorized', message, { cause });
  return new ContactsError('network', message, { cause, network: kind });
}

const SIGNED_OUT = 'You are not signed in, or your sign-in has expired. Sign in again.';

async function errorFrom(response: Response): Promise<ContactsError> {
  let body: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const code = body?.error?.code;
  const message = typeof body?.error?.message === 'string' && body.error.message ? body.error.message : undefined;
  if (response.status === 401) return httpFailure('unauthorized', message ?? SIGNED_OUT, 401);
  if (response.status === 429) return httpFailure('rate-limited', message ?? 'Too many requests. Wait a minute and try again.', 429);
  if (typeof code === 'string' && (CONTACTS_ERROR_CODES as readonly string[]).includes(code) && message)
    return new ContactsError(code as ContactsErrorCode, message);
  return httpFailure('server', 'The contacts server failed and nothing was saved. Try again.', response.status);
}

export class Transport {
  constructor(private readonly options: TransportOptions) {}

  async token(refresh = false): Promise<string> {
    const { token } = this.options;
    return typeof token === 'function' ? await token(refresh ? { refresh } : undefined) : token;
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
    let refresh = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<T>(method, path, init, refresh);
      } catch (error) {
        const cause = (error as { cause?: unknown })?.cause;
        // A refused token did nothing on the server: ask once for a fresh one and send the request again.
        if (cause instanceof HttpFailure && cause.kind === 'unauthorized' && !refresh && typeof this.options.token === 'function') {
          refresh = true;
          attempt--;
          continue;
        }
        const retryable =
          cause instanceof HttpFailure && (cause.kind === 'offline' || cause.kind === 'timeout' || RETRY_STATUSES.has(cause.status ?? 0));
        if (!retryable || attempt >= attempts) throw error;
        await sleep(200 * 2 ** (attempt - 1) * (0.5 + Math.random()), init.signal);
      }
    }
  }

  private async once<T>(
    method: 'GET' | 'POST',
    path: string,
    init: { body?: unknown; signal?: AbortSignal | undefined },
    refreshToken: boolean,
  ): Promise<T> {
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
      const headers: Record<string, string> = { authorization: `Bearer ${await this.token(refreshToken)}`, accept: 'application/json' };
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
        if (timedOut) throw httpFailure('timeout', 'The contacts server did not answer in time. Check your connection and try again.');
        throw httpFailure('offline', 'The contacts server could not be reached. Check your connection and try again.');
      }
      if (!response.ok) throw await errorFrom(response);
      try {
        return (await response.json()) as T;
      } catch {
        throwIfAborted(signal);
        if (timedOut) throw httpFailure('timeout', 'The contacts server did not answer in time. Check your connection and try again.');
        throw httpFailure('server', 'The contacts server sent an answer that could not be read. Try again.');
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
