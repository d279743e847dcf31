/**
 * The contract's limits on stored values. Every door that lets data in (an adapter's arguments, `importWorld`,
 * a server) refuses values over them with `invalid-input`; elements may rely on nothing longer arriving.
 */

/** Longest text, in UTF-16 code units, per kind of field. */
export const TEXT_LIMITS = {
  /** Ids of people, requests and activities (opaque, but unbounded keys would be abuse). */
  id: 256,
  /** An activity's kind. */
  kind: 64,
  /** Web addresses and activity links. */
  url: 2048,
  /** An avatar: an http(s) URL or a `data:image` URL of a small picture. */
  avatarUrl: 400_000,
  /** Every other text field: names, titles, email, phone, address parts, notes, activity text. */
  text: 10_000,
} as const satisfies Record<string, number>;

/** Most entries in one of a person's lists (`emails`, `phones`, `addresses`, `urls`). */
export const MAX_LIST_ENTRIES = 100;

/** True when `text` holds no lone surrogate (so it can be encoded, URI-escaped and written to a file). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** `text` with each lone surrogate replaced by U+FFFD, for code that must encode text from any adapter. */
export function toWellFormedText(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
