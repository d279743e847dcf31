/**
 * vCard reading: {@link parseVCards} turns a .vcf file (4.0, 3.0 or 2.1, any charset) into people and located
 * problems. Loaded on its own (the import UI imports it dynamically), so pages that never import pay nothing.
 * @module
 */
export { parseVCards } from './parse.js';
export { VCARD_ISSUE_CODES, VCARD_READ_VERSIONS } from './types.js';
export type {
  ImportedPerson,
  ParsedVCard,
  VCardIssue,
  VCardIssueCode,
  VCardParseOptions,
  VCardParseResult,
  VCardReadVersion,
} from './types.js';
