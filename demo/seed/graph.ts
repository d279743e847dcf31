import type { RelationType } from '../../src/backend/vocabulary.js';

/** Relation records in the shape `importWorld` takes. */
export interface SeedRelation {
  type: RelationType;
  fromId: string;
  toId: string;
  createdAt: number;
}

/** A pending connection request in the shape `importWorld` takes. */
export interface SeedRequest {
  id: string;
  fromId: string;
  toId: string;
  status: 'pending';
  createdAt: number;
  note?: string;
}

const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const arrow = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * Collects relations while keeping them consistent with the adapter's rules, so the import never has to
 * reject anything: no self-relations, a block excludes every other relation between the two people,
 * connected people have no pending request, and a pair has at most one pending request.
 */
export class RelationGraph {
  readonly relations: SeedRelation[] = [];
  readonly requests: SeedRequest[] = [];
  private readonly connected = new Set<string>();
  private readonly pending = new Set<string>();
  private readonly blocked = new Set<string>();
  private readonly follows = new Set<string>();
  /** Pairs that only the fixed script may relate (e.g. Joe and Richard stay strangers). */
  private readonly reserved = new Set<string>();

  reserve(a: string, b: string): void {
    this.reserved.add(pair(a, b));
  }

  private free(a: string, b: string, force: boolean): boolean {
    return a !== b && !this.blocked.has(pair(a, b)) && (force || !this.reserved.has(pair(a, b)));
  }

  connect(a: string, b: string, createdAt: number, force = false): boolean {
    const key = pair(a, b);
    if (!this.free(a, b, force) || this.connected.has(key) || this.pending.has(key)) return false;
    this.connected.add(key);
    this.relations.push({ type: 'connection', fromId: a, toId: b, createdAt });
    return true;
  }

  follow(from: string, to: string, createdAt: number, force = false): boolean {
    const key = arrow(from, to);
    if (!this.free(from, to, force) || this.follows.has(key)) return false;
    this.follows.add(key);
    this.relations.push({ type: 'follow', fromId: from, toId: to, createdAt });
    return true;
  }

  request(from: string, to: string, createdAt: number, force = false, note?: string): boolean {
    const key = pair(from, to);
    if (!this.free(from, to, force) || this.connected.has(key) || this.pending.has(key)) return false;
    this.pending.add(key);
    const request: SeedRequest = { id: `seed-request-${this.requests.length + 1}`, fromId: from, toId: to, status: 'pending', createdAt };
    if (note !== undefined) request.note = note;
    this.requests.push(request);
    return true;
  }

  /** Blocks only between people with nothing else between them, so nothing needs undoing. */
  block(from: string, to: string, createdAt: number, force = false): boolean {
    const key = pair(from, to);
    if (
      !this.free(from, to, force) ||
      this.connected.has(key) ||
      this.pending.has(key) ||
      this.follows.has(arrow(from, to)) ||
      this.follows.has(arrow(to, from))
    )
      return false;
    this.blocked.add(key);
    this.relations.push({ type: 'block', fromId: from, toId: to, createdAt });
    return true;
  }

  isConnected(a: string, b: string): boolean {
    return this.connected.has(pair(a, b));
  }
}
