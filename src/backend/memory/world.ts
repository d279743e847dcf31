/**
 * The in-memory world: people, relations, pending requests and activities in plain maps, shared by the adapters
 * of every viewer made from it, with one list of change listeners. Nothing is persisted.
 */
import { MemoryContactImports } from './contact-imports.js';
import type { BackendChange, ChangeListener, RelationType } from '../backend.js';
import { BLOCK_ENDED_TYPES, RELATION_TYPES, isOneOf } from '../vocabulary.js';
import type { WorldData } from '../world.js';
import { ChangeListeners } from '../change-listeners.js';
import { invalidInput } from '../errors.js';
import { searchTokens, sortKeyOf } from '../search-text.js';
import { validateWorld } from '../world-validation.js';
import type { Activity } from '../../model/activity.js';
import { toPerson, type Person } from '../../model/person.js';
import type { ConnectionRequest } from '../../model/request.js';
import type { StoredMute } from '../pair.js';
import { MemoryBackend } from './backend.js';
import { compareByName } from './order.js';

/** A person with what search and ordering derive from the name, computed once. */
export interface PersonRecord {
  person: Person;
  /** Name order: this (a collation key, as the IndexedDB adapter's), then the id. */
  sortKey: string;
  /** The words a query word may be the start of. */
  tokens: string[];
  /** For a personal contact: the viewer it belongs to, the only one who sees it. */
  ownerId?: string;
}

/** Directed relations (a connection is two, one each way), indexed both ways so "whom do I follow" and "who follows me" are one lookup. */
export class Relations {
  private readonly outgoing = new Map<string, Map<string, Set<RelationType>>>();
  private readonly incoming = new Map<string, Map<string, Set<RelationType>>>();

  /** The relation types from `fromId` to `toId`. */
  between(fromId: string, toId: string): ReadonlySet<RelationType> {
    return this.outgoing.get(fromId)?.get(toId) ?? new Set();
  }

  has(fromId: string, type: RelationType, toId: string): boolean {
    return this.between(fromId, toId).has(type);
  }

  add(fromId: string, type: RelationType, toId: string): void {
    edge(this.outgoing, fromId, toId).add(type);
    edge(this.incoming, toId, fromId).add(type);
  }

  delete(fromId: string, type: RelationType, toId: string): void {
    this.outgoing.get(fromId)?.get(toId)?.delete(type);
    this.incoming.get(toId)?.get(fromId)?.delete(type);
  }

  /** The people `id` has a relation of `type` to. */
  from(id: string, type: RelationType): string[] {
    return [...(this.outgoing.get(id) ?? [])].filter(([, types]) => types.has(type)).map(([other]) => other);
  }

  /** The people who have a relation of `type` to `id`. */
  to(id: string, type: RelationType): string[] {
    return [...(this.incoming.get(id) ?? [])].filter(([, types]) => types.has(type)).map(([other]) => other);
  }
}

function edge(index: Map<string, Map<string, Set<RelationType>>>, a: string, b: string): Set<RelationType> {
  let others = index.get(a);
  if (!others) index.set(a, (others = new Map()));
  let types = others.get(b);
  if (!types) others.set(b, (types = new Set()));
  return types;
}

/** The key of the pending request from one person to another. */
export function pairKey(fromId: string, toId: string): string {
  return `${fromId}\u0000${toId}`;
}

/**
 * A world of contacts held in memory. Make one from the same data `importWorld` takes, then an adapter per
 * viewer: every adapter of one world sees the others' changes and hears about them.
 *
 * ```ts
 * const world = new MemoryWorld({ people: [...], relations: [...] });
 * element.backend = world.backendFor('me');
 * ```
 */
export class MemoryWorld {
  /** Everyone, by id. */
  readonly people = new Map<string, PersonRecord>();
  /** Everyone in name order (personal contacts included: readers filter by owner). */
  readonly byName: PersonRecord[];
  readonly relations = new Relations();
  /** Pending requests by {@link pairKey}. Answered requests are dropped: nothing reads them. */
  readonly pending = new Map<string, ConnectionRequest>();
  /** Every activity, in the order recorded. */
  readonly activities: Activity[] = [];
  /** Each viewer's mutes, by {@link pairKey} (viewer, person); expired ones stay until replaced or unmuted. */
  readonly mutes = new Map<string, StoredMute>();
  /** Each viewer's private notes about people, by {@link pairKey} (viewer, person). */
  readonly notes = new Map<string, string>();
  /** Each viewer's contact links (contact-links.ts): the member, by {@link pairKey} (viewer, contact). */
  readonly contactLinks = new Map<string, string>();
  /** Every contact import (contact-imports.ts). */
  readonly contactImports = new MemoryContactImports();

  private readonly listeners = new ChangeListeners();
  private readonly clock: () => number;
  private lastTime = 0;

