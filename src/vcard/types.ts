/** The vCard versions this module writes: 4.0 (RFC 6350) and 3.0 (RFC 2426). */
export type VCardVersion = '4.0' | '3.0';

/** Options for {@link toVCard} and the functions built on it. */
export interface VCardOptions {
  /**
   * `'4.0'` (default, RFC 6350) or `'3.0'` (RFC 2426). Write 3.0 for files people download: AOSP-based Android
   * contacts apps reject 4.0, and Google and Apple export 3.0 themselves.
   */
  version?: VCardVersion;
  /**
   * 3.0 only: add `;CHARSET=UTF-8` to every text property so Outlook desktop reads UTF-8 instead of its ANSI
   * code page (Japanese names otherwise come out garbled). RFC 6350 forbids CHARSET, so combining this with
   * version 4.0 throws a `ContactsError` with code `invalid-input`. Outlook still imports only the first card
   * of a multi-card file; that is Outlook's limit, not something a file can change.
   */
  outlook?: boolean;
  /** The time written as REV when a person has no `updatedAt` (default: the current time). */
  now?: Date;
  /** The PRODID written in every card (default `-//contacts-center//vCard//EN`). */
  prodId?: string;
}

/** Options for {@link toVCardWithPhotos}. */
export interface VCardPhotoOptions extends VCardOptions {
  /** Largest image, in bytes, embedded inline; larger ones are written as their URI (default 200 KiB). */
  maxPhotoBytes?: number;
  /** How long one image fetch may take before the URI is written instead (default 10 000 ms). */
  photoTimeoutMs?: number;
  /** Aborts pending image fetches; the cards are still produced, with URIs. */
  signal?: AbortSignal;
}

/** An image to embed in PHOTO: its media type (`image/jpeg`, …) and its bytes in base64. */
export interface EmbeddedPhoto {
  mediaType: string;
  base64: string;
}
