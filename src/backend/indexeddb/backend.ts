/**
 * The reference adapter: every rule of the ContactsBackend contract enforced on top of IndexedDB, one
 * transaction per change. The class checks arguments and frames each call; the work is in its own modules:
 * connection-lifecycle.ts (opening, reopening, refusing), people-search.ts, newest-first-pages.ts (feed and
 * requests), ../relationship-rules.ts (what each change refuses and writes, for every adapter), change-steps.ts
 * and graph.ts (how those writes are made here) and schema.ts (the layout).
 */
import type {
  MutualConnections,
  MutualOptions,
  MutualSummary,
  Suggestion,
  SuggestionOptions,
  ActivityInput,
  ChangeListener,
  ChangeTopic,
  ContactsBackend,
  FeedEntry,
  FeedOptions,
  Page,
  PersonEntry,
  ReadOptions,
  RelationshipCounts,
  RelationshipMutation,
  RequestDirection,
  RequestEntry,
  RequestListOptions,
  SearchOptions,
} from '../backend.js';
import { mutualIds, mutualLimit } from '../mutual.js';
import { suggestionRequest } from '../suggestions.js';
import type { ChangeInput } from '../relationship-rules.js';
import { readCounts, readMutualConnections, readMutualSummaries, readSuggestedPeople, readSuggestions } from './network-reads.js';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { pageSize } from '../page-sizes.js';
import { relationshipOf } from '../pair.js';
import { planChange, refuseSelf } from '../relationship-rules.js';
import { isOneOf, PEOPLE_FILTERS, REQUEST_DIRECTIONS } from '../vocabulary.js';
import { ChangeHub } from './changes.js';
import { ConnectionLifecycle } from './connection-lifecycle.js';
import { decodePeopleCursor, decodeSuggestionCursor, decodeTimeCursor } from '../cursor.js';
import { invalidInput, noSuchPerson, refuseAboutSelf } from '../errors.js';
import { bumpRelVersion, readPair, recordActivity, requirePerson } from './graph.js';
import { syncFeedVia } from './feed-tabs.js';
import { readFeedPage, readRequestPage } from './newest-first-pages.js';
import { searchPeopleIn, ViewerRelationsCache } from './people-search.js';
import { writeSteps } from './change-steps.js';
import { ACTIVITIES, CONTACT_LINKS, FEED, META, MUTES, NOTES, PEOPLE, RELATIONS, REQUESTS, type StoreName } from './schema.js';
import { readNote, writeNote } from './private-notes.js';
import { queryWords } from '../search-text.js';
import { checkActivityInput, checkFeedTab, checkId, checkPrivateNote, isValidId } from '../validate.js';
import { RelationshipChanges } from '../relationship-changes.js';
import type { ContactInput, PersonalContacts } from '../personal-contacts.js';
import type { ProfileInput } from '../profile.js';
import { updateProfileIn } from './profile.js';
import { refuseContact, visibleRecord } from './personal-contacts.js';
import { ContactMethods } from './contact-methods.js';
import type { ContactLink, ContactLinks } from '../contact-links.js';
import { readMemberLinks, withLinkedContacts } from './contact-links.js';
import type { ContactImportPlan, ContactImports, ContactImportStatus } from '../contact-imports.js';

/** Options for {@link IndexedDBBackend}. */
export interface IndexedDBBackendOptions {
  /** The IndexedDB database holding the world (created on first use). */
  databaseName: string;
  /** The person this adapter acts for. */
  viewerId: string;
  /** Give up opening the database after this many milliseconds (default 10,000). */
  openTimeoutMs?: number;
  /** The adapter's time in epoch milliseconds (default `Date.now`): what mutes expire by; tests fix it. */
  clock?: () => number;
}

/** The stores a relationship change may touch. */
const GRAPH_STORES: readonly StoreName[] = [PEOPLE, RELATIONS, REQUESTS, ACTIVITIES, FEED, META, MUTES];
/** Longest search text accepted. */
const MAX_QUERY = 500;

