/**
 * What the server shares with the library, so rules, messages, name order and cursors are the IndexedDB
 * adapter's own: one place to change imports when the contract moves.
 */
export { ContactsError, isContactsError, type ContactsErrorCode } from '../../src/model/errors.js';
export { toPerson, type Person } from '../../src/model/person.js';
export type { Activity } from '../../src/model/activity.js';
export type { ConnectionRequest } from '../../src/model/request.js';
export type { Relationship } from '../../src/model/relationship.js';
export type {
  BackendChange,
  ChangeTopic,
  FeedEntry,
  Page,
  PeopleFilter,
  PersonEntry,
  RelationshipCounts,
  RequestEntry,
} from '../../src/backend/backend.js';
export type { WorldData } from '../../src/backend/world.js';
export {
  CHANGE_TOPICS,
  PEOPLE_FILTERS,
  RELATIONSHIP_MUTATIONS,
  REQUEST_DIRECTIONS,
  type RelationType,
  type RelationshipMutation,
} from '../../src/backend/vocabulary.js';
export { PAGE_SIZES } from '../../src/backend/page-sizes.js';
export { decodePeopleCursor, decodeTimeCursor, encodePeopleCursor, encodeTimeCursor } from '../../src/backend/indexeddb/cursor.js';
export { nameTokens, queryWords, sortKeyOf } from '../../src/backend/indexeddb/search-text.js';
export { MAX_ID_LENGTH } from '../../src/backend/indexeddb/validate.js';
