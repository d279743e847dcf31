// Name-based UUIDs (RFC 9562 version 5, SHA-1), computed synchronously so toVCard stays synchronous.

const encoder = new TextEncoder();

// Reused across calls: deriving 10,000 UIDs must not allocate 10,000 schedules.
const W = new Int32Array(80);

/** SHA-1 of `bytes[0, length)` (FIPS 180-4). Used only to derive identifiers, never for security. */
export function sha1(bytes: Uint8Array, length = bytes.length): Uint8Array {
  const blocks = ((length + 8) >>> 6) + 1;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  for (let block = 0; block < blocks; block++) {
    const base = block * 64;
    // The message, then 0x80, zeros, and (in the last block) the length in bits, read as big-endian words.
    for (let t = 0; t < 16; t++) {
      let word = 0;
      for (let k = 0; k < 4; k++) {
        const i = base + t * 4 + k;
        word = (word << 8) | (i < length ? bytes[i]! : i === length ? 0x80 : 0);
      }
      W[t] = word;
    }
    if (block === blocks - 1) {
      W[14] = Math.floor(length / 0x20000000);
      W[15] = (length * 8) | 0;
    }
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3]! ^ W[t - 8]! ^ W[t - 14]! ^ W[t - 16]!;
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      if (t < 20) f = ((b & c) | (~b & d)) + 0x5a827999;
      else if (t < 40) f = (b ^ c ^ d) + 0x6ed9eba1;
      else if (t < 60) f = ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc;
      else f = (b ^ c ^ d) + 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + W[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const words = [h0, h1, h2, h3, h4];
  for (let i = 0; i < 5; i++) {
    const h = words[i]!;
    out[i * 4] = h >>> 24;
    out[i * 4 + 1] = (h >>> 16) & 255;
    out[i * 4 + 2] = (h >>> 8) & 255;
    out[i * 4 + 3] = h & 255;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function parseUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** The RFC 9562 namespace for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

let input = new Uint8Array(256);
let inputName = input.subarray(16);
let inputNamespace = '';

/** Writes `name` as UTF-8 after the namespace; ASCII (the usual id) without a native call. */
function writeName(name: string): number {
  const length = name.length;
  for (let i = 0; i < length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7f) return encoder.encodeInto(name, inputName).written;
    input[16 + i] = c;
  }
  return length;
}

/** The version 5 UUID of `name` (UTF-8) in `namespace`, lower-case with hyphens. */
export function uuidV5(namespace: string, name: string): string {
  const needed = 16 + name.length * 3;
  if (input.length < needed) {
    input = new Uint8Array(needed * 2);
    inputName = input.subarray(16);
    inputNamespace = '';
  }
  if (inputNamespace !== namespace) {
    input.set(parseUuid(namespace));
    inputNamespace = namespace;
  }
  const written = writeName(name);
  const hash = sha1(input, 16 + written);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[hash[i]!];
  }
  return out;
}

/**
 * The vCard UID of a person: `urn:uuid:` + the version 5 UUID of `urn:contacts-center:person:<id>` in the URL
 * namespace. The same id always gives the same UID, so re-importing a card updates the contact instead of
 * duplicating it, and anyone can recompute it.
 */
export function personUid(id: string): string {
  return 'urn:uuid:' + uuidV5(URL_NAMESPACE, 'urn:contacts-center:person:' + id);
}
