/**
 * What the drop-in bundle loads before a page's first paint of `<contacts-center>`: `<contacts-backend>` with the
 * IndexedDB adapter and `<contacts-center>` (its profile pane, forms, dialogs and the HTTP adapter load on first
 * use), and the small parts of the public API they are made of. The rest of src/index.ts is in after-paint.ts.
 * @module
 */
export * from '../model/index.js';
export * from '../backend/vocabulary.js';
export * from '../backend/page-sizes.js';
export { backendContext } from '../backend/context.js';
export { RelationshipChanges } from '../backend/relationship-changes.js';
export * from '../backend/indexeddb/index.js';
// The wrappers that load the import code on the first call (scripts/bundle-chunks.ts keeps import.ts out of here).
export { importWorld, deleteWorld } from '../lazy/world-import.js';
export { hasContactLinks, CONTACT_LINK_LIMITS } from '../backend/contact-links.js';
export { hasContactImports, CONTACT_IMPORT_LIMITS, CONTACT_IMPORT_STATES } from '../backend/contact-imports.js';
export { getLocale, setLocale } from '../i18n/localization.js';
export { ContactsBackendElement } from '../components/contacts-backend/contacts-backend.js';
export { ContactsCenter } from '../components/contacts-center/contacts-center.js';
