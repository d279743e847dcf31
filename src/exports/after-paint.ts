/**
 * What the drop-in bundle loads once the elements a first paint needs are defined: `<activity-feed>`,
 * `<contact-requests>` and the vCard functions. src/bundle.ts re-exports each name.
 * @module
 */
export * from '../vcard/index.js';
export * from '../vcard/import/index.js';
export { ActivityFeed } from '../components/activity-feed/activity-feed.js';
export { ContactRequests } from '../components/contact-requests/contact-requests.js';
