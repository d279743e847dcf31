/**
 * The reference adapter: every rule of the ContactsBackend contract enforced on top of IndexedDB, one
 * transaction per change. The class checks arguments and frames each call; the work is in its own modules:
 * connection-lifecycle.ts (opening, reopening, refusing), people-search.ts, newest-first-pages.ts (feed and
 * requests), relationship-rules.ts (what each change refuses and writes), graph.ts (the steps changes are made of)
 * and schema.ts (the layout).
 */
import type {
  ActivityInput,
  ChangeListener,
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
import type { Activity } from '../../model/activity.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { pageSize } from '../page-sizes.js';
import { isOneOf, PEOPLE_FILTERS, REQUEST_DIRECTIONS } from '../vocabulary.js';
import { ChangeHub } from './changes.js';
import { ConnectionLifecycle } from './connection-lifecycle.js';
import { decodePeopleCursor, decodeTimeCursor } from './cursor.js';
import { invalidInput } from './errors.js';
import { bumpRelVersion, readPair, recordActivity, relationshipOf, requirePerson, startsWith } from './graph.js';
import { readFeedPage, readRequestPage } from './newest-first-pages.js';
import { searchPeopleIn, ViewerRelationsCache } from './people-search.js';
import { RELATIONSHIP_RULES } from './relationship-rules.js';
import { ACTIVITIES, FEED, META, PEOPLE, RELATIONS, REQUESTS, type StoreName } from './schema.js';
import { queryWords } from './search-text.js';
import { checkActivityInput, checkId, isValidId } from './validate.js';
import { RelationshipChanges } from '../relationship-changes.js';

/** Options for {@link IndexedDBBackend}. */
export interface IndexedDBBackendOptions {
  /** The IndexedDB database holding the world (created on first use). */
  databaseName: string;
  /** The person this adapter acts for. */
  viewerId: string;
  /** Give up opening the database after this many milliseconds (default 10,000). */
  openTimeoutMs?: number;
}

/** The stores a relationship change may touch. */
const GRAPH_STORES: readonly StoreName[] = [PEOPLE, RELATIONS, REQUESTS, ACTIVITIES, FEED, META];
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
export class IndexedDBBackend extends RelationshipChanges implements ContactsBackend {
  /** The person this adapter acts for. */
  readonly viewerId: string;
  /** The IndexedDB database name. */
  readonly databaseName: string;

  private readonly hub: ChangeHub;
  private readonly connection: ConnectionLifecycle;
  private readonly relationsCache = new ViewerRelationsCache();
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
    const forget = () => this.relationsCache.clear();
    this.connection = new ConnectionLifecycle(this.databaseName, { openTimeoutMs: options.openTimeoutMs, onReset: forget });
    this.hub = new ChangeHub(this.databaseName, forget);
  }

  // Reads

  /** The viewer's own person; `not-found` when the viewer is not in the database. */
  async getViewer(options?: ReadOptions): Promise<Person> {
    return this.connection.run([PEOPLE], 'readonly', (tx) => requirePerson(tx, this.viewerId, true), options?.signal);
  }

  /** One person; `invalid-input` for a malformed id, `not-found` when there is none. */
  async getPerson(id: string, options?: ReadOptions): Promise<Person> {
    const personId = checkId(id);
    return this.connection.run([PEOPLE], 'readonly', (tx) => requirePerson(tx, personId, personId === this.viewerId), options?.signal);
  }

  /** The viewer's relationship with a person; `self` for the viewer, `not-found` for an unknown person. */
  async getRelationship(personId: string, options?: ReadOptions): Promise<Relationship> {
    const id = checkId(personId);
    if (id === this.viewerId) throw new ContactsError('self', 'You have no relationship with yourself.');
    const read = this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS],
      'readonly',
      async (tx) => (await Promise.all([requirePerson(tx, id), readPair(tx, this.viewerId, id)]))[1],
      options?.signal,
    );
    return relationshipOf(await read);
  }

  /** The home view's numbers, each counted over a small per-viewer key range. */
  async getCounts(options?: ReadOptions): Promise<RelationshipCounts> {
    const v = this.viewerId;
    const read = this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS],
      'readonly',
      (tx) => {
        const relations = tx.objectStore(RELATIONS);
        const requests = tx.objectStore(REQUESTS);
        return Promise.all([
          requirePerson(tx, v, true),
          relations.count(startsWith([v, 'connection'])),
          relations.count(startsWith([v, 'follow'])),
          relations.count(startsWith([v, 'block'])),
          relations.index('byTarget').count(startsWith([v, 'follow'])),
          requests.index('inbox').count(startsWith([v, 'pending'])),
          requests.index('outbox').count(startsWith([v, 'pending'])),
        ]);
      },
      options?.signal,
    );
    const [, connections, following, blocked, followers, incoming, outgoing] = await read;
    return { connections, following, followers, incoming, outgoing, blocked };
  }

  /**
   * People matching the query within the filter, in name order (folded phonetic or display name, then id).
   * See people-search.ts for the three ways a page is read.
   */
  async searchPeople(options: SearchOptions = {}): Promise<Page<PersonEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The search options must be an object.');
    const { query, filter = 'all' } = options;
    if (query !== undefined && query !== null && typeof query !== 'string') throw invalidInput('The search text must be a string.');
    if (typeof query === 'string' && query.length > MAX_QUERY)
      throw invalidInput(`The search text is too long (at most ${MAX_QUERY} characters).`);
    if (!isOneOf(PEOPLE_FILTERS, filter))
      throw invalidInput(`"${String(filter)}" is not a list of people; use one of ${PEOPLE_FILTERS.join(', ')}.`);
    const request = {
      words: queryWords(query ?? undefined),
      filter,
      after: decodePeopleCursor(options.cursor),
      limit: pageSize('people', options.limit),
    };
    return this.connection.run(
      [PEOPLE, RELATIONS, REQUESTS, META],
      'readonly',
      (tx) => searchPeopleIn(tx, this.viewerId, request, this.relationsCache),
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
   * Newest first: the viewer's feed (activities of people the viewer is connected to or follows), or with
   * `actorId` that person's activities. Never an activity of someone in a block with the viewer.
   */
  async getFeed(options: FeedOptions = {}): Promise<Page<FeedEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The feed options must be an object.');
    const actorId = options.actorId === undefined || options.actorId === null ? undefined : checkId(options.actorId, 'actor id');
    const query = { actorId, limit: pageSize('feed', options.limit), after: decodeTimeCursor('feed', options.cursor) };
    return this.connection.run(
      [PEOPLE, RELATIONS, actorId !== undefined ? ACTIVITIES : FEED],
      'readonly',
      (tx) => readFeedPage(tx, this.viewerId, query),
      options.signal,
    );
  }

  // Changes: each rule is in relationship-rules.ts

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
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /**
   * The frame of every relationship change: checks the id, refuses the viewer, reads both people and the pair
   * state, applies the mutation's rule (which throws to refuse, writing nothing), and publishes the change after
   * commit when the rule changed anything.
   */
  protected override async change(mutation: RelationshipMutation, personId: string): Promise<Relationship> {
    const rule = RELATIONSHIP_RULES[mutation];
    const id = checkId(personId);
    if (id === this.viewerId) throw new ContactsError('self', `You cannot ${rule.selfVerb} yourself.`);
    const now = this.now();
    let changed = false;
    const pair = await this.connection.run(GRAPH_STORES, 'readwrite', async (tx) => {
      const [viewer, person] = await Promise.all([requirePerson(tx, this.viewerId, true), requirePerson(tx, id)]);
      changed = await rule.apply({ tx, viewer, person, pair: await readPair(tx, this.viewerId, id), now });
      if (changed) await bumpRelVersion(tx);
      return readPair(tx, this.viewerId, id);
    });
    if (changed) this.hub.publish({ topics: [...rule.topics], personIds: [this.viewerId, id] });
    return relationshipOf(pair);
  }
}
