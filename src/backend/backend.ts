import type { Activity } from '../model/activity.js';
import type { Person } from '../model/person.js';
import type { Relationship } from '../model/relationship.js';
import type { ConnectionRequest } from '../model/request.js';
import type { ChangeTopic, PeopleFilter, RequestDirection } from './vocabulary.js';

export type { ChangeTopic, PeopleFilter, RelationType, RelationshipMutation, RequestDirection } from './vocabulary.js';

/**
 * What every read accepts. An aborted read rejects with `signal.reason` (as `fetch` does: a `DOMException`
 * named `AbortError` unless the caller gave another reason) and changes nothing; a read that already resolved
 * stays resolved. A caller aborts the reads it has superseded (a newer search, a list that went away).
 */
export interface ReadOptions {
  signal?: AbortSignal;
}

/** Keyset paging of a paged read. */
export interface PageOptions {
  /** From a previous page's `next`. */
  cursor?: string | null;
  /** Page size, 1 to the read's maximum in `PAGE_SIZES`; default its default. */
  limit?: number;
}

/** One page of results. `next` is an opaque cursor for the following page, or `null` at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** A person together with the viewer's relationship with them. */
export interface PersonEntry {
  person: Person;
  relationship: Relationship;
}

/** A connection request together with the other party (the sender for incoming, the recipient for outgoing). */
export interface RequestEntry {
  request: ConnectionRequest;
  person: Person;
}

/** An activity together with its actor. */
export interface FeedEntry {
  activity: Activity;
  actor: Person;
}

/** Options of `searchPeople`; page size `PAGE_SIZES.people` (1 to 200, default 50). */
export interface SearchOptions extends PageOptions, ReadOptions {
  /**
   * Matches the start of any word of the name (display, given, family, phonetic), ignoring case and accents,
   * in any script; CJK names also match from any character. Empty or absent: everyone in the filter.
   */
  query?: string;
  /** Default `all`. `all` never includes the viewer. */
  filter?: PeopleFilter;
}

/** Options of `getFeed`; page size `PAGE_SIZES.feed` (1 to 100, default 20). */
export interface FeedOptions extends PageOptions, ReadOptions {
  /** Only this person's activities (still subject to blocks). Without it: the viewer's network feed. */
  actorId?: string;
}

/** Options of `listRequests`; page size `PAGE_SIZES.requests` (1 to 200, default 50). */
export interface RequestListOptions extends PageOptions, ReadOptions {}

/** The home view's numbers. */
export interface RelationshipCounts {
  connections: number;
  following: number;
  followers: number;
  /** Pending requests the viewer received. */
  incoming: number;
  /** Pending requests the viewer sent. */
  outgoing: number;
  blocked: number;
}

/** A change notification, delivered to every subscriber on the page and (where supported) in other tabs. */
export interface BackendChange {
  topics: ChangeTopic[];
  /** People whose data or relationships changed; empty when unknown (e.g. bulk import). */
  personIds: string[];
}

export type ChangeListener = (change: BackendChange) => void;

/** What a host posts as the viewer. */
export interface ActivityInput {
  kind: string;
  text: string;
  link?: string;
}

/**
 * The contract every element talks to. An adapter acts on behalf of one viewer, as a portal session would.
 *
 * Every method rejects with a `ContactsError` (see its `code`) on any rule violation or storage failure,
 * and a rejected change leaves stored data exactly as it was. Mutations resolve to the viewer's new
 * relationship with the person. Every read takes an optional `signal` ({@link ReadOptions}).
 */
export interface ContactsBackend {
  /** The id of the person this adapter acts for. */
  readonly viewerId: string;

  getViewer(options?: ReadOptions): Promise<Person>;
  /** Rejects `not-found` when there is no such person. */
  getPerson(id: string, options?: ReadOptions): Promise<Person>;
  /** People matching `query` within `filter`, ordered by name, cursor paged. */
  searchPeople(options?: SearchOptions): Promise<Page<PersonEntry>>;
  getCounts(options?: ReadOptions): Promise<RelationshipCounts>;
  getRelationship(personId: string, options?: ReadOptions): Promise<Relationship>;

  /** Asks to connect. If the person already asked the viewer, accepts that request; repeated calls are idempotent. */
  requestConnection(personId: string): Promise<Relationship>;
  /** Withdraws the viewer's pending request. */
  cancelRequest(personId: string): Promise<Relationship>;
  /** Accepts the person's pending request: a two-way connection forms. */
  acceptRequest(personId: string): Promise<Relationship>;
  declineRequest(personId: string): Promise<Relationship>;
  /** Removes the connection on both sides. */
  disconnect(personId: string): Promise<Relationship>;
  follow(personId: string): Promise<Relationship>;
  unfollow(personId: string): Promise<Relationship>;
  /** Removes connection, pending requests and follows in both directions, then blocks. */
  block(personId: string): Promise<Relationship>;
  unblock(personId: string): Promise<Relationship>;

  /** Pending requests, newest first. */
  listRequests(direction: RequestDirection, options?: RequestListOptions): Promise<Page<RequestEntry>>;

  /** Activities of people the viewer is connected to or follows, newest first; never from a blocked person. */
  getFeed(options?: FeedOptions): Promise<Page<FeedEntry>>;
  /** Records an activity by the viewer. */
  postActivity(input: ActivityInput): Promise<Activity>;

  /** Calls `listener` after every change, from this page or another tab. Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  /** Releases connections and channels. The adapter is unusable afterwards. */
  close(): void;
}
