/**
 * The in-memory adapter: the contract's argument checks, reads and paging over a {@link MemoryWorld}; the
 * relationship rules are in rules.ts. Every answer is a copy, so callers cannot change the world by editing it.
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
  RequestDirection,
  RequestEntry,
  RequestListOptions,
  SearchOptions,
} from '../backend.js';
import { decodePeopleCursor, decodeTimeCursor, encodePeopleCursor, encodeTimeCursor } from '../indexeddb/cursor.js';
import { invalidInput, storageError } from '../indexeddb/errors.js';
import { matchesQuery, queryWords } from '../indexeddb/search-text.js';
import { checkActivityInput, checkId, isValidId } from '../indexeddb/validate.js';
import { pageSize } from '../page-sizes.js';
import { isOneOf, PEOPLE_FILTERS, REQUEST_DIRECTIONS, type RelationshipMutation } from '../vocabulary.js';
import type { Activity } from '../../model/activity.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { pairOf, relationshipOf, RULES } from './rules.js';
import { compareByName, pageNewestFirst } from './order.js';
import { blocksOf, countsOf, feedActorsOf, peopleIn, pendingOf } from './views.js';
import type { MemoryWorld } from './world.js';
import { RelationshipChanges } from '../relationship-changes.js';

const MAX_QUERY = 500;

/**
 * A {@link ContactsBackend} acting for one viewer over a {@link MemoryWorld} (make it with `world.backendFor`).
 * It makes the same choices as the IndexedDB adapter where the contract leaves them open: a repeated request or
 * follow resolves and changes nothing; `all` leaves out the viewer and everyone in a block with the viewer; every
 * query word must start a word of the name; the network feed holds the activities of the people the viewer is
 * connected to or follows, not the viewer's own.
 */
export class MemoryBackend extends RelationshipChanges implements ContactsBackend {
  readonly viewerId: string;
  /** The world this adapter reads and changes (`backend.world.backendFor(other)` acts for someone else in it). */
  readonly world: MemoryWorld;
  private readonly unsubscribes = new Set<() => void>();
  private closed = false;

  /** Throws `invalid-input` for a malformed viewer id. */
  constructor(world: MemoryWorld, viewerId: string) {
    super();
    if (!isValidId(viewerId)) throw invalidInput('The viewer id must be a non-empty string.');
    this.world = world;
    this.viewerId = viewerId;
  }

  getViewer(options?: ReadOptions): Promise<Person> {
    return this.read(options, () => copy(this.person(this.viewerId)));
  }

  getPerson(id: string, options?: ReadOptions): Promise<Person> {
    return this.read(options, () => copy(this.person(checkId(id))));
  }

  getRelationship(personId: string, options?: ReadOptions): Promise<Relationship> {
    return this.read(options, () => {
      const id = checkId(personId);
      if (id === this.viewerId) throw new ContactsError('self', 'You have no relationship with yourself.');
      this.person(id);
      return relationshipOf(pairOf(this.world, this.viewerId, id));
    });
  }

  getCounts(options?: ReadOptions): Promise<RelationshipCounts> {
    return this.read(options, () => {
      return countsOf(this.world, this.person(this.viewerId).id);
    });
  }

