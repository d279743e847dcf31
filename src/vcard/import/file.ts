// A file the user chose, read as vCards: typed errors for files that cannot be, before any card is parsed.

import { decoderFor } from '../parse/charset.js';
import { parseVCards } from '../parse/parse.js';
import { toUtf8Bytes } from '../parse/lines.js';
import type { VCardParseResult } from '../parse/types.js';

/**
 * Why a file cannot be imported at all:
 * - `too-large`: larger than `maxBytes`.
 * - `not-vcard`: no `BEGIN:VCARD` in it (an image, a CSV, an empty file).
 * - `bad-charset`: not UTF-8 and it does not say which charset it is in (choose one and read it again), or the
 *   charset chosen is one this browser cannot decode.
 */
export const VCARD_FILE_ERROR_CODES = ['too-large', 'not-vcard', 'bad-charset'] as const;
export type VCardFileErrorCode = (typeof VCARD_FILE_ERROR_CODES)[number];

/** A file that cannot be imported; `code` says why (a UI words its own text from it). Nothing has been written. */
export class VCardFileError extends Error {
  override readonly name = 'VCardFileError';
  constructor(
    readonly code: VCardFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Default size limit: 50 MB holds tens of thousands of cards with small photos. */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface VCardFileOptions {
  /** Largest file accepted, in bytes (default {@link DEFAULT_MAX_IMPORT_BYTES}). */
  maxBytes?: number;
  /** The charset to read text in when the file is not UTF-8 and declares none (`shift_jis`, `windows-1252`, …). */
  charset?: string;
}

const BEGIN = /BEGIN[ \t]*:[ \t]*VCARD/i;
const DECLARES_CHARSET = /CHARSET=/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function bytesOf(source: Blob | string | ArrayBuffer | Uint8Array): Promise<string | Uint8Array> {
  if (typeof source === 'string') return source;
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(await source.arrayBuffer());
}

const sizeOf = (source: Blob | string | ArrayBuffer | Uint8Array): number =>
  typeof source === 'string' ? source.length : source instanceof Blob ? source.size : source.byteLength;

/**
 * Reads a .vcf file (a `File`, text or bytes) into cards and located problems; rejects with a
 * {@link VCardFileError} when the file as a whole cannot be imported.
 */
export async function readVCardFile(
  source: Blob | string | ArrayBuffer | Uint8Array,
  options: VCardFileOptions = {},
): Promise<VCardParseResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const size = sizeOf(source);
  if (size > maxBytes) {
    throw new VCardFileError('too-large', `The file is ${size} bytes; at most ${maxBytes} are imported.`);
  }
  if (options.charset !== undefined && !decoderFor(options.charset)) {
    throw new VCardFileError('bad-charset', `This browser cannot read the charset "${options.charset}".`);
  }
  const input = await bytesOf(source);
  const bytes = toUtf8Bytes(input);
  // Only ASCII is looked for, so latin1 keeps it whatever the file's charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  if (!BEGIN.test(head) && !BEGIN.test(new TextDecoder('latin1').decode(bytes))) {
    throw new VCardFileError('not-vcard', 'The file holds no vCard (no BEGIN:VCARD line).');
  }
  if (options.charset === undefined && !DECLARES_CHARSET.test(head)) {
    try {
      strictUtf8.decode(bytes);
    } catch {
      throw new VCardFileError('bad-charset', 'The file is not UTF-8 and does not say which charset it is in.');
    }
  }
  return parseVCards(bytes, options.charset ? { fallbackCharset: options.charset } : {});
}
