/**
 * What the server shares with the library: the contract, its relationship rules, messages, name order and
 * cursors are every adapter's own (src/backend, never an adapter's folder); one place to change imports.
 */
export { ContactsError, isContactsError, type ContactsErrorCode } from '../../src/model/errors.js';
export { noSuchMember, noSuchPerson, refuseAboutSelf } from '../../src/backend/errors.js';
export { ADDRESS_TYPES, EMAIL_TYPES, PHONE_TYPES, toPerson, type Person } from '../../src/model/person.js';
export type { Activity } from '../../src/model/activity.js';
export type { ConnectionRequest } from '../../src/model/request.js';
export type { Relationship } from '../../src/model/relationship.js';
export type {
  BackendChange,
  ChangeTopic,
  FeedEntry,
  FeedTab,
  Page,
  PeopleFilter,
  PersonEntry,
  RelationshipCounts,
  RequestEntry,
} from '../../src/backend/backend.js';
export type { WorldData } from '../../src/backend/world.js';
export {
  CHANGE_TOPICS,
  FEED_TABS,
  PEOPLE_FILTERS,
  RELATION_TYPES,
  RELATIONSHIP_MUTATIONS,
  REQUEST_DIRECTIONS,
  MUTE_DURATIONS,
  type RelationType,
  type RelationshipMutation,
} from '../../src/backend/vocabulary.js';
export { PAGE_SIZES, pageSize } from '../../src/backend/page-sizes.js';
export { MAX_LIST_ENTRIES, TEXT_LIMITS } from '../../src/backend/limits.js';
export { MUTUAL_LIMITS, mutualIds, mutualLimit } from '../../src/backend/mutual.js';
export { relationshipOf, type Pair } from '../../src/backend/pair.js';
export {
  planChange,
  refuseSelf,
  writeStep,
  type ChangeContext,
  type ChangeInput,
  type StepWriter,
} from '../../src/backend/relationship-rules.js';
export {
  isSuggestible,
  organizationKey,
  organizationToken,
  rankSuggestedPeople,
  rankSuggestions,
  reasonOf,
} from '../../src/backend/suggestions.js';
export { decodeSuggestionCursor } from '../../src/backend/cursor.js';
export type { MutualSummary, Suggestion } from '../../src/backend/backend.js';
export { decodePeopleCursor, decodeTimeCursor, encodePeopleCursor, encodeTimeCursor } from '../../src/backend/cursor.js';
export { queryWords, searchTokens, sortKeyOf } from '../../src/backend/search-text.js';
export { MAX_ID_LENGTH, checkMuteOptions, checkPrivateNote } from '../../src/backend/validate.js';
export { checkProfileInput } from '../../src/backend/profile.js';
export { checkContactInput } from '../../src/backend/contact-input.js';
export { newContactId, noSocialActions, noSuchContact } from '../../src/backend/personal-contacts.js';
export {
  CONTACT_LINK_LIMITS,
  emailKeysOf,
  linkBlocked,
  linkedContactOf,
  linkedElsewhere,
  linkSelf,
  noSharedEmail,
  sharesEmail,
  type ContactLink,
} from '../../src/backend/contact-links.js';
export {
  CONTACT_IMPORT_LIMITS,
  CONTACT_IMPORT_STATES,
  chunkLimit,
  importRunning,
  newImportStatus,
  noSuchImport,
  notRunning,
  type ContactImportState,
  type ContactImportStatus,
} from '../../src/backend/contact-imports.js';
export { checkImportPlan } from '../../src/backend/contact-import-plan.js';
