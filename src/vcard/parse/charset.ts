// Byte-level value decoding: QUOTED-PRINTABLE and CHARSET parameters (Shift_JIS, ISO-2022-JP, …).

const decoders = new Map<string, TextDecoder | null>();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// Spellings seen in real files that are not WHATWG labels.
const ALIASES: Readonly<Record<string, string>> = { 'shift-jis': 'shift_jis', sjis: 'shift_jis', 'x-sjis': 'shift_jis', utf8: 'utf-8' };

/** A decoder for a charset label, or undefined when the browser knows no such charset. */
export function decoderFor(label: string): TextDecoder | undefined {
  const key = label.trim().toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(Object.hasOwn(ALIASES, key) ? ALIASES[key]! : key);
    } catch {
      decoder = null;
    }
    decoders.set(key, decoder);
  }
  return decoder ?? undefined;
}

const hex = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;

/** QUOTED-PRINTABLE (`=XX` bytes; soft line breaks were removed while unfolding); a stray `=` stays as it is. */
export function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3d && i + 2 < bytes.length) {
      const high = hex(bytes[i + 1]!);
      const low = hex(bytes[i + 2]!);
      if (high >= 0 && low >= 0) {
        out[o++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[o++] = b;
  }
  return out.subarray(0, o);
}

/** Text of bytes in `charset` (UTF-8 when absent, strictly, falling back); `known` is false for an unknown label. */
export function decodeText(bytes: Uint8Array, charset: string | undefined, fallback: string): { text: string; known: boolean } {
  if (charset && !/^utf-?8$/i.test(charset)) {
    const decoder = decoderFor(charset);
    if (decoder) return { text: decoder.decode(bytes), known: true };
    return { text: (decoderFor(fallback) ?? decoderFor('windows-1252')!).decode(bytes), known: false };
  }
  try {
    return { text: strictUtf8.decode(bytes), known: true };
  } catch {
    return { text: (decoderFor(fallback) ?? decoderFor('windows-1252')!).decode(bytes), known: true };
  }
}
