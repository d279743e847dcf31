/**
 * The contract's lists of names. Each is declared once, here, with its type derived from it; adapters,
 * controllers and elements read these instead of spelling the names out, so adding one is a change the compiler
 * walks you through (every `switch` and `Record` over the type stops compiling until it is handled).
 */
import type { ContactsBackend } from './backend.js';

/**
 * Which people a search covers, relative to the viewer, in the order a UI offers them. `muted`: the people the
 * viewer mutes now (expired mutes are not listed). `suggested`: the people `getSuggestions` lists, in its order
 (not name order), each entry with its reason. `mine`: the viewer's personal contacts (empty with an adapter that
 * keeps none).
 */
export const PEOPLE_FILTERS = [
  'all',
  'connections',
  'following',
  'followers',
  'incoming',
  'outgoing',
  'blocked',
  'muted',
  'suggested',
  'mine',
] as const;
/** Which people a search covers, relative to the viewer. */
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number];

/**
 * The filters `getCounts` counts, each count equal to its list's length. `all` and `mine` have none, and neither
 * has `suggested`: it is ranked afresh on every read, so a count would cost as much as the whole list.
 */
export const COUNTED_FILTERS = [
  'connections',
  'following',
  'followers',
  'incoming',
  'outgoing',
  'blocked',
  'muted',
] as const satisfies readonly PeopleFilter[];
export type CountedFilter = (typeof COUNTED_FILTERS)[number];

/**
 * Kinds of stored relation between two people: `connection` is two-way (formed by an accepted request),
 * `follow` and `block` are one-way. `ignore` (the viewer ignores further connection requests from the person) and
 * `dismiss` (the viewer dismissed the person as a suggestion) are one-way marks only their author ever sees.
 */
export const RELATION_TYPES = ['connection', 'follow', 'block', 'ignore', 'dismiss'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The relations a block ends, and so can never stand beside one (the marks `ignore` and `dismiss` may). */
export const BLOCK_ENDED_TYPES = ['connection', 'follow'] as const satisfies readonly RelationType[];

/** The two lists of pending connection requests: received by the viewer, or sent by the viewer. */
export const REQUEST_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type RequestDirection = (typeof REQUEST_DIRECTIONS)[number];

/**
 * The tabs of the network feed, in the order a UI offers them: `all` (the viewer's own activities and those of
 * everyone they are connected to or follow), `connections`, `following` (people the viewer follows) and `me`
 * (the viewer's own).
 */
export const FEED_TABS = ['all', 'connections', 'following', 'me'] as const;
export type FeedTab = (typeof FEED_TABS)[number];

/** What a change notification says changed. Elements refresh what they show when a change names its topic. */
export const CHANGE_TOPICS = ['people', 'relationships', 'requests', 'activities'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/**
 * The contract's methods that change the viewer's relationship with one person: each takes the person's id and
 * resolves to the new {@link Relationship}. Adapters key per-method tables by it (messages, topics).
 */
export const RELATIONSHIP_MUTATIONS = [
  'requestConnection',
  'cancelRequest',
  'acceptRequest',
  'declineRequest',
  'disconnect',
  'follow',
  'unfollow',
  'block',
  'unblock',
  'removeFollower',
  'ignoreRequests',
  'unignoreRequests',
  'dismissSuggestion',
  'mute',
  'unmute',
] as const satisfies readonly (keyof ContactsBackend)[];
export type RelationshipMutation = (typeof RELATIONSHIP_MUTATIONS)[number];

/** True when `value` is one of `list` (narrows an untrusted argument to the list's type). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/**
 * The fields a people search looks at, in the order a row reports a match: a query word matches the start of a
 * word of any of them (an email address's words are its parts between dots, `@` and the like).
 */
export const SEARCH_FIELDS = ['name', 'email', 'organization', 'jobTitle'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * How long a mute lasts, in the order a UI offers them: an hour, a day, a week from when it is made, or until the
 * viewer unmutes. Expiry is judged whenever something is read, against the adapter's clock: nothing runs when it ends.
 */
export const MUTE_DURATIONS = ['hour', 'day', 'week', 'until-unmuted'] as const;
export type MuteDuration = (typeof MUTE_DURATIONS)[number];

/** The length of each timed {@link MuteDuration}, in milliseconds. */
export const MUTE_DURATION_MS: Readonly<Record<Exclude<MuteDuration, 'until-unmuted'>, number>> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};
