import type { Activity } from '../model/activity.js';
import type { Person } from '../model/person.js';
import type { Relationship } from '../model/relationship.js';
import type { ConnectionRequest } from '../model/request.js';

/** Which people a search covers, relative to the viewer. */
export type PeopleFilter = 'all' | 'connections' | 'following' | 'followers' | 'incoming' | 'outgoing' | 'blocked';

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

export interface SearchOptions {
  /**
   * Matches the start of any word of the name (display, given, family, phonetic), ignoring case and accents,
   * in any script; CJK names also match from any character. Empty or absent: everyone in the filter.
   */
  query?: string;
  /** Default `all`. `all` never includes the viewer. */
  filter?: PeopleFilter;
  /** From a previous page's `next`. */
  cursor?: string | null;
  /** Page size, 1 to 200; default 50. */
  limit?: number;
  /** Aborts the read: a superseded search or page is cancelled, not only ignored. */
  signal?: AbortSignal;
}

export interface FeedOptions {
  /** Only this person's activities (still subject to blocks). Without it: the viewer's network feed. */
  actorId?: string;
  cursor?: string | null;
  /** Page size, 1 to 100; default 20. */
  limit?: number;
  /** Aborts the read. */
  signal?: AbortSignal;
}

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

/** What changed. Elements refresh what they show when a change names a topic they display. */
export type ChangeTopic = 'people' | 'relationships' | 'requests' | 'activities';

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
 * relationship with the person.
 */
export interface ContactsBackend {
  /** The id of the person this adapter acts for. */
  readonly viewerId: string;

  getViewer(): Promise<Person>;
  /** Rejects `not-found` when there is no such person. */
  getPerson(id: string): Promise<Person>;
  /** People matching `query` within `filter`, ordered by name, cursor paged. */
  searchPeople(options?: SearchOptions): Promise<Page<PersonEntry>>;
  getCounts(): Promise<RelationshipCounts>;
  getRelationship(personId: string): Promise<Relationship>;

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
  listRequests(
    direction: 'incoming' | 'outgoing',
    options?: { cursor?: string | null; limit?: number; signal?: AbortSignal },
  ): Promise<Page<RequestEntry>>;

  /** Activities of people the viewer is connected to or follows, newest first; never from a blocked person. */
  getFeed(options?: FeedOptions): Promise<Page<FeedEntry>>;
  /** Records an activity by the viewer. */
  postActivity(input: ActivityInput): Promise<Activity>;

  /** Calls `listener` after every change, from this page or another tab. Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  /** Releases connections and channels. The adapter is unusable afterwards. */
  close(): void;
}
