/**
 * The in-memory adapter: the contract's argument checks, reads and paging over a {@link MemoryWorld}; the
 * relationship rules are the shared ones (../relationship-rules.ts). Every answer is a copy, so callers cannot change the world by editing it.
 */
import type {
  MutualConnections,
  MutualOptions,
  MutualSummary,
  Suggestion,
  SuggestionOptions,
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
import { mutualIds, mutualLimit } from '../mutual.js';
import { isSuggestible, organizationKey, rankSuggestedPeople, rankSuggestions, reasonOf, suggestionRequest } from '../suggestions.js';
import type { ChangeInput } from '../relationship-rules.js';
import { decodePeopleCursor, decodeSuggestionCursor, decodeTimeCursor, encodePeopleCursor, encodeTimeCursor } from '../cursor.js';
import { invalidInput, noSuchPerson, refuseAboutSelf, storageError } from '../errors.js';
import { matchesQuery, queryWords, searchTokens, sortKeyOf } from '../search-text.js';
import { checkActivityInput, checkFeedTab, checkId, checkPrivateNote, isValidId } from '../validate.js';
import { pageSize } from '../page-sizes.js';
import { isOneOf, PEOPLE_FILTERS, REQUEST_DIRECTIONS, type RelationshipMutation } from '../vocabulary.js';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { relationshipOf } from '../pair.js';
import { planChange, refuseSelf } from '../relationship-rules.js';
import { pairOf, writeSteps } from './change-steps.js';
import { compareByName, pageNewestFirst } from './order.js';
import { blocksOf, countsOf, feedActorsOf, mutedOf, peopleIn, pendingOf } from './views.js';
import { pairKey, type MemoryWorld } from './world.js';
import { RelationshipChanges } from '../relationship-changes.js';
import type { ContactImportPlan, ContactImports, ContactImportStatus } from '../contact-imports.js';
import { checkContactInput } from '../contact-input.js';
import { newContactId, noSocialActions, noSuchContact, type ContactInput, type PersonalContacts } from '../personal-contacts.js';
import { checkProfileInput, type ProfileInput } from '../profile.js';
import type { ContactLink, ContactLinks } from '../contact-links.js';
import { contactLinkOf, linkedContactIn, linkIn, unlinkIn, withLinkedContacts } from './contact-links.js';

const MAX_QUERY = 500;

/**
 * A {@link ContactsBackend} acting for one viewer over a {@link MemoryWorld} (make it with `world.backendFor`).
 * It makes the same choices as the IndexedDB adapter where the contract leaves them open: a repeated request or
 * follow resolves and changes nothing; `all` leaves out the viewer and everyone in a block with the viewer; every
 * query word must start a word of the name; the network feed holds the activities of the people the viewer is
 * connected to or follows, not the viewer's own.
 */
export class MemoryBackend extends RelationshipChanges implements ContactsBackend, PersonalContacts, ContactImports, ContactLinks {
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

  getMutualConnections(personId: string, options: MutualOptions = {}): Promise<MutualConnections> {
    return this.read(options, () => {
      const id = checkId(personId);
      refuseAboutSelf(this.viewerId, id, 'mutual');
      const limit = mutualLimit(options?.limit);
      this.person(id);
      const theirs = new Set(this.world.relations.from(id, 'connection'));
      const both = this.world.relations
        .from(this.viewerId, 'connection')
        .filter((other) => theirs.has(other))
        .flatMap((other) => this.world.people.get(other) ?? [])
        .sort(compareByName);
      return { count: both.length, people: both.slice(0, limit).map((r) => copy(r.person)) };
    });
  }

  getMutualConnectionsFor(personIds: readonly string[], options: MutualOptions = {}): Promise<MutualSummary[]> {
    return this.read(options, () => {
      const ids = mutualIds(personIds);
      const limit = mutualLimit(options?.limit);
      const mine = this.world.relations.from(this.viewerId, 'connection');
      return ids.map((personId) => {
        const record = this.world.people.get(personId);
        if (personId === this.viewerId || !record || record.ownerId !== undefined) return { personId, count: 0, people: [] };
        const theirs = new Set(this.world.relations.from(personId, 'connection'));
        const both = mine.filter((other) => theirs.has(other)).flatMap((other) => this.world.people.get(other) ?? []);
        both.sort(compareByName);
        return { personId, count: both.length, people: both.slice(0, limit).map((r) => copy(r.person)) };
      });
    });
  }

  /** Friends of friends counted, colleagues found by a scan (the memory world is small), ranked by suggestions.ts. */
  getSuggestions(options?: SuggestionOptions): Promise<Page<Suggestion>> {
    return this.read(options, () => {
      const { after, limit } = suggestionRequest(options);
      const { items, next } = rankSuggestions(this.suggestionCandidates(), after, limit);
      return {
        items: items.map((c) => ({ person: copy(c.record.person), relationship: this.relationshipWith(c.id), ...reasonOf(c) })),
        next,
      };
    });
  }

  /** Everyone the viewer may be suggested, with how many connections they share and whether a colleague. */
  private suggestionCandidates() {
    const viewer = this.person(this.viewerId);
    const { relations, people } = this.world;
    const mutual = new Map<string, number>();
    for (const friend of relations.from(this.viewerId, 'connection')) {
      for (const other of relations.from(friend, 'connection')) mutual.set(other, (mutual.get(other) ?? 0) + 1);
    }
    const organization = organizationKey(viewer.organization);
    const colleagues = organization
      ? this.world.byName.filter((r) => r.ownerId === undefined && organizationKey(r.person.organization) === organization)
      : [];
    const ids = new Set([...mutual.keys(), ...colleagues.map((r) => r.person.id)]);
    ids.delete(this.viewerId);
    return [...ids].flatMap((id) => {
      const record = people.get(id);
      if (!record || record.ownerId !== undefined || !isSuggestible(pairOf(this.world, this.viewerId, id))) return [];
      const sharedOrganization = organization !== '' && organizationKey(record.person.organization) === organization;
      return [{ id, sortKey: record.sortKey, mutualCount: mutual.get(id) ?? 0, sharedOrganization, record }];
    });
  }

  private relationshipWith(id: string): Relationship {
    return relationshipOf(pairOf(this.world, this.viewerId, id));
  }

  getRelationship(personId: string, options?: ReadOptions): Promise<Relationship> {
    return this.read(options, () => {
      const id = checkId(personId);
      refuseAboutSelf(this.viewerId, id, 'relationship');
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
      const words = queryWords(query ?? undefined);
      if (filter === 'suggested') {
        const ranked = rankSuggestedPeople(
          this.suggestionCandidates(),
          words,
          (c) => c.record.tokens,
          decodeSuggestionCursor(options.cursor),
          limit,
        );
        return {
          items: ranked.items.map((c) => ({
            person: copy(c.record.person),
            relationship: this.relationshipWith(c.id),
            suggestion: reasonOf(c),
          })),
          next: ranked.next,
        };
      }
      const after = decodePeopleCursor(options.cursor);
      const position = after && { sortKey: after.sortKey, person: { id: after.id } };
      const matching = peopleIn(this.world, this.viewerId, filter).filter(
        (r) => matchesQuery(r.tokens, words) && (!position || compareByName(r, position) > 0),
      );
      const page = matching.slice(0, limit);
      const last = page[page.length - 1];
      const entries = page.map((r) => ({
        person: copy(r.person),
        relationship: relationshipOf(pairOf(this.world, this.viewerId, r.person.id)),
        ...(r.ownerId === undefined ? {} : { personal: true }),
      }));
      return {
        items: copy(withLinkedContacts(this.world, this.viewerId, entries)),
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
      const tab = checkFeedTab(options.tab);
      const blocks = blocksOf(this.world, this.viewerId);
      // The viewer's feed never shows a muted person, nor a connection announced with one; their own page does.
      if (actorId === undefined) for (const id of mutedOf(this.world, this.viewerId)) blocks.add(id);
      const actors = actorId !== undefined ? new Set([actorId]) : feedActorsOf(this.world, this.viewerId, tab);
      const shown = this.world.activities.filter(
        (a) => actors.has(a.actorId) && !blocks.has(a.actorId) && !(a.targetId !== undefined && blocks.has(a.targetId)),
      );
      const { items, next } = pageNewestFirst(shown, after, limit);
      return {
        items: items.map((activity) => ({ activity: copy(activity), actor: copy(this.person(activity.actorId)) })),
        next: next && encodeTimeCursor('feed', next),
      };
    });
  }

  /** Runs one relationship change (decided by ../relationship-rules.ts) and announces it when it changed something. */
  protected override change(mutation: RelationshipMutation, personId: string, input: ChangeInput = {}): Promise<Relationship> {
    return this.run(() => {
      const id = checkId(personId);
      refuseSelf(mutation, this.viewerId, id);
      const person = this.person(id);
      if (this.world.people.get(id)?.ownerId !== undefined) throw noSocialActions();
      const context = {
        viewer: this.person(this.viewerId),
        person,
        pair: pairOf(this.world, this.viewerId, id),
        now: this.world.now(),
        note: input.note,
        ...(input.muteFor && { muteFor: input.muteFor }),
      };
      const plan = planChange(mutation, context);
      writeSteps(this.world, context, plan.steps);
      const personIds = plan.quiet ? [this.viewerId] : [this.viewerId, id];
      if (plan.steps.length > 0) this.world.publish({ topics: plan.topics, personIds });
      return relationshipOf(pairOf(this.world, this.viewerId, id));
    });
  }

  getPrivateNote(personId: string, options?: ReadOptions): Promise<string> {
    return this.read(options, () => this.world.notes.get(pairKey(this.viewerId, this.notedPerson(personId))) ?? '');
  }

  setPrivateNote(personId: string, text: string): Promise<string> {
    return this.run(() => {
      const id = this.notedPerson(personId);
      const note = checkPrivateNote(text);
      this.person(this.viewerId);
      if (note === '') this.world.notes.delete(pairKey(this.viewerId, id));
      else this.world.notes.set(pairKey(this.viewerId, id), note);
      this.world.publish({ topics: ['people'], personIds: [this.viewerId] });
      return note;
    });
  }

  /** The id of someone the viewer may keep a note about: `self` for the viewer, `not-found` for no one. */
  private notedPerson(personId: string): string {
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'note');
    this.person(id);
    return id;
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

  /** Replaces the viewer's own person; `invalid-input` (naming the field) for a bad one. */
  updateProfile(input: ProfileInput): Promise<Person> {
    return this.run(() => {
      const person = { ...checkProfileInput(input, this.viewerId), updatedAt: this.world.now() };
      this.person(this.viewerId);
      this.world.putRecord({ person, sortKey: sortKeyOf(person), tokens: searchTokens(person) });
      this.world.publish({ topics: ['people'], personIds: [this.viewerId] });
      return copy(person);
    });
  }

  /** Stores a new personal contact of the viewer's; `invalid-input` (naming the field) for a bad one. */
  addContact(input: ContactInput): Promise<Person> {
    return this.run(() => {
      const person = { ...checkContactInput(input, newContactId()), updatedAt: this.world.now() };
      this.person(this.viewerId);
      return this.storeContact(person);
    });
  }

  /** Replaces every field of one of the viewer's contacts; `not-found` when it is not theirs. */
  updateContact(id: string, input: ContactInput): Promise<Person> {
    return this.run(() => {
      const contactId = this.ownContact(id);
      return this.storeContact({ ...checkContactInput(input, contactId), updatedAt: this.world.now() });
    });
  }

  /** Deletes one of the viewer's contacts and the viewer's private note on it; `not-found` when it is not theirs. */
  deleteContact(id: string): Promise<void> {
    return this.run(() => {
      const contactId = this.ownContact(id);
      this.world.forgetContact(this.viewerId, contactId);
      this.world.publish({ topics: ['people'], personIds: [contactId] });
    });
  }

  private ownContact(id: string): string {
    const contactId = checkId(id);
    if (this.world.people.get(contactId)?.ownerId !== this.viewerId) throw noSuchContact(contactId);
    return contactId;
  }

  private storeContact(person: Person): Person {
    this.world.putRecord({ person, sortKey: sortKeyOf(person), tokens: searchTokens(person), ownerId: this.viewerId });
    this.world.publish({ topics: ['people'], personIds: [person.id] });
    return copy(person);
  }

  /** The contact's link and candidates (contact-links.ts). */
  getContactLink(contactId: string, options?: ReadOptions): Promise<ContactLink> {
    return this.read(options, () => copy(contactLinkOf(this.world, this.viewerId, checkId(contactId, 'contact id'))));
  }

  /** The viewer's contact linked to a person, or null. */
  getLinkedContact(personId: string, options?: ReadOptions): Promise<Person | null> {
    return this.read(options, () => copy(linkedContactIn(this.world, this.viewerId, checkId(personId))));
  }

  /** Links one of the viewer's contacts to the member with its email. */
  linkContact(contactId: string, memberId: string): Promise<ContactLink> {
    return this.run(() => {
      const id = checkId(contactId, 'contact id');
      if (linkIn(this.world, this.viewerId, id, checkId(memberId, 'member id'))) this.linkChanged(id);
      return copy(contactLinkOf(this.world, this.viewerId, id));
    });
  }

  /** Removes the link of one of the viewer's contacts. */
  unlinkContact(contactId: string): Promise<ContactLink> {
    return this.run(() => {
      const id = checkId(contactId, 'contact id');
      if (unlinkIn(this.world, this.viewerId, id)) this.linkChanged(id);
      return copy(contactLinkOf(this.world, this.viewerId, id));
    });
  }

  /** A link is the viewer's alone: the change names the viewer and the contact, never the member. */
  private linkChanged(contactId: string): void {
    this.world.publish({ topics: ['people'], personIds: [this.viewerId, contactId] });
  }

  /** Checks and stores an import plan (no contact written yet); see {@link ContactImports}. */
  beginContactImport(plan: ContactImportPlan): Promise<ContactImportStatus> {
    return this.run(() => {
      this.person(this.viewerId);
      return this.world.contactImports.begin(this.world, this.viewerId, plan);
    });
  }

  /** Writes the next chunk of a running import and moves its marker. */
  continueContactImport(importId: string, limit: number): Promise<ContactImportStatus> {
    return this.run(() =>
      this.published(this.world.contactImports.continue(this.world, this.viewerId, checkId(importId, 'import id'), limit)),
    );
  }

  /** Stops a running import; what it wrote stays until undone. */
  cancelContactImport(importId: string): Promise<ContactImportStatus> {
    return this.run(() => this.world.contactImports.cancel(this.viewerId, checkId(importId, 'import id')));
  }

  /** Puts back everything the import wrote. */
  undoContactImport(importId: string): Promise<ContactImportStatus> {
    return this.run(() => this.published(this.world.contactImports.undo(this.world, this.viewerId, checkId(importId, 'import id'))));
  }

  /** The viewer's most recent import, or null. */
  latestContactImport(): Promise<ContactImportStatus | null> {
    return this.run(() => this.world.contactImports.latest(this.viewerId));
  }

  private published({ status, ids }: { status: ContactImportStatus; ids: string[] }): ContactImportStatus {
    if (ids.length > 0) this.world.publish({ topics: ['people'], personIds: ids });
    return status;
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
    // Someone else's personal contact is as absent as a person who does not exist.
    if (record && (record.ownerId === undefined || record.ownerId === this.viewerId)) return record.person;
    throw noSuchPerson(id, id === this.viewerId);
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
