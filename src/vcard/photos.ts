// toVCardWithPhotos: fetch each avatar and embed it when it is a small enough raster image.

import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import { peopleList, writeCards } from './generator.js';
import type { EmbeddedPhoto, VCardPhotoOptions } from './types.js';
import { httpUri, parseImageDataUri } from './values.js';

/** Default cap on an embedded image: importers (Outlook, Android) choke on much larger ones. */
export const DEFAULT_MAX_PHOTO_BYTES = 200 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Fetches at once: enough to overlap latency, few enough not to flood the host. */
const CONCURRENCY = 4;

/** The media type of an image from its first bytes; the server's Content-Type is not trusted. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png';
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'image/gif';
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** Base64 of bytes, in chunks so large images do not overflow the argument stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a response body, giving up (undefined) as soon as it exceeds `max` bytes. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return undefined;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > max ? undefined : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Either signal aborting, where AbortSignal.any exists (Chrome 116, Firefox 124, Safari 17.4); else the caller's. */
function anySignal(signal: AbortSignal, timeout: AbortSignal): AbortSignal {
  return typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : signal;
}

/** Fetches an http(s) image and returns it when it is a known raster type under the cap; undefined otherwise. */
async function fetchPhoto(url: string, max: number, timeoutMs: number, signal?: AbortSignal): Promise<EmbeddedPhoto | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: signal ? anySignal(signal, timeout) : timeout,
    });
    if (!response.ok) return undefined;
    const bytes = await readCapped(response, max);
    if (!bytes) return undefined;
    const mediaType = sniffImageType(bytes);
    return mediaType ? { mediaType, base64: toBase64(bytes) } : undefined;
  } catch {
    // Network error, CORS refusal, timeout or abort: the card keeps the URI.
    return undefined;
  }
}

/**
 * Like {@link toVCard}, but fetches each http(s) avatar and embeds it inline (4.0 `data:` URI, 3.0
 * `PHOTO;ENCODING=b;TYPE=JPEG`) when it is a JPEG, PNG, GIF or WebP (checked from its bytes) of at most
 * `maxPhotoBytes`. When an image cannot be fetched (network, CORS, HTTP error, timeout, abort), is too large
 * or is not such an image, the card carries its URI instead. `data:image` avatars are embedded as they are.
 * Each distinct URL is fetched once, a few at a time, without credentials.
 */
export async function toVCardWithPhotos(people: Person | readonly Person[], options: VCardPhotoOptions = {}): Promise<string> {
  const list = peopleList(people);
  const max = options.maxPhotoBytes ?? DEFAULT_MAX_PHOTO_BYTES;
  const timeoutMs = options.photoTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(max >= 0 && Number.isFinite(max)) || !(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    throw new ContactsError('invalid-input', 'maxPhotoBytes must be a finite number ≥ 0 and photoTimeoutMs one > 0.');
  }
  // Validate the other options before any network traffic.
  writeCards([], options);
  const byUrl = new Map<string, Promise<EmbeddedPhoto | undefined> | EmbeddedPhoto | undefined>();
  const queue: (() => void)[] = [];
  let running = 0;
  const limited = (task: () => Promise<EmbeddedPhoto | undefined>): Promise<EmbeddedPhoto | undefined> =>
    new Promise<EmbeddedPhoto | undefined>((resolve) => {
      const start = (): void => {
        running++;
        task()
          .then(resolve)
          .finally(() => {
            running--;
            queue.shift()?.();
          });
      };
      if (running < CONCURRENCY) start();
      else queue.push(start);
    });
  const photos = await Promise.all(
    list.map((person) => {
      const url = person.avatarUrl;
      if (!url) return undefined;
      if (!byUrl.has(url)) {
        // A data URI is the only copy of the image: it is embedded as it is, whatever its size, as toVCard does.
        const href = httpUri(url);
        const inline = parseImageDataUri(url);
        byUrl.set(url, inline ?? (href ? limited(() => fetchPhoto(href, max, timeoutMs, options.signal)) : undefined));
      }
      return byUrl.get(url);
    }),
  );
  return writeCards(list, options, photos);
}
