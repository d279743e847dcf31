/**
 * contacts-center: everything public. Importing this module defines the elements
 * (`<contacts-backend>` first, so it can provide a backend to the others as they upgrade).
 * @module
 */
export * from './model/index.js';
export type * from './backend/backend.js';
export type * from './backend/world.js';
export * from './backend/vocabulary.js';
export * from './backend/page-sizes.js';
export { backendContext } from './backend/context.js';
export { RelationshipChanges } from './backend/relationship-changes.js';
export * from './backend/indexeddb/index.js';
export * from './vcard/index.js';
export * from './vcard/import/index.js';
export { hasContactLinks, CONTACT_LINK_LIMITS } from './backend/contact-links.js';
export { hasContactImports, CONTACT_IMPORT_LIMITS, CONTACT_IMPORT_STATES } from './backend/contact-imports.js';
export type {
  ActionEventDetail,
  ErrorEventDetail,
  FeedTabEventDetail,
  ImportEventDetail,
  PersonOpenEventDetail,
  SelectEventDetail,
} from './components/shared/events.js';
export { getLocale, setLocale, type Locale } from './i18n/localization.js';
export { ContactsBackendElement } from './components/contacts-backend/contacts-backend.js';
export { ContactsCenter } from './components/contacts-center/contacts-center.js';
export { ActivityFeed } from './components/activity-feed/activity-feed.js';
export { ContactRequests } from './components/contact-requests/contact-requests.js';
