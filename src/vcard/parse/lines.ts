// Bytes → logical lines. Unfolding works on bytes, before any decoding, so a fold that splits a UTF-8 sequence
// (as some exporters write) joins back into the character; QUOTED-PRINTABLE soft breaks are joined here too.

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');

/** The file's logical lines, with what is needed to go back to their bytes. */
export interface LogicalLines {
  /** Each unfolded line, decoded as UTF-8 (lines in another charset are decoded again from `bytes`). */
  lines: string[];
  /** The unfolded bytes: the lines joined by LF. */
  bytes: Uint8Array;
  /** Byte offset of each line in `bytes`. */
  starts: number[];
  /** 1-based physical line number where each logical line begins. */
  numbers: number[];
  /** True when some line is not valid UTF-8 (it holds U+FFFD and must be decoded again). */
  replaced: boolean;
}

/** UTF-8 bytes of the input: strings encoded, UTF-16 files (Outlook writes them) converted, BOM dropped. */
export function toUtf8Bytes(input: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof input === 'string') return encoder.encode(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0 && bytes.length % 2 === 0)) {
    return encoder.encode(new TextDecoder('utf-16le').decode(bytes).replace(/^\uFEFF/, ''));
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 !== 0 && bytes.length % 2 === 0)) {
    return encoder.encode(new TextDecoder('utf-16be').decode(bytes).replace(/^\uFEFF/, ''));
  }
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  return bytes;
}

const QP = /QUOTED-PRINTABLE/i;

/** Whether the line `bytes[start, end)` declares QUOTED-PRINTABLE before its first colon. */
function isQuotedPrintable(bytes: Uint8Array, start: number, end: number): boolean {
  let header = '';
  for (let i = start; i < end && i < start + 256; i++) {
    const b = bytes[i]!;
    if (b === 0x3a) break;
    header += String.fromCharCode(b);
  }
  return QP.test(header);
}

/**
 * Splits UTF-8 bytes into logical lines: CRLF, LF or (in files without LF) CR end a line; a line break followed by
 * a space or tab is a fold and is removed with that one character; a QUOTED-PRINTABLE line ending in `=` continues
 * on the next line (the `=` and the break are removed).
 */
export function logicalLines(input: Uint8Array): LogicalLines {
  let source = input;
  if (source.indexOf(0x0a) === -1 && source.indexOf(0x0d) !== -1) source = source.map((b) => (b === 0x0d ? 0x0a : b));
  const n = source.length;
  const out = new Uint8Array(n);
  const starts = [0];
  const numbers = [1];
  let o = 0;
  let lineStart = 0;
  let physical = 1;
  // A plain loop: lines are short, and copying byte by byte beats a subarray and a set() per line.
  for (let i = 0; i < n; i++) {
    const b = source[i]!;
    if (b !== 0x0a) {
      if (b !== 0x0d || source[i + 1] !== 0x0a) out[o++] = b;
      continue;
    }
    physical++;
    const next = source[i + 1];
    if (next === 0x20 || next === 0x09) {
      i++;
      continue;
    }
    if (o > lineStart && out[o - 1] === 0x3d && isQuotedPrintable(out, lineStart, o)) {
      o--;
      continue;
    }
    out[o++] = 0x0a;
    lineStart = o;
    starts.push(o);
    numbers.push(physical);
  }
  const bytes = out.subarray(0, o);
  const text = utf8.decode(bytes);
  return { lines: text.split('\n'), bytes, starts, numbers, replaced: text.includes('\uFFFD') };
}