/**
 * The reference {@link ContactsBackend}: keeps people, relationships, requests and activities in the browser's
 * IndexedDB and acts for one viewer. The database opens lazily on first use.
 *
 * Choices the contract leaves open:
 * - `follow` of someone already followed is idempotent (resolves, changes nothing).
 * - `searchPeople` with filter `all` leaves out the viewer and everyone in a block with the viewer, in either
 *   direction; the people the viewer blocks are listed by filter `blocked`.
 * - A multi-word query matches people for whom every query word starts some word of the name.
 * - The feed holds activities of people the viewer is connected to or follows, not the viewer's own; with
 *   `actorId` it holds that person's activities (the viewer's own included) unless a block stands.
 * - When another tab opens the database at a newer schema version, this adapter closes its connection so the
 *   upgrade can proceed, and every later call rejects with a `storage` error asking to reload the page.
 *   When the browser drops the connection (Safari), the next call opens it again.
 * - An aborted read's transaction is aborted too, so the database stops working on it.
 * - Timestamps are strictly increasing per adapter, so two changes in the same millisecond keep their order.
 */
export class IndexedDBBackend extends RelationshipChanges implements ContactsBackend, PersonalContacts, ContactImports, ContactLinks {
  /** The person this adapter acts for. */
  readonly viewerId: string;
  /** The IndexedDB database name. */
  readonly databaseName: string;

  private readonly hub: ChangeHub;
  private readonly connection: ConnectionLifecycle;
  private readonly relationsCache = new ViewerRelationsCache();
  private readonly clock: () => number;
  private readonly contacts: ContactMethods;
  private lastTime = 0;

  /** Throws `invalid-input` for a missing database name or viewer id. Opens nothing yet. */
  constructor(options: IndexedDBBackendOptions) {
    super();
    if (typeof options?.databaseName !== 'string' || options.databaseName.trim() === '') {
      throw invalidInput('The database name must be a non-empty string.');
    }
    if (!isValidId(options.viewerId)) throw invalidInput('The viewer id must be a non-empty string.');
    this.databaseName = options.databaseName;
    this.viewerId = options.viewerId;
    this.clock = options.clock ?? Date.now;
    const forget = () => this.relationsCache.clear();
    this.connection = new ConnectionLifecycle(this.databaseName, { openTimeoutMs: options.openTimeoutMs, onReset: forget });
    this.hub = new ChangeHub(this.databaseName, forget);
    this.contacts = new ContactMethods({
      viewerId: this.viewerId,
      connection: this.connection,
      publish: (change) => this.hub.publish(change),
      now: () => this.now(),
    });
  }

  // Reads

  /** The viewer's own person; `not-found` when the viewer is not in the database. */
  async getViewer(options?: ReadOptions): Promise<Person> {
    return this.connection.run([PEOPLE], 'readonly', (tx) => requirePerson(tx, this.viewerId, true), options?.signal);
  }

  /** One person; `invalid-input` for a malformed id, `not-found` when there is none. */
  async getPerson(id: string, options?: ReadOptions): Promise<Person> {
    const personId = checkId(id);
    return this.connection.run(
      [PEOPLE],
      'readonly',
      async (tx) => {
        if (personId === this.viewerId) return requirePerson(tx, personId, true);
        // Someone else's personal contact is as absent as a person who does not exist.
        const record = await visibleRecord(tx, personId, this.viewerId);
        if (!record) throw noSuchPerson(personId);
        return record.person;
      },
      options?.signal,
    );
  }

