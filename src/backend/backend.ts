import type { Activity } from '../model/activity.js';
import type { LinkedContact } from './contact-links.js';
import type { ProfileInput } from './profile.js';
import type { Person } from '../model/person.js';
import type { Relationship } from '../model/relationship.js';
import type { ConnectionRequest } from '../model/request.js';
import type { ChangeTopic, CountedFilter, FeedTab, MuteDuration, PeopleFilter, RequestDirection } from './vocabulary.js';

export type {
  ChangeTopic,
  CountedFilter,
  FeedTab,
  MuteDuration,
  PeopleFilter,
  RelationType,
  RelationshipMutation,
  RequestDirection,
} from './vocabulary.js';
export type { ContactInput, PersonalContacts } from './personal-contacts.js';
export type { ProfileInput } from './profile.js';
export type { ContactLink, ContactLinks, LinkedContact } from './contact-links.js';
export type { ContactImportPlan, ContactImports, ContactImportState, ContactImportStatus, ContactImportWrite } from './contact-imports.js';

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
  /** True for one of the viewer's personal contacts (see personal-contacts.ts): no relationship, no actions. */
  personal?: boolean;
  /** With the `suggested` filter (and only there): why the person is suggested. */
  suggestion?: SuggestionReason;
  /**
   * For a member linked to one of the viewer's personal contacts (contact-links.ts): that contact and its note.
   * On every list but `suggested`.
   */
  linkedContact?: LinkedContact;
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
   * Every word of the query matches the start of a word of one of the `SEARCH_FIELDS`: the name (display, given,
   * family, phonetic), an email address, the organisation or the job title, ignoring case and accents, in any
   * script; CJK names also match from any character. Empty or absent: everyone in the filter.
   */
  query?: string;
  /**
   * Default `all`. `all` never includes the viewer. `suggested` lists what `getSuggestions` would (same exclusions),
   * ranked as it ranks them rather than by name, each entry with its `suggestion` reason; its cursors are its own.
   */
  filter?: PeopleFilter;
}

/** Options of `getFeed`; page size `PAGE_SIZES.feed` (1 to 100, default 20). */
export interface FeedOptions extends PageOptions, ReadOptions {
  /** Only this person's activities (still subject to blocks). Without it: the viewer's network feed. */
  actorId?: string;
  /**
   * Which part of the network feed (ignored with `actorId`; see `FEED_TABS`): `all` adds the viewer's own
   * activities to the network's, `connections` and `following` narrow it, `me` is the viewer's own. Absent: the
   * network feed (connections and people followed, not the viewer's own). Every tab is served by an index.
   */
  tab?: FeedTab;
}

/** Options of `listRequests`; page size `PAGE_SIZES.requests` (1 to 200, default 50). */
export interface RequestListOptions extends PageOptions, ReadOptions {}

/** Options of `getMutualConnections`. */
export interface MutualOptions extends ReadOptions {
  /** How many of the people to return, 0 to `MUTUAL_LIMITS.max` (200); default 3. `count` is always the total. */
  limit?: number;
}

/** The people both the viewer and another person are connected with. */
export interface MutualConnections {
  /** How many there are. */
  count: number;
  /** The first `limit` of them, in name order. */
  people: Person[];
}

/** The mutual connections of one of the people a {@link ContactsBackend.getMutualConnectionsFor} call asked about. */
export interface MutualSummary extends MutualConnections {
  personId: string;
}

/** Options of `requestConnection`. */
export interface ConnectionRequestOptions {
  /**
   * A short plain-text note for the recipient (at most `TEXT_LIMITS.requestNote`, 300, characters; trimmed; a
   * blank one is none). Longer, or not text: `invalid-input`, nothing sent.
   */
  note?: string;
}

/** Options of `getSuggestions`; page size `PAGE_SIZES.suggestions` (1 to 50, default 10). */
export interface SuggestionOptions extends PageOptions, ReadOptions {}

/** Why someone is suggested. */
export interface SuggestionReason {
  /** How many connections the viewer and the person have in common ("4 mutual connections"). */
  mutualCount: number;
  /** The person's organisation is the viewer's (compared ignoring case, accents and punctuation). */
  sharedOrganization: boolean;
}

/** Someone the viewer may know, with why. */
export interface Suggestion extends SuggestionReason {
  person: Person;
  relationship: Relationship;
}

/** The home view's numbers: one per `COUNTED_FILTERS` entry, equal to the length of that filter's list. */
export interface RelationshipCounts extends Record<CountedFilter, number> {
  connections: number;
  following: number;
  followers: number;
  /** Pending requests the viewer received. */
  incoming: number;
  /** Pending requests the viewer sent. */
  outgoing: number;
  blocked: number;
  /** People the viewer mutes now (the `muted` filter). */
  muted: number;
}

