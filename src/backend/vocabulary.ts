/**
 * The contract's lists of names. Each is declared once, here, with its type derived from it; adapters,
 * controllers and elements read these instead of spelling the names out, so adding one is a change the compiler
 * walks you through (every `switch` and `Record` over the type stops compiling until it is handled).
 */
import type { ContactsBackend } from './backend.js';

/** Which people a search covers, relative to the viewer, in the order a UI offers them. */
export const PEOPLE_FILTERS = ['all', 'connections', 'following', 'followers', 'incoming', 'outgoing', 'blocked'] as const;
/** Which people a search covers, relative to the viewer. */
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number];

/**
 * Kinds of stored relation between two people: `connection` is two-way (formed by an accepted request),
 * `follow` and `block` are one-way.
 */
export const RELATION_TYPES = ['connection', 'follow', 'block'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The two lists of pending connection requests: received by the viewer, or sent by the viewer. */
export const REQUEST_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type RequestDirection = (typeof REQUEST_DIRECTIONS)[number];

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
] as const satisfies readonly (keyof ContactsBackend)[];
export type RelationshipMutation = (typeof RELATIONSHIP_MUTATIONS)[number];

/** True when `value` is one of `list` (narrows an untrusted argument to the list's type). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
