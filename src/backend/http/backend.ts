/**
 * The HTTP adapter: the ContactsBackend contract over the reference server's API (see the server's
 * `GET /openapi.json`). The server enforces every rule; this side checks only what a URL cannot carry (the
 * type of an id or a page size) with the IndexedDB adapter's words, so both adapters reject alike.
 *
 * Choices:
 * - The viewer is whoever the token names; `viewerId` is what the host says it is, for `viewerId` readers.
 * - Reads are retried (twice, with backoff) on network failure, timeout and 502/503/504; changes never are.
 * - A change made through this adapter is announced to its own listeners when it resolves (as IndexedDB
 *   does); changes from anywhere else arrive over Server-Sent Events. While any adapter of this page is
 *   connecting its event stream, changes from this page wait for it (at most a few seconds), so a
 *   subscriber hears every change made after it subscribed.
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
  RelationshipMutation,
  RequestEntry,
  RequestListOptions,
  SearchOptions,
} from '../backend.js';
import { mutualIds, mutualLimit } from '../mutual.js';
import { suggestionRequest } from '../suggestions.js';
import type { ChangeInput } from '../relationship-rules.js';
import type { Activity } from '../../model/activity.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { ProfileInput } from '../profile.js';
import type { Relationship } from '../../model/relationship.js';
import { checkFeedTab, checkId, checkPrivateNote, isValidId } from '../validate.js';
import { EventStream, type NumberedChange } from './events.js';
import { Transport, throwIfAborted, type TokenSource } from './transport.js';
import { RelationshipChanges } from '../relationship-changes.js';
import { ChangeListeners } from '../change-listeners.js';
import { noSuchContact, type ContactInput, type PersonalContacts } from '../personal-contacts.js';
import type { ContactLink, ContactLinks } from '../contact-links.js';
import type { ContactImportPlan, ContactImports, ContactImportStatus } from '../contact-imports.js';
import { HttpContactImports } from './contact-imports.js';
import { refuseAboutSelf } from '../errors.js';

/** Options for {@link HttpBackend}. */
export interface HttpBackendOptions {
  /** The server's API root, e.g. `https://contacts.example.com/api`. */
  baseUrl: string;
  /** The person the token names. */
  viewerId: string;
  /**
   * The viewer's JWT, or a function giving the current one (called before each request, so it can refresh;
   * called with `{ refresh: true }` after the server refused a token, so it should not answer from a cache).
   */
  token: TokenSource;
  /** Give up on a request after this many milliseconds (default 15,000). */
  timeoutMs?: number;
  /** Extra attempts for a failed read (default 2). */
  retries?: number;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
}

interface ChangeResult {
  relationship: Relationship;
  change: NumberedChange | null;
}

/** Event streams of this page still connecting: changes from this page wait for them. */
const connecting = new Set<Promise<void>>();
const CONNECT_WAIT_MS = 3000;
const REMEMBERED_CHANGES = 500;

function pageSize(limit: unknown): void {
  if (limit !== undefined && limit !== null && typeof limit !== 'number')
    throw new ContactsError('invalid-input', 'The page size must be a whole number.');
}