  /** The viewer's relationship with a person; `self` for the viewer, `not-found` for an unknown person. */
  async getRelationship(personId: string, options?: ReadOptions): Promise<Relationship> {
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'relationship');
    const now = this.clock();
    const read = this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS, MUTES],
      'readonly',
      async (tx) => {
        const [record, pair] = await Promise.all([visibleRecord(tx, id, this.viewerId), readPair(tx, this.viewerId, id, now)]);
        if (!record) throw noSuchPerson(id);
        return pair;
      },
      options?.signal,
    );
    return relationshipOf(await read);
  }

  /** Two key ranges of connections, intersected; only the people shown are read. */
  async getMutualConnections(personId: string, options: MutualOptions = {}): Promise<MutualConnections> {
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'mutual');
    const limit = mutualLimit(options?.limit);
    return this.connection.run(
      [PEOPLE, RELATIONS],
      'readonly',
      (tx) => readMutualConnections(tx, this.viewerId, id, limit),
      options?.signal,
    );
  }

  /** The mutual connections of a page of people in one transaction (network-reads.ts). */
  async getMutualConnectionsFor(personIds: readonly string[], options: MutualOptions = {}): Promise<MutualSummary[]> {
    const ids = mutualIds(personIds);
    const limit = mutualLimit(options?.limit);
    return this.connection.run(
      [PEOPLE, RELATIONS],
      'readonly',
      (tx) => readMutualSummaries(tx, this.viewerId, ids, limit),
      options?.signal,
    );
  }

  /** People the viewer may know (network-reads.ts). */
  async getSuggestions(options?: SuggestionOptions): Promise<Page<Suggestion>> {
    const { after, limit } = suggestionRequest(options);
    return this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS, MUTES],
      'readonly',
      (tx) => readSuggestions(tx, this.viewerId, after, limit, this.clock()),
      options?.signal,
    );
  }

  /** The home view's numbers, each counted over a small per-viewer key range. */
  async getCounts(options?: ReadOptions): Promise<RelationshipCounts> {
    const now = this.clock();
    return this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS, MUTES],
      'readonly',
      (tx) => readCounts(tx, this.viewerId, now),
      options?.signal,
    );
  }

  /**
   * People matching the query within the filter, in name order (folded phonetic or display name, then id).
   * See people-search.ts for the three ways a page is read; `suggested` is ranked as suggestions (network-reads.ts).
   */
  async searchPeople(options: SearchOptions = {}): Promise<Page<PersonEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The search options must be an object.');
    const { query, filter = 'all' } = options;
    if (query !== undefined && query !== null && typeof query !== 'string') throw invalidInput('The search text must be a string.');
    if (typeof query === 'string' && query.length > MAX_QUERY)
      throw invalidInput(`The search text is too long (at most ${MAX_QUERY} characters).`);
    if (!isOneOf(PEOPLE_FILTERS, filter))
      throw invalidInput(`"${String(filter)}" is not a list of people; use one of ${PEOPLE_FILTERS.join(', ')}.`);
    const words = queryWords(query ?? undefined);
    if (filter === 'suggested') {
      const suggested = {
        words,
        after: decodeSuggestionCursor(options.cursor),
        limit: pageSize('people', options.limit),
        now: this.clock(),
      };
      return this.connection.run(
        [PEOPLE, RELATIONS, REQUESTS, MUTES],
        'readonly',
        (tx) => readSuggestedPeople(tx, this.viewerId, suggested),
        options.signal,
      );
    }
    const request = {
      words,
      filter,
      after: decodePeopleCursor(options.cursor),
      limit: pageSize('people', options.limit),
      now: this.clock(),
    };
    return this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS, META, MUTES, CONTACT_LINKS],
      'readonly',
      async (tx) => {
        const links = readMemberLinks(tx, this.viewerId);
        // Awaited below; if the page's own read fails first, the aborted transaction's rejection here is not news.
        links.catch(() => undefined);
        const page = await searchPeopleIn(tx, this.viewerId, request, this.relationsCache);
        return { ...page, items: await withLinkedContacts(tx, page.items, links) };
      },
      options.signal,
    );
  }

  /** Pending requests the viewer received (`incoming`) or sent (`outgoing`), newest first. */
  async listRequests(direction: RequestDirection, options: RequestListOptions = {}): Promise<Page<RequestEntry>> {
    if (!isOneOf(REQUEST_DIRECTIONS, direction)) throw invalidInput('The request direction must be "incoming" or "outgoing".');
    if (typeof options !== 'object' || options === null) throw invalidInput('The list options must be an object.');
    const limit = pageSize('requests', options.limit);
    const after = decodeTimeCursor('requests', options.cursor);
    return this.connection.run(
      [PEOPLE, REQUESTS],
      'readonly',
      (tx) => readRequestPage(tx, this.viewerId, direction, after, limit),
      options.signal,
    );
  }

  /**
   * Newest first: the viewer's feed (activities of people the viewer is connected to or follows) or one of its
   * tabs (feed-tabs.ts), or with `actorId` that person's activities. Never an activity of someone in a block with the viewer.
   */
  async getFeed(options: FeedOptions = {}): Promise<Page<FeedEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The feed options must be an object.');
    const actorId = options.actorId === undefined || options.actorId === null ? undefined : checkId(options.actorId, 'actor id');
    const query = {
      actorId,
      tab: checkFeedTab(options.tab),
      limit: pageSize('feed', options.limit),
      after: decodeTimeCursor('feed', options.cursor),
      now: this.clock(),
    };
    return this.connection.run(
      [PEOPLE, RELATIONS, ACTIVITIES, FEED, MUTES],
      'readonly',
      (tx) => readFeedPage(tx, this.viewerId, query),
      options.signal,
    );
  }

  // Changes: each rule is in ../relationship-rules.ts

  /** Records an activity by the viewer and writes it into the feeds of the viewer's connections and followers. */
  async postActivity(input: ActivityInput): Promise<Activity> {
    const { kind, text, link } = checkActivityInput(input);
    const activity: Activity = { id: crypto.randomUUID(), actorId: this.viewerId, kind, text, createdAt: this.now() };
    if (link !== undefined) activity.link = link;
    await this.connection.run([PEOPLE, RELATIONS, ACTIVITIES, FEED], 'readwrite', async (tx) => {
      await requirePerson(tx, this.viewerId, true);
      await recordActivity(tx, activity);
    });
    this.hub.publish({ topics: ['activities'], personIds: [this.viewerId] });
    return activity;
  }

  /** Replaces the viewer's own person in one transaction; `invalid-input` (naming the field) for a bad one. */
  async updateProfile(input: ProfileInput): Promise<Person> {
    const { checkProfileInput } = await import('../profile.js');
    const person = { ...checkProfileInput(input, this.viewerId), updatedAt: this.now() };
    await this.connection.run([PEOPLE], 'readwrite', (tx) => updateProfileIn(tx, person));
    this.hub.publish({ topics: ['people'], personIds: [this.viewerId] });
    return person;
  }

  // Private notes (private-notes.ts)

  /** The viewer's private note about a person, `''` when none; `self` for the viewer, `not-found` for no one. */
  async getPrivateNote(personId: string, options?: ReadOptions): Promise<string> {
    const id = this.notedPerson(personId);
    return this.connection.run([PEOPLE, NOTES], 'readonly', (tx) => readNote(tx, this.viewerId, id), options?.signal);
  }

  /** Stores (or with `''` deletes) the viewer's private note about a person; `invalid-input` leaves it as it was. */
  async setPrivateNote(personId: string, text: string): Promise<string> {
    const id = this.notedPerson(personId);
    const note = checkPrivateNote(text);
    const at = this.now();
    await this.connection.run([PEOPLE, NOTES], 'readwrite', (tx) => writeNote(tx, this.viewerId, id, note, at));
    this.hub.publish({ topics: ['people'], personIds: [this.viewerId] });
    return note;
  }

  private notedPerson(personId: string): string {
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'note');
    return id;
  }

  // Personal contacts and contact imports (contact-methods.ts)

  /** Stores a new personal contact of the viewer's; `invalid-input` (naming the field) for a bad one. */
  addContact(input: ContactInput): Promise<Person> {
    return this.contacts.addContact(input);
  }
  /** Replaces every field of one of the viewer's contacts; `not-found` when it is not theirs. */
  updateContact(id: string, input: ContactInput): Promise<Person> {
    return this.contacts.updateContact(id, input);
  }
  /** Deletes one of the viewer's contacts and the viewer's private note on it; `not-found` when it is not theirs. */
  deleteContact(id: string): Promise<void> {
    return this.contacts.deleteContact(id);
  }
  /** Checks and stores an import plan (no contact written yet); see {@link ContactImports}. */
  beginContactImport(plan: ContactImportPlan): Promise<ContactImportStatus> {
    return this.contacts.beginContactImport(plan);
  }
  /** Writes the next chunk of a running import and moves its marker, in one transaction. */
  continueContactImport(importId: string, limit: number): Promise<ContactImportStatus> {
    return this.contacts.continueContactImport(importId, limit);
  }
  /** Stops a running import; what it wrote stays until undone. */
  cancelContactImport(importId: string): Promise<ContactImportStatus> {
    return this.contacts.cancelContactImport(importId);
  }
  /** Puts back everything the import wrote, in one transaction. */
  undoContactImport(importId: string): Promise<ContactImportStatus> {
    return this.contacts.undoContactImport(importId);
  }
  /** The viewer's most recent import, or null. */
  latestContactImport(): Promise<ContactImportStatus | null> {
    return this.contacts.latestContactImport();
  }

  /** The contact's link and candidates (contact-links.ts). */
  getContactLink(contactId: string, options?: ReadOptions): Promise<ContactLink> {
    return this.contacts.getContactLink(contactId, options);
  }
  /** The viewer's contact linked to a person, or null. */
  getLinkedContact(personId: string, options?: ReadOptions): Promise<Person | null> {
    return this.contacts.getLinkedContact(personId, options);
  }
  /** Links one of the viewer's contacts to the member with its email. */
  linkContact(contactId: string, memberId: string): Promise<ContactLink> {
    return this.contacts.linkContact(contactId, memberId);
  }
  /** Removes the link of one of the viewer's contacts. */
  unlinkContact(contactId: string): Promise<ContactLink> {
    return this.contacts.unlinkContact(contactId);
  }

  /** Calls `listener` after every committed change made through any adapter on this database, in any tab. */
  subscribe(listener: ChangeListener): () => void {
    if (typeof listener !== 'function') throw invalidInput('The listener must be a function.');
    return this.hub.subscribe(listener);
  }

  /** Closes the database connection and the change channel. Later calls reject with `storage`. */
  close(): void {
    this.connection.close();
    this.hub.close();
  }

  /** A strictly increasing clock, so two changes in one millisecond keep their order. */
  private now(): number {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return this.lastTime;
  }

  /**
   * The frame of every relationship change: checks the id, refuses the viewer, reads both people and the pair
   * state, applies the mutation's rule (which throws to refuse, writing nothing), and publishes the change after
   * commit when the rule changed anything.
   */
  protected override async change(mutation: RelationshipMutation, personId: string, input: ChangeInput = {}): Promise<Relationship> {
    const id = checkId(personId);
    refuseSelf(mutation, this.viewerId, id);
    const now = this.now();
    let quiet = false;
    let topics: ChangeTopic[] = [];
    const pair = await this.connection.run(GRAPH_STORES, 'readwrite', async (tx) => {
      const [viewer, person] = await Promise.all([
        requirePerson(tx, this.viewerId, true),
        requirePerson(tx, id),
        refuseContact(tx, id, this.viewerId),
      ]);
      const context = {
        viewer,
        person,
        pair: await readPair(tx, this.viewerId, id, now),
        now,
        note: input.note,
        ...(input.muteFor && { muteFor: input.muteFor }),
      };
      const plan = planChange(mutation, context);
      if (plan.steps.length === 0) return context.pair;
      await writeSteps(tx, context, plan.steps);
      // The feed's tab marks follow the relations that now stand, both ways.
      await Promise.all([bumpRelVersion(tx), syncFeedVia(tx, this.viewerId, id), syncFeedVia(tx, id, this.viewerId)]);
      topics = plan.topics;
      quiet = plan.quiet;
      return readPair(tx, this.viewerId, id, now);
    });
    if (topics.length > 0) this.hub.publish({ topics: [...topics], personIds: quiet ? [this.viewerId] : [this.viewerId, id] });
    return relationshipOf(pair);
  }
}
