// Line folding (RFC 6350 §3.2, RFC 2425 §5.8.1): no physical line longer than 75 octets.

/** The largest physical line, in octets, including the leading space of a continuation line. */
export const MAX_LINE_OCTETS = 75;

const ASCII = /^[\0-\x7F]*$/;

/**
 * Folds one content line (without its CRLF) so that no physical line exceeds 75 UTF-8 octets, the leading
 * space of each continuation line included. It breaks only between code points, so a UTF-8 sequence or a
 * UTF-16 surrogate pair is never split; unfolding (removing each CRLF + space) restores the line exactly.
 */
export function fold(line: string): string {
  const length = line.length;
  // A UTF-16 unit never takes more than 3 octets (a surrogate pair: 4 for 2 units).
  if (length * 3 <= MAX_LINE_OCTETS) return line;
  if (length <= MAX_LINE_OCTETS && ASCII.test(line)) return line;
  let out = '';
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < length) {
    const c = line.charCodeAt(i);
    let width: number;
    let units = 1;
    if (c < 0x80) width = 1;
    else if (c < 0x800) width = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 4;
        units = 2;
      } else width = 3;
    } else width = 3;
    if (octets + width > MAX_LINE_OCTETS) {
      out += line.slice(start, i) + '\r\n ';
      start = i;
      octets = 1;
    }
    octets += width;
    i += units;
  }
  return start === 0 ? line : out + line.slice(start);
}

/**
 * `prefix + value + CRLF`, folded. The common short line is recognised from its two parts, which are already flat
 * strings, so the joined line is never scanned (scanning a concatenation first copies it).
 */
export function foldedLine(prefix: string, value: string): string {
  const length = prefix.length + value.length;
  if (length * 3 <= MAX_LINE_OCTETS || (length <= MAX_LINE_OCTETS && ASCII.test(value) && ASCII.test(prefix))) {
    return prefix + value + '\r\n';
  }
  return fold(prefix + value) + '\r\n';
}