function options<T>(value: T | undefined, what: string): T | Record<string, never> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw new ContactsError('invalid-input', `The ${what} options must be an object.`);
  return value;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export class HttpBackend extends RelationshipChanges implements ContactsBackend, PersonalContacts, ContactImports, ContactLinks {
  readonly viewerId: string;
  readonly baseUrl: string;
  private readonly transport: Transport;
  private readonly listeners = new ChangeListeners();
  private readonly delivered: number[] = [];
  private stream: EventStream | undefined;
  private closed = false;
  /** Aborts every request in flight when the adapter closes. */
  private readonly lifetime = new AbortController();
  private readonly imports = new HttpContactImports({
    send: (path, body) => this.send(path, body),
    read: (path) => this.read(path, undefined),
  });

  /** Throws `invalid-input` for a missing base URL, viewer id or token. Connects to nothing yet. */
  constructor(options: HttpBackendOptions) {
    super();
    if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '')
      throw new ContactsError('invalid-input', 'The server URL must be a non-empty string.');
    if (!isValidId(options.viewerId)) throw new ContactsError('invalid-input', 'The viewer id must be a non-empty string.');
    if (typeof options.token !== 'string' && typeof options.token !== 'function')
      throw new ContactsError('invalid-input', 'The token must be a string or a function.');
    this.viewerId = options.viewerId;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.transport = new Transport({
      baseUrl: this.baseUrl,
      token: options.token,
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: options.retries ?? 2,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    });
  }

  // ---- reads ---------------------------------------------------------------------------------------------

  getViewer(options: ReadOptions = {}): Promise<Person> {
    return this.read('/viewer', options.signal);
  }

  async getPerson(id: string, options: ReadOptions = {}): Promise<Person> {
    throwIfAborted(options.signal);
    return this.read(`/people/${encodeURIComponent(checkId(id))}`, options.signal);
  }

  async searchPeople(input: SearchOptions = {}): Promise<Page<PersonEntry>> {
    const o = options(input, 'search') as SearchOptions;
    throwIfAborted(o.signal);
    if (o.query !== undefined && o.query !== null && typeof o.query !== 'string')
      throw new ContactsError('invalid-input', 'The search text must be a string.');
    if (o.filter !== undefined && typeof o.filter !== 'string')
      throw new ContactsError('invalid-input', 'The list of people must be named by a string.');
    this.checkCursor(o.cursor);
    pageSize(o.limit);
    return this.read(`/people${query({ query: o.query, filter: o.filter, cursor: o.cursor, limit: o.limit })}`, o.signal);
  }

  getCounts(options: ReadOptions = {}): Promise<RelationshipCounts> {
    return this.read('/counts', options.signal);
  }

  async getMutualConnections(personId: string, options: MutualOptions = {}): Promise<MutualConnections> {
    throwIfAborted(options?.signal);
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'mutual');
    const limit = mutualLimit(options?.limit);
    return this.read(`/people/${encodeURIComponent(id)}/mutual${query({ limit })}`, options?.signal);
  }

  /** A POST (the ids may not fit in a URL), retried as a read: it changes nothing. */
  async getMutualConnectionsFor(personIds: readonly string[], options: MutualOptions = {}): Promise<MutualSummary[]> {
    throwIfAborted(options?.signal);
    const ids = mutualIds(personIds);
    const limit = mutualLimit(options?.limit);
    this.checkOpen();
    const signal = options?.signal ? anySignal(options.signal, this.lifetime.signal) : this.lifetime.signal;
    const result = await this.transport.json<{ items: MutualSummary[] }>('POST', '/mutual', { body: { ids, limit }, signal, read: true });
    return result.items;
  }

  async getSuggestions(options?: SuggestionOptions): Promise<Page<Suggestion>> {
    throwIfAborted(options?.signal);
    suggestionRequest(options);
    return this.read(`/suggestions${query({ cursor: options?.cursor, limit: options?.limit })}`, options?.signal);
  }

  async getRelationship(personId: string, options: ReadOptions = {}): Promise<Relationship> {
    throwIfAborted(options.signal);
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'relationship');
    return this.read(`/relationships/${encodeURIComponent(id)}`, options.signal);
  }

  async listRequests(direction: 'incoming' | 'outgoing', input: RequestListOptions = {}): Promise<Page<RequestEntry>> {
    const o = options(input, 'list') as RequestListOptions;
    throwIfAborted(o.signal);
    if (direction !== 'incoming' && direction !== 'outgoing')
      throw new ContactsError('invalid-input', 'The request direction must be "incoming" or "outgoing".');
    this.checkCursor(o.cursor);
    pageSize(o.limit);
    return this.read(`/requests/${direction}${query({ cursor: o.cursor, limit: o.limit })}`, o.signal);
  }

  async getFeed(input: FeedOptions = {}): Promise<Page<FeedEntry>> {
    const o = options(input, 'feed') as FeedOptions;
    throwIfAborted(o.signal);
    const actorId = o.actorId === undefined || o.actorId === null ? undefined : checkId(o.actorId, 'actor id');
    const tab = checkFeedTab(o.tab);
    this.checkCursor(o.cursor);
    pageSize(o.limit);
    return this.read(`/feed${query({ actorId, tab, cursor: o.cursor, limit: o.limit })}`, o.signal);
  }

  // ---- changes -------------------------------------------------------------------------------------------

  async postActivity(input: ActivityInput): Promise<Activity> {
    return (await this.send<{ activity: Activity; change: NumberedChange }>('/activities', input)).activity;
  }

  async updateProfile(input: ProfileInput): Promise<Person> {
    return (await this.send<{ person: Person; change: NumberedChange }>('/profile', input)).person;
  }

  // ---- personal contacts (the server keeps them per viewer; see its /contacts routes) -----------------------

  async addContact(input: ContactInput): Promise<Person> {
    return (await this.send<{ person: Person; change: NumberedChange }>('/contacts', input)).person;
  }

  async updateContact(id: string, input: ContactInput): Promise<Person> {
    const contactId = checkId(id);
    return (await this.send<{ person: Person; change: NumberedChange }>(`/contacts/${encodeURIComponent(contactId)}`, input)).person;
  }

  async deleteContact(id: string): Promise<void> {
    const contactId = checkId(id);
    if (contactId === this.viewerId) throw noSuchContact(contactId);
    await this.send<{ change: NumberedChange }>(`/contacts/${encodeURIComponent(contactId)}/delete`, null);
  }

  // ---- contact imports (the server keeps the plan and its marker; see contact-imports.ts) --------------------

  beginContactImport(plan: ContactImportPlan): Promise<ContactImportStatus> {
    return this.imports.begin(plan);
  }

  continueContactImport(importId: string, limit: number): Promise<ContactImportStatus> {
    return this.imports.continue(importId, limit);
  }

  cancelContactImport(importId: string): Promise<ContactImportStatus> {
    return this.imports.cancel(importId);
  }

  undoContactImport(importId: string): Promise<ContactImportStatus> {
    return this.imports.undo(importId);
  }

  latestContactImport(): Promise<ContactImportStatus | null> {
    return this.imports.latest();
  }

  // ---- contact links (the server keeps them per viewer; see its /contacts/{id}/link routes) ------------------

  async getContactLink(contactId: string, options: ReadOptions = {}): Promise<ContactLink> {
    throwIfAborted(options.signal);
    return this.read(`/contacts/${encodeURIComponent(checkId(contactId, 'contact id'))}/link`, options.signal);
  }

  async getLinkedContact(personId: string, options: ReadOptions = {}): Promise<Person | null> {
    throwIfAborted(options.signal);
    const id = checkId(personId);
    return (await this.read<{ contact: Person | null }>(`/people/${encodeURIComponent(id)}/linked-contact`, options.signal)).contact;
  }

  async linkContact(contactId: string, memberId: string): Promise<ContactLink> {
    const id = checkId(contactId, 'contact id');
    const body = { memberId: checkId(memberId, 'member id') };
    return (await this.send<{ link: ContactLink; change: NumberedChange | null }>(`/contacts/${encodeURIComponent(id)}/link`, body)).link;
  }

  async unlinkContact(contactId: string): Promise<ContactLink> {
    const id = checkId(contactId, 'contact id');
    return (await this.send<{ link: ContactLink; change: NumberedChange | null }>(`/contacts/${encodeURIComponent(id)}/unlink`, null)).link;
  }

  async getPrivateNote(personId: string, options: ReadOptions = {}): Promise<string> {
    throwIfAborted(options.signal);
    const id = this.notedPerson(personId);
    return (await this.read<{ text: string }>(`/notes/${encodeURIComponent(id)}`, options.signal)).text;
  }

  async setPrivateNote(personId: string, text: string): Promise<string> {
    this.checkOpen();
    const id = this.notedPerson(personId);
    const note = checkPrivateNote(text);
    const result = await this.transport.json<{ text: string; change: NumberedChange }>('POST', `/notes/${encodeURIComponent(id)}`, {
      body: { text: note },
      signal: this.lifetime.signal,
      read: false,
    });
    this.deliver(result.change);
    return result.text;
  }

  private notedPerson(personId: string): string {
    const id = checkId(personId);
    refuseAboutSelf(this.viewerId, id, 'note');
    return id;
  }

  // ---- changes heard -------------------------------------------------------------------------------------

  subscribe(listener: ChangeListener): () => void {
    if (typeof listener !== 'function') throw new ContactsError('invalid-input', 'The listener must be a function.');
    if (this.closed) return () => undefined;
    const remove = this.listeners.add(listener);
    if (!this.stream) {
      const stream = new EventStream(this.transport, (change) => this.deliver(change));
      this.stream = stream;
      const ready = stream.ready;
      connecting.add(ready);
      void ready.then(() => connecting.delete(ready));
    }
    return () => {
      remove();
      if (this.listeners.size === 0) this.stopStream();
    };
  }

  /** Aborts requests in flight, closes the event stream; later calls reject with `storage`. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.stopStream();
    this.lifetime.abort(new ContactsError('storage', 'This contacts adapter has been closed.'));
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private checkOpen(): void {
    if (this.closed) throw new ContactsError('storage', 'This contacts adapter has been closed.');
  }

  private checkCursor(cursor: unknown): void {
    if (cursor !== undefined && cursor !== null && typeof cursor !== 'string') {
      throw new ContactsError('invalid-input', 'The page cursor is not valid for this list. Start again from the first page.');
    }
  }

  private async read<T>(path: string, signal: AbortSignal | undefined): Promise<T> {
    this.checkOpen();
    throwIfAborted(signal);
    const combined = signal ? anySignal(signal, this.lifetime.signal) : this.lifetime.signal;
    return this.transport.json<T>('GET', path, { signal: combined, read: true });
  }

  protected override async change(name: RelationshipMutation, personId: string, input: ChangeInput = {}): Promise<Relationship> {
    this.checkOpen();
    const id = checkId(personId);
    await this.waitForStreams();
    const result = await this.transport.json<ChangeResult>('POST', `/relationships/${encodeURIComponent(id)}/${name}`, {
      // The server checks the note and the duration with the same rules (relationship-rules.ts, validate.ts).
      ...(input.note !== undefined ? { body: { note: input.note } } : input.muteFor ? { body: { duration: input.muteFor } } : {}),
      signal: this.lifetime.signal,
      read: false,
    });
    if (result.change) this.deliver(result.change);
    return result.relationship;
  }

  /** POSTs a change's body and announces the change it answers with (if any) to this adapter's listeners. */
  private async send<T extends { change: NumberedChange | null }>(path: string, body: unknown): Promise<T> {
    this.checkOpen();
    await this.waitForStreams();
    const result = await this.transport.json<T>('POST', path, { body: body ?? null, signal: this.lifetime.signal, read: false });
    if (result.change) this.deliver(result.change);
    return result;
  }

  /** Lets event streams of this page that are still connecting come up first (bounded). */
  private async waitForStreams(): Promise<void> {
    if (connecting.size === 0) return;
    await Promise.race([Promise.all(connecting), new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS))]);
  }

  /** Calls every listener once per change id (a change can come both with its response and over SSE). */
  private deliver(change: NumberedChange): void {
    if (this.closed || this.delivered.includes(change.id)) return;
    this.delivered.push(change.id);
    if (this.delivered.length > REMEMBERED_CHANGES) this.delivered.shift();
    this.listeners.deliver(change);
  }

  private stopStream(): void {
    this.stream?.stop();
    this.stream = undefined;
  }
}

/** A signal aborted when either is, with the first one's reason. */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const controller = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
