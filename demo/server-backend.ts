/**
 * The demo on the reference server (`npm run start:shared`): the page carries `<meta name="contacts-api">`
 * (put there by scripts/shared-demo.js), and each viewer is signed in through the server's development-only
 * `POST /dev/sign-in`, so two browsers as two demo people share one graph live.
 */
import { HttpBackend } from '../src/backend/http/index.js';

/** The API root the page was served with, or undefined for the IndexedDB demo. */
export function contactsApi(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="contacts-api"]')?.content || undefined;
}

/** A token for `viewerId` from the development sign-in (refused by a server in production mode). */
export async function devSignIn(api: string, viewerId: string): Promise<string> {
  const response = await fetch(`${api}/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ viewerId }),
  });
  if (!response.ok) throw new Error(`The development sign-in answered ${response.status}; is the server in development mode?`);
  return ((await response.json()) as { token: string }).token;
}

/** An HTTP adapter acting as `viewerId` on `api`, signed in once and again whenever the server refuses the token. */
export function openServerBackend(api: string, viewerId: string): HttpBackend {
  let token: Promise<string> | undefined;
  return new HttpBackend({
    baseUrl: api,
    viewerId,
    token: (request) => {
      if (!token || request?.refresh)
        token = devSignIn(api, viewerId).catch((error: unknown) => ((token = undefined), Promise.reject(error)));
      return token;
    },
  });
}
