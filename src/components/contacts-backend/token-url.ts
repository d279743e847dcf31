/**
 * The viewer's token fetched from the host's own sign-in endpoint (`token-url`), with the page's cookies, so
 * plain HTML can sign the HTTP adapter in without script. The answer is JSON `{ "token": "…" }` or the bare
 * token as text. It is kept until shortly before the JWT's `exp` (five minutes when it has none) or until the
 * server refuses it (`{ refresh: true }`); concurrent callers share one fetch.
 */
import type { TokenSource } from '../../backend/http/index.js';
import { ContactsError } from '../../model/errors.js';

const EARLY_MS = 30_000;
const WITHOUT_EXPIRY_MS = 5 * 60_000;

/** The `exp` of a JWT in milliseconds, when its payload says (the server verifies it; this only schedules). */
function expiryOf(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

async function fetchToken(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', headers: { accept: 'application/json, text/plain' }, cache: 'no-store' });
  } catch (cause) {
    throw new ContactsError('network', 'The sign-in service could not be reached. Check your connection and try again.', { cause });
  }
  if (response.status === 401 || response.status === 403)
    throw new ContactsError('unauthorized', 'You are not signed in, or your sign-in has expired. Sign in again.');
  if (!response.ok) throw new ContactsError('network', 'The sign-in service did not give a token. Try again.');
  const text = (await response.text()).trim();
  let token = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      const body = JSON.parse(text) as { token?: unknown };
      token = typeof body.token === 'string' ? body.token : '';
    } catch {
      token = '';
    }
  }
  if (!token) throw new ContactsError('unauthorized', 'The sign-in service gave no token. Sign in again.');
  return token;
}

/** A {@link TokenSource} reading `url`. */
export function tokenFromUrl(url: string): TokenSource {
  let cached: { token: string; until: number } | undefined;
  let pending: Promise<string> | undefined;
  return (request) => {
    if (!request?.refresh && cached && Date.now() < cached.until) return cached.token;
    pending ??= fetchToken(url)
      .then((token) => {
        cached = { token, until: (expiryOf(token) ?? Date.now() + WITHOUT_EXPIRY_MS) - EARLY_MS };
        return token;
      })
      .finally(() => (pending = undefined));
    return pending;
  };
}