  searchPeople(options: SearchOptions = {}): Promise<Page<PersonEntry>> {
    return this.read(options, () => {
      const { query, filter = 'all' } = checkOptions(options, 'search');
      if (query !== undefined && query !== null && typeof query !== 'string') throw invalidInput('The search text must be a string.');
      if (typeof query === 'string' && query.length > MAX_QUERY)
        throw invalidInput(`The search text is too long (at most ${MAX_QUERY} characters).`);
      if (!isOneOf(PEOPLE_FILTERS, filter))
        throw invalidInput(`"${String(filter)}" is not a list of people; use one of ${PEOPLE_FILTERS.join(', ')}.`);
      const limit = pageSize('people', options.limit);
      const after = decodePeopleCursor(options.cursor);
      const words = queryWords(query ?? undefined);
      const position = after && { sortKey: after.sortKey, person: { id: after.id } };
      const matching = peopleIn(this.world, this.viewerId, filter).filter(
        (r) => matchesQuery(r.tokens, words) && (!position || compareByName(r, position) > 0),
      );
      const page = matching.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => ({ person: copy(r.person), relationship: relationshipOf(pairOf(this.world, this.viewerId, r.person.id)) })),
        next: matching.length > limit && last ? encodePeopleCursor({ sortKey: last.sortKey, id: last.person.id }) : null,
      };
    });
  }

  listRequests(direction: RequestDirection, options: RequestListOptions = {}): Promise<Page<RequestEntry>> {
    return this.read(options, () => {
      if (!isOneOf(REQUEST_DIRECTIONS, direction)) throw invalidInput('The request direction must be "incoming" or "outgoing".');
      checkOptions(options, 'list');
      const limit = pageSize('requests', options.limit);
      const after = decodeTimeCursor('requests', options.cursor);
      const mine = pendingOf(this.world, this.viewerId, direction);
      const { items, next } = pageNewestFirst(mine, after, limit);
      return {
        items: items.flatMap((request) => {
          const other = this.world.people.get(direction === 'incoming' ? request.fromId : request.toId);
          return other ? [{ request: copy(request), person: copy(other.person) }] : [];
        }),
        next: next && encodeTimeCursor('requests', next),
      };
    });
  }

  getFeed(options: FeedOptions = {}): Promise<Page<FeedEntry>> {
    return this.read(options, () => {
      checkOptions(options, 'feed');
      const actorId = options.actorId === undefined || options.actorId === null ? undefined : checkId(options.actorId, 'actor id');
      const limit = pageSize('feed', options.limit);
      const after = decodeTimeCursor('feed', options.cursor);
      if (actorId !== undefined) this.person(actorId);
      const blocks = blocksOf(this.world, this.viewerId);
      const actors = actorId !== undefined ? new Set([actorId]) : feedActorsOf(this.world, this.viewerId);
      const shown = this.world.activities.filter((a) => actors.has(a.actorId) && !blocks.has(a.actorId));
      const { items, next } = pageNewestFirst(shown, after, limit);
      return {
        items: items.map((activity) => ({ activity: copy(activity), actor: copy(this.person(activity.actorId)) })),
        next: next && encodeTimeCursor('feed', next),
      };
    });
  }

  /** Runs one relationship change (see rules.ts) and announces it when it changed something. */
  protected override change(name: RelationshipMutation, personId: string): Promise<Relationship> {
    return this.run(() => {
      const id = checkId(personId);
      const rule = RULES[name];
      if (id === this.viewerId) throw new ContactsError('self', `You cannot ${rule.selfVerb} yourself.`);
      const viewer = this.person(this.viewerId);
      const person = this.person(id);
      const topics = rule.apply({ world: this.world, viewer, person, pair: pairOf(this.world, viewer.id, id), now: this.world.now() });
      if (topics) this.world.publish({ topics, personIds: [viewer.id, id] });
      return relationshipOf(pairOf(this.world, viewer.id, id));
    });
  }

  postActivity(input: ActivityInput): Promise<Activity> {
    return this.run(() => {
      const { kind, text, link } = checkActivityInput(input);
      this.person(this.viewerId);
      const activity: Activity = { id: crypto.randomUUID(), actorId: this.viewerId, kind, text, createdAt: this.world.now() };
      if (link !== undefined) activity.link = link;
      this.world.activities.push(activity);
      this.world.publish({ topics: ['activities'], personIds: [this.viewerId] });
      return copy(activity);
    });
  }

  /** Calls `listener` after every change made through any adapter of the same world. */
  subscribe(listener: ChangeListener): () => void {
    if (typeof listener !== 'function') throw invalidInput('The listener must be a function.');
    if (this.closed) return () => undefined;
    const remove = this.world.subscribe(listener);
    const unsubscribe = () => {
      remove();
      this.unsubscribes.delete(unsubscribe);
    };
    this.unsubscribes.add(unsubscribe);
    return unsubscribe;
  }

  /** Stops this adapter's listeners; later calls reject with `storage`. The world and its other adapters go on. */
  close(): void {
    this.closed = true;
    for (const unsubscribe of [...this.unsubscribes]) unsubscribe();
  }

  /** Runs `body` now (so calls take effect in the order made) and settles with its result or error. */
  private async run<T>(body: () => T): Promise<T> {
    if (this.closed) throw storageError('This contacts adapter has been closed.');
    return body();
  }

  /** A read: as `run`, but rejected with the signal's reason if it aborts before the answer is delivered. */
  private async read<T>(options: ReadOptions | undefined, body: () => T): Promise<T> {
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (signal != null && !(signal instanceof AbortSignal)) throw invalidInput('The signal must be an AbortSignal.');
    signal?.throwIfAborted();
    const result = await this.run(body);
    signal?.throwIfAborted();
    return result;
  }

  /** The person, or `not-found` (worded for the viewer when it is the viewer). */
  private person(id: string): Person {
    const record = this.world.people.get(id);
    if (record) return record.person;
    throw new ContactsError(
      'not-found',
      id === this.viewerId ? `Your own profile (${id}) does not exist in this contacts world.` : `There is no person with the id "${id}".`,
    );
  }
}

/** Rejects options that are not an object; returns them typed. */
function checkOptions<T>(options: T, what: 'search' | 'list' | 'feed'): T {
  if (typeof options !== 'object' || options === null) throw invalidInput(`The ${what} options must be an object.`);
  return options;
}

/** A deep copy of a value given to a caller. */
function copy<T>(value: T): T {
  return structuredClone(value);
}
