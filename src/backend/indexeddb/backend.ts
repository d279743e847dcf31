/**
 * The reference adapter: every rule of the ContactsBackend contract enforced on top of IndexedDB, one
 * transaction per change. See schema.ts for the layout and graph.ts for the steps changes are made of.
 */
import type {
  ActivityInput,
  BackendChange,
  ChangeListener,
  ChangeTopic,
  ContactsBackend,
  FeedEntry,
  FeedOptions,
  Page,
  PeopleFilter,
  PersonEntry,
  ReadOptions,
  RelationshipCounts,
  RequestEntry,
  RequestDirection,
  RequestListOptions,
  SearchOptions,
} from '../backend.js';
import { pageSize } from '../page-sizes.js';
import { isOneOf, PEOPLE_FILTERS, REQUEST_DIRECTIONS, type RelationshipMutation } from '../vocabulary.js';
import type { Activity } from '../../model/activity.js';
import { ContactsError, isContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import type { ConnectionRequest } from '../../model/request.js';
import { ChangeHub } from './changes.js';
import { openDatabase } from './connection.js';
import { decodePeopleCursor, decodeTimeCursor, encodePeopleCursor, encodeTimeCursor, type TimePosition } from './cursor.js';
import { invalidInput, storageError } from './errors.js';
import {
  backfillFeed,
  bumpRelVersion,
  closeRequest,
  deleteRelation,
  dropFeed,
  getPersonRecord,
  incomingOf,
  outgoingOf,
  putRelation,
  readPair,
  readProfile,
  readRelVersion,
  recordActivity,
  relationshipInProfile,
  relationshipOf,
  requirePerson,
  startsWith,
  type PairState,
  type Profile,
} from './graph.js';
import {
  ACTIVITIES,
  FEED,
  META,
  PEOPLE,
  RELATIONS,
  REQUESTS,
  type ActivityRecord,
  type Database,
  type FeedRecord,
  type PersonRecord,
  type Transaction,
} from './schema.js';
import { indexedPrefix, matchesQuery, mostSelectiveWord, nameTokens, queryWords, searchKey, searchKeyBounds, INDEXED_PREFIX_LENGTH } from './text.js';
import { runTx } from './tx.js';
import { checkId, isValidId } from './validate.js';

/** Options for {@link IndexedDBBackend}. */
export interface IndexedDBBackendOptions {
  /** The IndexedDB database holding the world (created on first use). */
  databaseName: string;
  /** The person this adapter acts for. */
  viewerId: string;
  /** Give up opening the database after this many milliseconds (default 10,000). */
  openTimeoutMs?: number;
}

/** Rows read per step when a filtered scan (longer query, blocked actors) needs more than one batch. */
const SCAN_BATCH = 200;
const MAX_KIND = 64;
const MAX_TEXT = 10_000;
const MAX_LINK = 2048;

/** The stores a relationship change may touch. */
const GRAPH_STORES = [PEOPLE, RELATIONS, REQUESTS, ACTIVITIES, FEED, META];

/** What a relationship change sees before it writes. */
interface ChangeContext {
  tx: Transaction;
  viewer: Person;
  person: Person;
  state: PairState;
  now: number;
}

/** Verbs for "You cannot … yourself." */
const SELF_VERBS: Record<RelationshipMutation, string> = {
  requestConnection: 'connect with',
  cancelRequest: 'withdraw a request to',
  acceptRequest: 'accept a request from',
  declineRequest: 'decline a request from',
  disconnect: 'disconnect from',
  follow: 'follow',
  unfollow: 'unfollow',
  block: 'block',
  unblock: 'unblock',
};

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
 * - Timestamps are strictly increasing per adapter, so two changes in the same millisecond keep their order.
 */
export class IndexedDBBackend implements ContactsBackend {
  /** The person this adapter acts for. */
  readonly viewerId: string;
  /** The IndexedDB database name. */
  readonly databaseName: string;

  private readonly openTimeoutMs: number | undefined;
  private readonly hub: ChangeHub;
  private dbPromise: Promise<Database> | undefined;
  private state: 'open' | 'closed' | 'superseded' | 'deleted' = 'open';
  private profileCache: { version: number; profile: Profile } | undefined;
  private lastTime = 0;

  /** Throws `invalid-input` for a missing database name or viewer id. Opens nothing yet. */
  constructor(options: IndexedDBBackendOptions) {
    if (typeof options?.databaseName !== 'string' || options.databaseName.trim() === '') {
      throw invalidInput('The database name must be a non-empty string.');
    }
    if (!isValidId(options.viewerId)) throw invalidInput('The viewer id must be a non-empty string.');
    this.databaseName = options.databaseName;
    this.viewerId = options.viewerId;
    this.openTimeoutMs = options.openTimeoutMs;
    this.hub = new ChangeHub(this.databaseName, () => {
      this.profileCache = undefined;
    });
  }

  // ---- reads ---------------------------------------------------------------------------------------------

  /** The viewer's own person; `not-found` when the viewer is not in the database. */
  async getViewer(options?: ReadOptions): Promise<Person> {
    return this.run([PEOPLE], 'readonly', (tx) => requirePerson(tx, this.viewerId, true), options?.signal);
  }

  /** One person; `invalid-input` for a malformed id, `not-found` when there is none. */
  async getPerson(id: string, options?: ReadOptions): Promise<Person> {
    const personId = checkId(id);
    return this.run([PEOPLE], 'readonly', (tx) => requirePerson(tx, personId, personId === this.viewerId), options?.signal);
  }

  /** The viewer's relationship with a person; `self` for the viewer, `not-found` for an unknown person. */
  async getRelationship(personId: string, options?: ReadOptions): Promise<Relationship> {
    const id = checkId(personId);
    if (id === this.viewerId) throw new ContactsError('self', 'You have no relationship with yourself.');
    return this.run(
      [PEOPLE, RELATIONS, REQUESTS],
      'readonly',
      async (tx) => {
        const [, state] = await Promise.all([requirePerson(tx, id), readPair(tx, this.viewerId, id)]);
        return relationshipOf(state);
      },
      options?.signal,
    );
  }

  /** The home view's numbers, each counted over a small per-viewer key range. */
  async getCounts(options?: ReadOptions): Promise<RelationshipCounts> {
    return this.run([PEOPLE, RELATIONS, REQUESTS], 'readonly', async (tx) => {
      const v = this.viewerId;
      const relations = tx.objectStore(RELATIONS);
      const requests = tx.objectStore(REQUESTS);
      const [, connections, following, blocked, followers, incoming, outgoing] = await Promise.all([
        requirePerson(tx, v, true),
        relations.count(startsWith([v, 'connection'])),
        relations.count(startsWith([v, 'follow'])),
        relations.count(startsWith([v, 'block'])),
        relations.index('byTarget').count(startsWith([v, 'follow'])),
        requests.index('inbox').count(startsWith([v, 'pending'])),
        requests.index('outbox').count(startsWith([v, 'pending'])),
      ]);
      return { connections, following, followers, incoming, outgoing, blocked };
    }, options?.signal);
  }

  /**
   * People matching the query within the filter, in name order (folded phonetic or display name, then id).
   * `all` with a query reads the word-prefix index; `all` without one reads the name index; the other filters
   * read the viewer's small sets. Paging is exact: a cursor names the last person shown.
   */
  async searchPeople(options: SearchOptions = {}): Promise<Page<PersonEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The search options must be an object.');
    const { query, filter = 'all' } = options;
    if (query !== undefined && query !== null && typeof query !== 'string') throw invalidInput('The search text must be a string.');
    if (typeof query === 'string' && query.length > 500) throw invalidInput('The search text is too long (at most 500 characters).');
    if (!isOneOf(PEOPLE_FILTERS, filter)) throw invalidInput(`"${String(filter)}" is not a list of people; use one of ${PEOPLE_FILTERS.join(', ')}.`);
    const limit = pageSize('people', options.limit);
    const after = decodePeopleCursor(options.cursor);
    const words = queryWords(query ?? undefined);
    return this.run([PEOPLE, RELATIONS, REQUESTS, META], 'readonly', async (tx) => {
      const read = (profile: Profile) => {
        if (filter !== 'all') return this.listFiltered(tx, this.filterIds(profile, filter), words, after, limit);
        const excluded = new Set<string>(profile.blocks).add(this.viewerId);
        return words.length === 0 ? this.listAll(tx, after, limit, excluded) : this.searchAll(tx, words, after, limit, excluded);
      };
      // With a cached profile, read the page and check the profile is current in the same round trip.
      const cached = this.profileCache;
      let profile: Profile;
      let page: { records: PersonRecord[]; more: boolean };
      const [version, optimistic] = await Promise.all([readRelVersion(tx), cached ? read(cached.profile) : null]);
      if (cached && optimistic && cached.version === version) {
        profile = cached.profile;
        page = optimistic;
      } else {
        profile = await readProfile(tx, this.viewerId);
        this.profileCache = { version, profile };
        page = await read(profile);
      }
      const { records, more } = page;
      const last = records[records.length - 1];
      return {
        items: records.map((r) => ({ person: r.person, relationship: relationshipInProfile(profile, r.id) })),
        next: more && last ? encodePeopleCursor({ sortKey: last.sortKey, id: last.id }) : null,
      };
    }, options.signal);
  }

  /** Pending requests the viewer received (`incoming`) or sent (`outgoing`), newest first. */
  async listRequests(direction: RequestDirection, options: RequestListOptions = {}): Promise<Page<RequestEntry>> {
    if (!isOneOf(REQUEST_DIRECTIONS, direction)) throw invalidInput('The request direction must be "incoming" or "outgoing".');
    if (typeof options !== 'object' || options === null) throw invalidInput('The list options must be an object.');
    const limit = pageSize('requests', options.limit);
    const after = decodeTimeCursor('requests', options.cursor);
    return this.run([PEOPLE, REQUESTS], 'readonly', async (tx) => {
      const index = tx.objectStore(REQUESTS).index(direction === 'incoming' ? 'inbox' : 'outbox');
      const all = ((await index.getAll(startsWith([this.viewerId, 'pending']))) as ConnectionRequest[])
        .map((request) => ({ request, createdAt: request.createdAt, id: request.id }))
        .sort(newestFirst)
        .filter((r) => !after || newestFirst(r, after) > 0);
      const page = all.slice(0, limit);
      const people = await Promise.all(page.map((r) => getPersonRecord(tx, direction === 'incoming' ? r.request.fromId : r.request.toId)));
      const items: RequestEntry[] = [];
      page.forEach((r, i) => {
        const person = people[i];
        if (person) items.push({ request: r.request, person: person.person });
      });
      const last = page[page.length - 1];
      return { items, next: all.length > limit && last ? encodeTimeCursor('requests', last) : null };
    }, options.signal);
  }

  /**
   * Newest first: the viewer's feed (activities of people the viewer is connected to or follows), or with
   * `actorId` that person's activities. Never an activity of someone in a block with the viewer.
   */
  async getFeed(options: FeedOptions = {}): Promise<Page<FeedEntry>> {
    if (typeof options !== 'object' || options === null) throw invalidInput('The feed options must be an object.');
    const actorId = options.actorId === undefined || options.actorId === null ? undefined : checkId(options.actorId, 'actor id');
    const limit = pageSize('feed', options.limit);
    const after = decodeTimeCursor('feed', options.cursor);
    return this.run([PEOPLE, RELATIONS, actorId !== undefined ? ACTIVITIES : FEED], 'readonly', async (tx) => {
      const relations = tx.objectStore(RELATIONS);
      // Both orders are [owner-or-actor, -createdAt, id]: newest first, ties by id.
      const owner = actorId ?? this.viewerId;
      const source = actorId !== undefined ? tx.objectStore(ACTIVITIES).index('byActor') : tx.objectStore(FEED);
      const read = (lower: unknown[], open: boolean, count: number) =>
        source.getAll(IDBKeyRange.bound(lower, [owner, []], open, false), count) as Promise<(FeedRecord | ActivityRecord)[]>;
      // Blocks, the actor and the first batch are read together: one round trip for a typical page.
      let lower: unknown[] = after ? [owner, -after.createdAt, after.id] : [owner, -Infinity];
      let open = after !== null;
      let batch = limit + 1;
      const [blockingKeys, blockedByKeys, actor, first] = (await Promise.all([
        relations.getAllKeys(startsWith([this.viewerId, 'block'])),
        relations.index('byTarget').getAllKeys(startsWith([this.viewerId, 'block'])),
        actorId !== undefined ? requirePerson(tx, actorId, actorId === this.viewerId) : null,
        read(lower, open, batch),
      ])) as [[string, string, string][], [string, string, string][], Person | null, (FeedRecord | ActivityRecord)[]];
      const blocked = new Set([...blockingKeys.map((k) => k[2]), ...blockedByKeys.map((k) => k[0])]);
      if (actorId !== undefined && blocked.has(actorId)) return { items: [], next: null };
      const activities: Activity[] = [];
      let more = false;
      let rows = first;
      for (;;) {
        // Feed rows of blocked people are removed when the block is made; this filter is a second guard.
        for (const row of rows) if (!blocked.has(row.activity.actorId)) activities.push(row.activity);
        if (activities.length > limit) {
          more = true;
          break;
        }
        const tail = rows[rows.length - 1];
        if (rows.length < batch || !tail) break;
        lower = [owner, -tail.activity.createdAt, tail.activity.id];
        open = true;
        batch = SCAN_BATCH;
        rows = await read(lower, open, batch);
      }
      const page = activities.slice(0, limit);
      const actors = new Map<string, Person>(actor ? [[actor.id, actor]] : []);
      const actorIds = [...new Set(page.map((a) => a.actorId))].filter((id) => !actors.has(id));
      (await Promise.all(actorIds.map((id) => getPersonRecord(tx, id)))).forEach((r) => r && actors.set(r.id, r.person));
      const items: FeedEntry[] = [];
      for (const activity of page) {
        const actor = actors.get(activity.actorId);
        if (actor) items.push({ activity, actor });
      }
      const last = page[page.length - 1];
      return { items, next: more && last ? encodeTimeCursor('feed', { createdAt: last.createdAt, id: last.id }) : null };
    }, options.signal);
  }

  // ---- changes -------------------------------------------------------------------------------------------

  /** Asks to connect; accepts the person's own pending request instead; repeated calls change nothing. */
  requestConnection(personId: string): Promise<Relationship> {
    return this.change('requestConnection', personId, ['requests', 'relationships'], async (c) => {
      this.refuseBlocked(c, 'connect with');
      if (c.state.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      if (c.state.received) return this.accept(c, c.state.received);
      if (c.state.sent) return false;
      const request: ConnectionRequest = { id: crypto.randomUUID(), fromId: this.viewerId, toId: c.person.id, status: 'pending', createdAt: c.now };
      await c.tx.objectStore(REQUESTS).put(request);
      return true;
    });
  }

  /** Withdraws the viewer's pending request. Only the sender can. */
  cancelRequest(personId: string): Promise<Relationship> {
    return this.change('cancelRequest', personId, ['requests', 'relationships'], async (c) => {
      if (c.state.sent) {
        await closeRequest(c.tx, c.state.sent, 'cancelled', c.now);
        return true;
      }
      if (c.state.received) {
        throw new ContactsError('forbidden', `Only ${c.person.displayName}, who sent the request, can withdraw it. You can accept or decline it.`);
      }
      throw new ContactsError('invalid-state', `You have no pending request to ${c.person.displayName}.`);
    });
  }

  /** Accepts the person's pending request: a two-way connection forms and a `connected` activity is recorded. */
  acceptRequest(personId: string): Promise<Relationship> {
    return this.change('acceptRequest', personId, ['requests', 'relationships', 'activities'], async (c) => {
      if (c.state.received) return this.accept(c, c.state.received);
      if (c.state.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can accept your request.`);
      if (c.state.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    });
  }

  /** Declines the person's pending request. Only the recipient can. */
  declineRequest(personId: string): Promise<Relationship> {
    return this.change('declineRequest', personId, ['requests', 'relationships'], async (c) => {
      if (c.state.received) {
        await closeRequest(c.tx, c.state.received, 'declined', c.now);
        return true;
      }
      if (c.state.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can decline your request. You can withdraw it.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    });
  }

  /** Removes the connection on both sides, and each side's feed rows of the other unless they still follow. */
  disconnect(personId: string): Promise<Relationship> {
    return this.change('disconnect', personId, ['relationships', 'activities'], async (c) => {
      if (!c.state.out.has('connection')) throw new ContactsError('invalid-state', `You are not connected with ${c.person.displayName}.`);
      const v = this.viewerId;
      const p = c.person.id;
      await Promise.all([deleteRelation(c.tx, v, 'connection', p), deleteRelation(c.tx, p, 'connection', v)]);
      await Promise.all([c.state.out.has('follow') ? null : dropFeed(c.tx, v, p), c.state.in.has('follow') ? null : dropFeed(c.tx, p, v)]);
      return true;
    });
  }

  /** Follows the person (one-way, no consent). Idempotent when already following. */
  follow(personId: string): Promise<Relationship> {
    return this.change('follow', personId, ['relationships', 'activities'], async (c) => {
      this.refuseBlocked(c, 'follow');
      if (c.state.out.has('follow')) return false;
      await putRelation(c.tx, this.viewerId, 'follow', c.person.id, c.now);
      if (!c.state.out.has('connection')) await backfillFeed(c.tx, this.viewerId, c.person.id);
      return true;
    });
  }

  /** Stops following; the person's activities leave the feed unless the two are connected. */
  unfollow(personId: string): Promise<Relationship> {
    return this.change('unfollow', personId, ['relationships', 'activities'], async (c) => {
      if (!c.state.out.has('follow')) throw new ContactsError('invalid-state', `You are not following ${c.person.displayName}.`);
      await deleteRelation(c.tx, this.viewerId, 'follow', c.person.id);
      if (!c.state.out.has('connection')) await dropFeed(c.tx, this.viewerId, c.person.id);
      return true;
    });
  }

  /**
   * In one transaction: removes the connection, pending requests (the viewer's marked cancelled, the other's
   * declined), follows and feed rows in both directions, then stores the block.
   */
  block(personId: string): Promise<Relationship> {
    return this.change('block', personId, ['relationships', 'requests', 'activities'], async (c) => {
      if (c.state.out.has('block')) throw new ContactsError('invalid-state', `You have already blocked ${c.person.displayName}.`);
      const v = this.viewerId;
      const p = c.person.id;
      await Promise.all([
        deleteRelation(c.tx, v, 'connection', p),
        deleteRelation(c.tx, p, 'connection', v),
        deleteRelation(c.tx, v, 'follow', p),
        deleteRelation(c.tx, p, 'follow', v),
        c.state.sent ? closeRequest(c.tx, c.state.sent, 'cancelled', c.now) : null,
        c.state.received ? closeRequest(c.tx, c.state.received, 'declined', c.now) : null,
        dropFeed(c.tx, v, p),
        dropFeed(c.tx, p, v),
      ]);
      await putRelation(c.tx, v, 'block', p, c.now);
      return true;
    });
  }

  /** Lifts the viewer's block. Nothing that the block removed comes back. */
  unblock(personId: string): Promise<Relationship> {
    return this.change('unblock', personId, ['relationships'], async (c) => {
      if (!c.state.out.has('block')) throw new ContactsError('invalid-state', `You have not blocked ${c.person.displayName}.`);
      await deleteRelation(c.tx, this.viewerId, 'block', c.person.id);
      return true;
    });
  }

  /** Records an activity by the viewer and writes it into the feeds of the viewer's connections and followers. */
  async postActivity(input: ActivityInput): Promise<Activity> {
    if (typeof input !== 'object' || input === null) throw invalidInput('The activity must be an object with a kind and a text.');
    const { kind, text, link } = input;
    if (typeof kind !== 'string' || kind.trim() === '' || kind.length > MAX_KIND) {
      throw invalidInput(`The activity kind must be a non-empty string of at most ${MAX_KIND} characters.`);
    }
    if (typeof text !== 'string' || text.length > MAX_TEXT) throw invalidInput(`The activity text must be a string of at most ${MAX_TEXT} characters.`);
    if (link !== undefined && (typeof link !== 'string' || link.length > MAX_LINK)) {
      throw invalidInput(`The activity link must be a string of at most ${MAX_LINK} characters.`);
    }
    const activity: Activity = { id: crypto.randomUUID(), actorId: this.viewerId, kind, text, createdAt: this.now() };
    if (link !== undefined) activity.link = link;
    await this.run([PEOPLE, RELATIONS, ACTIVITIES, FEED], 'readwrite', async (tx) => {
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
    this.state = 'closed';
    this.hub.close();
    const pending = this.dbPromise;
    this.dbPromise = undefined;
    pending?.then((db) => db.close(), () => undefined);
  }

  // ---- internals -----------------------------------------------------------------------------------------

  /** The open database, opening it on first use (and again after the browser dropped it). */
  private db(): Promise<Database> {
    if (this.state === 'closed') return Promise.reject(storageError('This contacts adapter has been closed.', undefined, 'lost'));
    if (this.state === 'deleted') {
      return Promise.reject(storageError('The contacts database was deleted. Reload this page to start again.', undefined, 'version-change'));
    }
    if (this.state === 'superseded') {
      return Promise.reject(
        storageError('The contacts database was upgraded by a newer version of this page in another tab. Reload this page to continue.', undefined, 'version-change'),
      );
    }
    if (!this.dbPromise) {
      const opening = openDatabase(this.databaseName, {
        ...(this.openTimeoutMs === undefined ? {} : { timeoutMs: this.openTimeoutMs }),
        onLost: (reason) => {
          this.dbPromise = undefined;
          this.profileCache = undefined;
          if (reason !== 'terminated' && this.state === 'open') this.state = reason === 'deleted' ? 'deleted' : 'superseded';
        },
      });
      this.dbPromise = opening;
      // A failed open is not remembered: the next call tries again.
      opening.catch(() => {
        if (this.dbPromise === opening) this.dbPromise = undefined;
      });
      opening.then((db) => {
        if (this.state === 'closed') db.close();
      }, () => undefined);
    }
    return this.dbPromise;
  }

  /**
   * Runs one transaction on the open database. If the connection turns out to be gone (the browser dropped it,
   * as Safari does in the background, or another tab's upgrade closed it), tries once more: a dropped
   * connection is reopened, a superseded one rejects with the reason. A failed transaction wrote nothing, so
   * trying again is safe.
   */
  private async run<T>(
    stores: readonly string[],
    mode: 'readonly' | 'readwrite',
    body: (tx: Transaction) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal != null && typeof signal.throwIfAborted !== 'function') throw invalidInput('The signal must be an AbortSignal.');
    signal?.throwIfAborted();
    for (let attempt = 0; ; attempt++) {
      const opening = this.db();
      const db = await opening;
      signal?.throwIfAborted();
      try {
        const result = await runTx(db, stores, mode, body, signal ?? undefined);
        signal?.throwIfAborted();
        return result;
      } catch (error) {
        // However the transaction ended, an aborted read reports the abort (its reason), as fetch does.
        signal?.throwIfAborted();
        if (attempt > 0 || !isConnectionLoss(error)) throw error;
        if (this.dbPromise === opening) this.dbPromise = undefined;
        this.profileCache = undefined;
      }
    }
  }

  /** A strictly increasing clock, so two changes in one millisecond keep their order. */
  private now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /**
   * The frame of every relationship change: checks the id, refuses the viewer, reads both people and the pair
   * state, runs `body` (which throws to refuse, writing nothing), and publishes the change after commit.
   * `body` resolves to whether it changed anything.
   */
  private async change(
    action: RelationshipMutation,
    personId: string,
    topics: ChangeTopic[],
    body: (c: ChangeContext) => Promise<boolean>,
  ): Promise<Relationship> {
    const id = checkId(personId);
    if (id === this.viewerId) throw new ContactsError('self', `You cannot ${SELF_VERBS[action]} yourself.`);
    const now = this.now();
    let changed = false;
    const relationship = await this.run(GRAPH_STORES, 'readwrite', async (tx) => {
      const [viewer, person] = await Promise.all([requirePerson(tx, this.viewerId, true), requirePerson(tx, id)]);
      const state = await readPair(tx, this.viewerId, id);
      changed = await body({ tx, viewer, person, state, now });
      if (changed) await bumpRelVersion(tx);
      return relationshipOf(await readPair(tx, this.viewerId, id));
    });
    if (changed) {
      const change: BackendChange = { topics, personIds: [this.viewerId, id] };
      this.hub.publish(change);
    }
    return relationship;
  }

  /** `blocked` when a block stands between the viewer and the person, in either direction. */
  private refuseBlocked(c: ChangeContext, verb: string): void {
    if (c.state.out.has('block')) throw new ContactsError('blocked', `You have blocked ${c.person.displayName}. Unblock them before you ${verb} them.`);
    if (c.state.in.has('block')) throw new ContactsError('blocked', `You cannot ${verb} ${c.person.displayName}.`);
  }

  /** Accepts `request` (from the person to the viewer): connection rows, a `connected` activity by each, feed copies. */
  private async accept(c: ChangeContext, request: ConnectionRequest): Promise<boolean> {
    const v = this.viewerId;
    const p = c.person.id;
    await Promise.all([closeRequest(c.tx, request, 'accepted', c.now), putRelation(c.tx, v, 'connection', p, c.now), putRelation(c.tx, p, 'connection', v, c.now)]);
    // One activity per side, so both networks hear of it and each of the two sees the other's in their feed.
    const connected = (actor: Person, target: Person): Activity => ({
      id: crypto.randomUUID(),
      actorId: actor.id,
      kind: 'connected',
      text: `${actor.displayName} connected with ${target.displayName}.`,
      targetId: target.id,
      createdAt: c.now,
    });
    await Promise.all([recordActivity(c.tx, connected(c.viewer, c.person)), recordActivity(c.tx, connected(c.person, c.viewer))]);
    await Promise.all([backfillFeed(c.tx, v, p), backfillFeed(c.tx, p, v)]);
    return true;
  }

  /** The ids a non-`all` filter draws from. */
  private filterIds(profile: Profile, filter: Exclude<PeopleFilter, 'all'>): string[] {
    switch (filter) {
      case 'connections':
        return outgoingOf(profile, 'connection');
      case 'following':
        return outgoingOf(profile, 'follow');
      case 'followers':
        return incomingOf(profile, 'follow');
      case 'blocked':
        return outgoingOf(profile, 'block');
      case 'incoming':
        return [...profile.received.keys()];
      case 'outgoing':
        return [...profile.sent.keys()];
    }
  }

  /** Everyone in name order from the `[sortKey, id]` index. */
  private listAll(tx: Transaction, after: { sortKey: string; id: string } | null, limit: number, excluded: Set<string>) {
    const index = tx.objectStore(PEOPLE).index('bySort');
    return scanPages(
      (from, open, count) => index.getAll(from ? IDBKeyRange.lowerBound([from.sortKey, from.id], open) : undefined, count) as Promise<PersonRecord[]>,
      after,
      limit,
      (r) => !excluded.has(r.id),
    );
  }

  /** Everyone matching the query, in name order, from the word-prefix index. */
  private searchAll(tx: Transaction, words: string[], after: { sortKey: string; id: string } | null, limit: number, excluded: Set<string>) {
    const prefix = indexedPrefix(mostSelectiveWord(words));
    // The index alone decides when the query is one word no longer than the indexed prefix.
    const exact = words.length === 1 && Array.from(words[0]!).length <= INDEXED_PREFIX_LENGTH;
    const [low, high] = searchKeyBounds(prefix);
    const index = tx.objectStore(PEOPLE).index('search');
    return scanPages(
      (from, open, count) =>
        index.getAll(IDBKeyRange.bound(from ? searchKey(prefix, from.sortKey, from.id) : low, high, open, true), count) as Promise<PersonRecord[]>,
      after,
      limit,
      (r) => !excluded.has(r.id) && (exact || matchesQuery(nameTokens(r.person), words)),
      exact ? limit + 1 : SCAN_BATCH,
    );
  }

  /** A per-viewer set read in full, matched, sorted by name and paged after the cursor. */
  private async listFiltered(tx: Transaction, ids: string[], words: string[], after: { sortKey: string; id: string } | null, limit: number) {
    const store = tx.objectStore(PEOPLE);
    const rows = (await Promise.all(ids.map((id) => store.get(id)))) as (PersonRecord | undefined)[];
    const matching = rows
      .filter((r): r is PersonRecord => r !== undefined && (words.length === 0 || matchesQuery(nameTokens(r.person), words)))
      .filter((r) => !after || compareSort(r, after) > 0)
      .sort(compareSort);
    return { records: matching.slice(0, limit), more: matching.length > limit };
  }
}

/**
 * Reads rows in name order from after `after`, keeping those `keep` accepts, until one more than `limit` is
 * kept (so `more` is exact) or the rows run out. The first read asks for `first` rows (just enough when
 * nothing is filtered out); later reads for SCAN_BATCH.
 */
async function scanPages(
  read: (from: { sortKey: string; id: string } | null, open: boolean, count: number) => Promise<PersonRecord[]>,
  after: { sortKey: string; id: string } | null,
  limit: number,
  keep: (record: PersonRecord) => boolean,
  first = limit + 1,
): Promise<{ records: PersonRecord[]; more: boolean }> {
  const found: PersonRecord[] = [];
  let from = after;
  let count = first;
  for (;;) {
    const rows = await read(from, from !== null, count);
    for (const r of rows) if (keep(r)) found.push(r);
    if (found.length > limit) break;
    const tail = rows[rows.length - 1];
    if (rows.length < count || !tail) break;
    from = { sortKey: tail.sortKey, id: tail.id };
    count = SCAN_BATCH;
  }
  return { records: found.slice(0, limit), more: found.length > limit };
}

/** True for the errors a lost connection causes (closed database, Safari's lost server connection). */
function isConnectionLoss(error: unknown): boolean {
  if (!isContactsError(error, 'storage')) return false;
  const name = (error.cause as { name?: unknown } | undefined)?.name;
  return name === 'InvalidStateError' || name === 'UnknownError';
}

/** Name order: sort key, then id, both by code unit as IndexedDB compares strings. */
function compareSort(a: { sortKey: string; id: string }, b: { sortKey: string; id: string }): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** Newest first, ties by id ascending (the feed's order); positive when `a` comes after `b`. */
function newestFirst(a: TimePosition, b: TimePosition): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

