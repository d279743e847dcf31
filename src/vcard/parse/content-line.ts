// One logical line → group, name, parameters and raw value; and the text unescaping of values.

/** Parameters by upper-case name; TYPE values lower-cased. */
export type Params = Readonly<Record<string, readonly string[]>>;

export interface ContentLine {
  /** The group before the dot (`item1` of `item1.EMAIL`), lower-cased, or ''. */
  group: string;
  /** Upper-case property name. */
  name: string;
  params: Params;
  /** The value as written (still escaped). */
  value: string;
}

const NO_PARAMS: Params = Object.freeze(Object.create(null) as Record<string, readonly string[]>);

// vCard 2.1 writes parameters without a name: `TEL;CELL;VOICE:`, `NOTE;QUOTED-PRINTABLE:`.
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Index of the first `:` outside double quotes, or -1. */
function colonIndex(line: string): number {
  const colon = line.indexOf(':');
  const quote = line.indexOf('"');
  if (quote === -1 || colon < quote) return colon;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return i;
  }
  return -1;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  if (!text.includes('"')) return text.split(separator);
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** RFC 6868 caret escapes in parameter values: `^n` newline, `^'` double quote, `^^` caret. */
const caretDecode = (value: string): string =>
  value.includes('^') ? value.replace(/\^([n'^])/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^')) : value;

const unquote = (value: string): string => (value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);

function parseParams(segments: readonly string[]): Params {
  const params = Object.create(null) as Record<string, string[]>;
  const add = (key: string, values: string[]): void => {
    (params[key] ??= []).push(...values);
  };
  for (const segment of segments) {
    if (!segment) continue;
    const eq = segment.indexOf('=');
    if (eq === -1) {
      const bare = segment.trim().toUpperCase();
      if (BARE_ENCODINGS.has(bare)) add('ENCODING', [bare]);
      else add('TYPE', [bare.toLowerCase()]);
      continue;
    }
    const key = segment.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(segment.slice(eq + 1), ',').map((v) => caretDecode(unquote(v.trim())));
    // TYPE="cell,voice" and SORT-AS="やまだ,たろう" (RFC 6350's own examples) are lists inside quotes.
    if (key === 'TYPE')
      add(
        key,
        values.flatMap((v) => v.toLowerCase().split(',')),
      );
    else add(key, key === 'SORT-AS' ? values.flatMap((v) => v.split(',')) : values);
  }
  return params;
}

interface Header {
  group: string;
  name: string;
  params: Params;
}

// Headers repeat from card to card (`TEL;TYPE=CELL,VOICE`, `EMAIL;TYPE=INTERNET,WORK`): each distinct one is
// parsed once. Bounded, since a file could hold any number of distinct headers.
const headers = new Map<string, Header | null>();
const MAX_CACHED_HEADERS = 4096;

function parseHeader(header: string): Header | null {
  const semicolon = header.indexOf(';');
  const qualified = semicolon === -1 ? header : header.slice(0, semicolon);
  const dot = qualified.lastIndexOf('.');
  const name = (dot === -1 ? qualified : qualified.slice(dot + 1)).trim().toUpperCase();
  if (!name) return null;
  return {
    group: dot === -1 ? '' : qualified.slice(0, dot).trim().toLowerCase(),
    name,
    params: semicolon === -1 ? NO_PARAMS : parseParams(splitOutsideQuotes(header.slice(semicolon + 1), ';')),
  };
}

/** Parses `[group.]name[;param…]:value`; undefined when the line has no colon or no name. */
export function parseContentLine(line: string): ContentLine | undefined {
  const colon = colonIndex(line);
  if (colon <= 0) return undefined;
  const key = line.slice(0, colon);
  let header = headers.get(key);
  if (header === undefined) {
    if (headers.size >= MAX_CACHED_HEADERS) headers.clear();
    header = parseHeader(key);
    headers.set(key, header);
  }
  if (!header) return undefined;
  return { group: header.group, name: header.name, params: header.params, value: line.slice(colon + 1) };
}

const ESCAPE = /\\([\\;,:nN])/g;
const unescapeOne = (_: string, c: string): string => (c === 'n' || c === 'N' ? '\n' : c);

/** Unescapes text: `\\`, `\;`, `\,`, `\n`/`\N` (and the `\:` some generators invent); other backslashes stay. */
export function unescapeText(value: string): string {
  return value.includes('\\') ? value.replace(ESCAPE, unescapeOne) : value;
}

/** Splits a compound value (N, ADR, ORG) on unescaped `;` and unescapes each component. */
export function components(value: string): string[] {
  if (!value.includes('\\')) return value.split(';');
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x3b) {
      parts.push(unescapeText(value.slice(from, i)));
      from = i + 1;
    }
  }
  parts.push(unescapeText(value.slice(from)));
  return parts;
}

/** The first value of a parameter, if any. */
export const param = (params: Params, key: string): string | undefined => params[key]?.[0];
