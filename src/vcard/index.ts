/**
 * vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) generation and download.
 *
 * - {@link toVCard}: people → one .vcf text, synchronously (no DOM, works in workers and Node).
 * - {@link toVCardWithPhotos}: the same, with avatars fetched and embedded when small enough.
 * - {@link toVCardBlob}, {@link vCardFileName}, {@link downloadVCard}: saving the file in the browser.
 *
 * Every output line ends in CRLF and is folded at 75 UTF-8 octets without splitting a character; values are
 * cleaned of control characters and escaped per property, so hostile names and notes stay data. Each card's
 * UID is `urn:uuid:` + the version 5 UUID of `urn:contacts-center:person:<id>` (URL namespace): stable across
 * exports. REV is the person's `updatedAt`, else `options.now`, else the current time.
 * @module
 */
export { toVCard, DEFAULT_PROD_ID } from './generator.js';
export { toVCardWithPhotos, DEFAULT_MAX_PHOTO_BYTES } from './photos.js';
export { toVCardBlob, vCardFileName, downloadVCard, VCARD_MIME_TYPE } from './download.js';
export { personUid } from './uuid.js';
export type { VCardOptions, VCardPhotoOptions, VCardVersion } from './types.js';
export { parseVCards, VCARD_ISSUE_CODES, VCARD_READ_VERSIONS } from './parse/index.js';
export type {
  ImportedPerson,
  ParsedVCard,
  VCardIssue,
  VCardIssueCode,
  VCardParseOptions,
  VCardParseResult,
  VCardReadVersion,
} from './parse/index.js';
