/**
 * The in-memory world: people, relations, pending requests and activities in plain maps, shared by the adapters
 * of every viewer made from it, with one list of change listeners. Nothing is persisted.
 */
import type { BackendChange, ChangeListener, RelationType } from '../backend.js';
import { RELATION_TYPES, isOneOf } from '../vocabulary.js';
import type { WorldData } from '../world.js';
import { invalidInput } from '../indexeddb/errors.js';
import { nameTokens, sortKeyOf } from '../indexeddb/search-text.js';
import { checkId } from '../indexeddb/validate.js';
import type { Activity } from '../../model/activity.js';
import { toPerson, type Person } from '../../model/person.js';
import type { ConnectionRequest } from '../../model/request.js';
import { MemoryBackend } from './backend.js';
import { compareByName } from './order.js';

/** A person with what search and ordering derive from the name, computed once. */
export interface PersonRecord {
  person: Person;
  /** Name order: this (a collation key, as the IndexedDB adapter's), then the id. */
  sortKey: string;
  /** The words a query word may be the start of. */
  tokens: string[];
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
  /** Everyone in name order. */
  readonly byName: readonly PersonRecord[];
  readonly relations = new Relations();
  /** Pending requests by {@link pairKey}. Answered requests are dropped: nothing reads them. */
  readonly pending = new Map<string, ConnectionRequest>();
  /** Every activity, in the order recorded. */
  readonly activities: Activity[] = [];

  private readonly listeners = new Set<ChangeListener>();
  private lastTime = 0;

  /**
   * Throws an `invalid-input` ContactsError, as `importWorld` rejects, for a record that is not well formed, that
   * names someone not among `data.people`, or that contradicts another. `createdAt` defaults to now.
   */
  constructor(data: WorldData = {}) {
    const now = Date.now();
    for (const input of data.people ?? []) {
      const id = checkId(input?.id);
      if (this.people.has(id)) throw invalidInput(`The person id "${id}" is used twice.`);
      if (typeof input.displayName !== 'string' || input.displayName.trim() === '') throw invalidInput(`"${id}" has no display name.`);
      const person = structuredClone(toPerson(input));
      this.people.set(id, { person, sortKey: sortKeyOf(person), tokens: nameTokens(person) });
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
      this.pending.set(pairKey(r.fromId, r.toId), request);
    }
    for (const a of data.activities ?? []) {
      if (!this.people.has(a?.actorId)) throw invalidInput(`The activity "${String(a?.id)}" names an unknown actor.`);
      this.activities.push(structuredClone(a));
    }
    this.checkBlocks();
  }

  /** A new adapter acting for `viewerId` (who need not exist: reads that need the viewer reject `not-found`). */
  backendFor(viewerId: string): MemoryBackend {
    return new MemoryBackend(this, viewerId);
  }

  /** A strictly increasing clock, so two changes in one millisecond keep their order. */
  now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /** Adds a listener for every change made through any adapter of this world; returns its removal. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Tells every listener, in a microtask: after the change is made, never inside the caller's own call. */
  publish(change: BackendChange): void {
    queueMicrotask(() => {
      for (const listener of [...this.listeners]) {
        try {
          listener(structuredClone(change));
        } catch (error) {
          // One faulty listener must not keep the others from hearing about the change.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    });
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
        const ties = [...this.relations.between(person.id, other), ...this.relations.between(other, person.id)].filter(
          (t) => t !== 'block',
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
