// The drop-in bundle: the whole library, lit included, for a plain <script type="module">. What a page needs for
// its first paint of <contacts-center> is imported statically (one chunk, exports/first-paint.ts, which defines
// the elements); the rest (exports/after-paint.ts) is imported once that has run, so the page can paint while it
// loads. Features used later load on first use from chunks beside it (scripts/bundle-chunks.ts), behind the same
// names and signatures as the modular build's. Its exports equal src/index.ts's (test/bundle.test.ts), and so do
// its types: package.json gives it dist/index.d.ts.
export * from './exports/first-paint.js';

const later = await import('./exports/after-paint.js');
export const {
  ActivityFeed,
  ContactMatcher,
  ContactRequests,
  DEFAULT_IMPORT_CHUNK,
  DEFAULT_MAX_IMPORT_BYTES,
  DEFAULT_MAX_PHOTO_BYTES,
  DEFAULT_PROD_ID,
  LIST_FIELDS,
  MATCH_REASONS,
  MERGE_CHOICES,
  SINGLE_FIELDS,
  VCARD_FILE_ERROR_CODES,
  VCARD_ISSUE_CODES,
  VCARD_MIME_TYPE,
  VCARD_READ_VERSIONS,
  VCardFileError,
  allContacts,
  defaultChoice,
  differingFields,
  downloadVCard,
  mergeContact,
  parseVCards,
  personUid,
  planOf,
  previewImport,
  previewVCardImport,
  readVCardFile,
  resumeContactImport,
  runContactImport,
  toVCard,
  toVCardBlob,
  toVCardWithPhotos,
  vCardFileName,
} = later;