/** Options of `mute`. */
export interface MuteOptions {
  /** How long the mute lasts (see `MUTE_DURATIONS`); default `until-unmuted`. */
  duration?: MuteDuration;
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
  /**
   * The people both the viewer and `personId` are connected with ("Connected to Jane Doe and 3 others you know").
   * Rejects `self` for the viewer, `not-found` for an unknown person (another viewer's personal contact is one),
   * `invalid-input` for a bad `limit`. The viewer's own personal contact has none (count 0).
   */
  getMutualConnections(personId: string, options?: MutualOptions): Promise<MutualConnections>;
  /**
   * The mutual connections of each of `personIds` (at most `PAGE_SIZES.people.max`, 200: a page of rows) in one
   * read, in the order asked; `limit` as {@link getMutualConnections}. Unknown people, personal contacts and the
   * viewer have none (count 0) rather than failing the read. Rejects `invalid-input` for a bad id, list or limit.
   */
  getMutualConnectionsFor(personIds: readonly string[], options?: MutualOptions): Promise<MutualSummary[]>;
  /**
   * People you may know: people with connections in common with the viewer, or at the viewer's organisation,
   * ranked by mutual connections, then a shared organisation, then name; cursor paged. Never the viewer, their
   * connections, anyone in a block with them, anyone with a pending request either way, anyone either side
   * ignores requests from, anyone they dismissed (`dismissSuggestion`), or a personal contact.
   */
  getSuggestions(options?: SuggestionOptions): Promise<Page<Suggestion>>;

  /**
   * Asks to connect, with an optional note. If the person already asked the viewer, accepts that request (the
   * note is not sent); repeated calls are idempotent (the first note stays). Rejects `forbidden` when the person
   * ignores the viewer's requests, with words that do not say so. Asking someone whose requests the viewer
   * ignores ends that ignore.
   */
  requestConnection(personId: string, options?: ConnectionRequestOptions): Promise<Relationship>;
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
  /**
   * Ends the person's follow of the viewer (a soft block: they may follow again). Rejects `invalid-state` when they
   * do not follow the viewer. Their feed keeps the viewer's activities only while the two are connected.
   */
  removeFollower(personId: string): Promise<Relationship>;
  /**
   * Declines the person's pending request (if any) and ignores their later ones: each is refused (see
   * `requestConnection`). Not a block: nothing else between the two changes. Idempotent.
   */
  ignoreRequests(personId: string): Promise<Relationship>;
  /** Stops ignoring the person's requests. Rejects `invalid-state` when the viewer does not ignore them. */
  unignoreRequests(personId: string): Promise<Relationship>;
  /** Leaves the person out of the viewer's suggestions for good. Idempotent. */
  dismissSuggestion(personId: string): Promise<Relationship>;

  /**
   * Hides the person's activities from the viewer's feed (every tab, and connections announced with them) without
   * telling them: their side shows nothing and the change notification names only the viewer. Optionally for a
   * time (`options.duration`); muting again replaces the duration. Ends no connection or follow. Rejects `blocked`
   * when a block stands between the two (a block drops both sides' mutes).
   */
  mute(personId: string, options?: MuteOptions): Promise<Relationship>;
  /** Ends the viewer's mute of the person. Rejects `invalid-state` when none stands (an expired one included). */
  unmute(personId: string): Promise<Relationship>;

  /**
   * The viewer's private note about a person (why they muted them, how they met): seen by the viewer alone, `''`
   * when there is none. Rejects `self` for the viewer and `not-found` for an unknown person.
   */
  getPrivateNote(personId: string, options?: ReadOptions): Promise<string>;
  /**
   * Stores the viewer's private note about a person (plain text, at most `PRIVATE_NOTE_MAX` code units; `''` or
   * only spaces deletes it) and resolves to what is stored. Rejects `invalid-input` for text that is not a string,
   * is too long or holds a lone surrogate, leaving the note as it was. Nobody else is told.
   */
  setPrivateNote(personId: string, text: string): Promise<string>;

  /** Pending requests, newest first. */
  listRequests(direction: RequestDirection, options?: RequestListOptions): Promise<Page<RequestEntry>>;

  /** Activities of people the viewer is connected to or follows, newest first; never from a blocked person. */
  getFeed(options?: FeedOptions): Promise<Page<FeedEntry>>;
  /** Records an activity by the viewer. */
  postActivity(input: ActivityInput): Promise<Activity>;
  /**
   * Replaces every field of the viewer's own person (an absent field is cleared) in one transaction, and resolves
   * to it with a new `updatedAt`; announced as a `people` change naming the viewer, so everyone's view updates.
   * `invalid-input` naming the field (`emails[1].value: must not be blank`) for a bad one, with nothing written.
   */
  updateProfile(input: ProfileInput): Promise<Person>;

  /** Calls `listener` after every change, from this page or another tab. Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  /** Releases connections and channels. The adapter is unusable afterwards. */
  close(): void;
}