  /**
   * Throws an `invalid-input` ContactsError, as `importWorld` rejects, for a record that is not well formed, that
   * names someone not among `data.people`, or that contradicts another. `createdAt` defaults to now.
   * `options.clock` is the world's time (default `Date.now`), for tests of what expires (a mute).
   */
  constructor(input: WorldData = {}, options: { clock?: () => number } = {}) {
    this.clock = options.clock ?? Date.now;
    const now = this.clock();
    // Each record checked as importWorld checks it (the same schema), then against the others below.
    const data = validateWorld(input);
    for (const input of data.people ?? []) {
      const id = input.id;
      if (this.people.has(id)) throw invalidInput(`The person id "${id}" is used twice.`);
      const person = structuredClone(toPerson(input));
      this.people.set(id, { person, sortKey: sortKeyOf(person), tokens: searchTokens(person) });
    }
    this.byName = [...this.people.values()].sort(compareByName);
    for (const r of data.relations ?? []) {
      this.checkPair(r);
      if (!isOneOf(RELATION_TYPES, r.type)) throw invalidInput(`"${String(r.type)}" is not a relation; use ${RELATION_TYPES.join(', ')}.`);
      this.relations.add(r.fromId, r.type, r.toId);
      if (r.type === 'connection') this.relations.add(r.toId, r.type, r.fromId);
    }
    for (const r of data.requests ?? []) {
      this.checkPair(r);
      if ((r.status ?? 'pending') !== 'pending') continue;
      if (this.pending.has(pairKey(r.fromId, r.toId)) || this.pending.has(pairKey(r.toId, r.fromId))) {
        throw invalidInput(`"${r.fromId}" and "${r.toId}" have more than one pending request between them.`);
      }
      const request: ConnectionRequest = {
        id: r.id ?? crypto.randomUUID(),
        fromId: r.fromId,
        toId: r.toId,
        status: 'pending',
        createdAt: r.createdAt ?? now,
      };
      if (r.note !== undefined) request.note = r.note;
      this.pending.set(pairKey(r.fromId, r.toId), request);
    }
    for (const a of data.activities ?? []) {
      if (!this.people.has(a?.actorId)) throw invalidInput(`The activity "${String(a?.id)}" names an unknown actor.`);
      this.activities.push(structuredClone(a));
    }
    this.checkBlocks();
  }

  /** Stores a person (a new personal contact, or its new version), keeping `byName` in name order. */
  putRecord(record: PersonRecord): void {
    this.removeRecord(record.person.id);
    this.people.set(record.person.id, record);
    let low = 0;
    let high = this.byName.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareByName(this.byName[mid]!, record) < 0) low = mid + 1;
      else high = mid;
    }
    this.byName.splice(low, 0, record);
  }

  /** Removes a person from `people` and `byName`. */
  removeRecord(id: string): void {
    const old = this.people.get(id);
    if (!old) return;
    this.people.delete(id);
    this.byName.splice(this.byName.indexOf(old), 1);
  }

  /** Deletes one of `ownerId`'s contacts with what the owner keeps on it (private note, link). */
  forgetContact(ownerId: string, id: string): void {
    this.notes.delete(pairKey(ownerId, id));
    this.contactLinks.delete(pairKey(ownerId, id));
    this.removeRecord(id);
  }

  /** A new adapter acting for `viewerId` (who need not exist: reads that need the viewer reject `not-found`). */
  backendFor(viewerId: string): MemoryBackend {
    return new MemoryBackend(this, viewerId);
  }

  /** A strictly increasing clock, so two changes in one millisecond keep their order. */
  now(): number {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return this.lastTime;
  }

  /** The clock's time, as reads judge expiry by it (not advanced, unlike {@link now}). */
  time(): number {
    return this.clock();
  }

  /** Adds a listener for every change made through any adapter of this world; returns its removal. */
  subscribe(listener: ChangeListener): () => void {
    return this.listeners.add(listener);
  }

  /** Tells every listener, in a microtask: after the change is made, never inside the caller's own call. */
  publish(change: BackendChange): void {
    queueMicrotask(() => this.listeners.deliver(change));
  }

  /** A block excludes every other relation and any pending request between the same two people. */
  private checkBlocks(): void {
    for (const request of this.pending.values()) {
      if (this.relations.has(request.fromId, 'block', request.toId) || this.relations.has(request.toId, 'block', request.fromId)) {
        throw invalidInput(`The pending request from "${request.fromId}" to "${request.toId}" contradicts a block between them.`);
      }
    }
    for (const { person } of this.byName) {
      for (const other of [...this.relations.from(person.id, 'block'), ...this.relations.to(person.id, 'block')]) {
        const ties = [...this.relations.between(person.id, other), ...this.relations.between(other, person.id)].filter((t) =>
          isOneOf(BLOCK_ENDED_TYPES, t),
        );
        if (ties.length > 0) throw invalidInput(`The ${ties[0]} between "${person.id}" and "${other}" contradicts a block between them.`);
      }
    }
  }

  private checkPair(r: { fromId: string; toId: string }): void {
    for (const id of [r?.fromId, r?.toId])
      if (!this.people.has(id)) throw invalidInput(`The world names "${String(id)}", who is not among its people.`);
    if (r.fromId === r.toId) throw invalidInput(`"${r.fromId}" cannot be related with themselves.`);
  }
}
