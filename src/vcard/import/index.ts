/**
 * vCard import: a file read into a preview against the viewer's personal contacts (new, duplicates matched by
 * UID, email, phone or name, unreadable cards), field-by-field merges, and a chunked, resumable, undoable write.
 * Loaded on demand by `<contacts-center>`'s Import; hosts may use it headless.
 * @module
 */
export { readVCardFile, VCardFileError, VCARD_FILE_ERROR_CODES, DEFAULT_MAX_IMPORT_BYTES } from './file.js';
export type { VCardFileErrorCode, VCardFileOptions } from './file.js';
export { ContactMatcher, MATCH_REASONS } from './match.js';
export type { MatchReason } from './match.js';
export { mergeContact, differingFields, defaultChoice, SINGLE_FIELDS, LIST_FIELDS, MERGE_CHOICES } from './merge.js';
export type { MergeChoice, MergeChoices, MergeField, ListField, SingleField } from './merge.js';
export { previewImport, planOf } from './preview.js';
export type { ImportDuplicate, ImportPreview } from './preview.js';
export { previewVCardImport, runContactImport, resumeContactImport, allContacts, DEFAULT_IMPORT_CHUNK } from './run.js';
export type { RunImportOptions } from './run.js';
