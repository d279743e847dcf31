/**
 * Opaque keyset cursors. A cursor names the last item of a page (never an offset), so paging stays exact
 * while rows are added or removed. Each kind of list has its own tag; a cursor from another list, a
 * tampered one or garbage is rejected as `invalid-input`.
 */
import { invalidInput } from './errors.js';

/** Rows read per step when a filtered keyset scan (longer query, blocked actors) needs more than one batch. */
export const SCAN_BATCH = 200;

/** Lists that page with a cursor. */
export type CursorKind = 'people' | 'feed' | 'requests' | 'suggestions';

/** The position a people cursor names: after this sort key and id. */
export interface PeoplePosition {
  sortKey: string;
  id: string;
}

/** The position a feed or request cursor names: after this time and id (newest first). */
export interface TimePosition {
  createdAt: number;
  id: string;
}

/** The feed's and the requests' order: newest first, ties by id ascending; positive when `a` comes after `b`. */
export function newestFirst(a: TimePosition, b: TimePosition): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const TAGS: Record<CursorKind, string> = { people: 'p1', feed: 'f1', requests: 'r1', suggestions: 's1' };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Encodes a `[string|number, string]` position as an opaque cursor of `kind`. */
function encode(kind: CursorKind, parts: [string | number, string]): string {
  return `${TAGS[kind]}.${toBase64Url(JSON.stringify(parts))}`;
}

function decode(kind: CursorKind, cursor: unknown): [unknown, string] {
  const bad = invalidInput('The page cursor is not valid for this list. Start again from the first page.');
  if (typeof cursor !== 'string' || cursor.length > 4096) throw bad;
  const dot = cursor.indexOf('.');
  if (dot < 0 || cursor.slice(0, dot) !== TAGS[kind]) throw bad;
  let parts: unknown;
  try {
    parts = JSON.parse(fromBase64Url(cursor.slice(dot + 1)));
  } catch {
    throw bad;
  }
  if (!Array.isArray(parts) || parts.length !== 2 || typeof parts[1] !== 'string' || parts[1].length === 0) throw bad;
  return [parts[0], parts[1]];
}

/** The cursor after a person in name order. */
export function encodePeopleCursor(position: PeoplePosition): string {
  return encode('people', [position.sortKey, position.id]);
}

/** Reads a people cursor; `null`/`undefined` means the first page. Rejects others with `invalid-input`. */
export function decodePeopleCursor(cursor: string | null | undefined): PeoplePosition | null {
  if (cursor === null || cursor === undefined) return null;
  const [sortKey, id] = decode('people', cursor);
  if (typeof sortKey !== 'string') throw invalidInput('The page cursor is not valid for this list. Start again from the first page.');
  return { sortKey, id };
}

/** The cursor after an item in newest-first order. */
export function encodeTimeCursor(kind: 'feed' | 'requests', position: TimePosition): string {
  return encode(kind, [position.createdAt, position.id]);
}

/** Reads a feed or request cursor; `null`/`undefined` means the first page. */
export function decodeTimeCursor(kind: 'feed' | 'requests', cursor: string | null | undefined): TimePosition | null {
  if (cursor === null || cursor === undefined) return null;
  const [createdAt, id] = decode(kind, cursor);
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) {
    throw invalidInput('The page cursor is not valid for this list. Start again from the first page.');
  }
  return { createdAt, id };
}

/** The cursor after a suggestion: its rank key (see suggestions.ts) and id. */
export function encodeSuggestionCursor(position: PeoplePosition): string {
  return encode('suggestions', [position.sortKey, position.id]);
}

/** Reads a suggestions cursor; `null`/`undefined` means the first page. */
export function decodeSuggestionCursor(cursor: string | null | undefined): PeoplePosition | null {
  if (cursor === null || cursor === undefined) return null;
  const [sortKey, id] = decode('suggestions', cursor);
  if (typeof sortKey !== 'string') throw invalidInput('The page cursor is not valid for this list. Start again from the first page.');
  return { sortKey, id };
}
