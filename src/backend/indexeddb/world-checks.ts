/**
 * The importer's checks of a whole world before anything is written: each malformed record, unknown referenced
 * person or contradiction rejects with an `invalid-input` ContactsError naming the record.
 */
import type { Activity } from '../../model/activity.js';
import { REQUEST_STATUSES, type ConnectionRequest } from '../../model/request.js';
import { BLOCK_ENDED_TYPES, isOneOf, RELATION_TYPES } from '../vocabulary.js';
import type { WorldRelation, WorldRequest } from '../world.js';
import { invalidInput } from '../errors.js';
import { PEOPLE, type Database, type RelationRecord } from './schema.js';
import { runTx } from './tx.js';
import { isValidId } from '../validate.js';

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Adds to `known` the referenced ids that are not in the import but already stored. */
export async function addStoredPeople(db: Database, known: Set<string>, referenced: unknown[]): Promise<void> {
  const missing = [...new Set(referenced.filter((id): id is string => isValidId(id) && !known.has(id)))];
  if (missing.length === 0) return;
  const found = await runTx(db, [PEOPLE], 'readonly', (tx) => Promise.all(missing.map((id) => tx.objectStore(PEOPLE).getKey(id))));
  missing.forEach((id, i) => found[i] !== undefined && known.add(id));
}

function checkPair(where: string, fromId: unknown, toId: unknown, known: Set<string>): void {
  if (!isValidId(fromId) || !isValidId(toId)) throw invalidInput(`${where} needs a fromId and a toId that are non-empty strings.`);
  if (fromId === toId) throw invalidInput(`${where} relates "${fromId}" with themselves.`);
  for (const id of [fromId, toId]) {
    if (!known.has(id)) throw invalidInput(`${where} refers to "${id}", who is neither in the import nor in the database.`);
  }
}

/** The relation rows to store (a connection as two mirrored rows; repeats merged). */
export function checkRelations(relations: WorldRelation[], known: Set<string>, now: number): RelationRecord[] {
  const rows = new Map<string, RelationRecord>();
  relations.forEach((r, i) => {
    const where = `relations[${i}]`;
    if (typeof r !== 'object' || r === null) throw invalidInput(`${where} is not a relation object.`);
    if (!isOneOf(RELATION_TYPES, r.type))
      throw invalidInput(`${where} has the type "${String(r.type)}"; use ${RELATION_TYPES.join(', ')}.`);
    checkPair(where, r.fromId, r.toId, known);
    if (r.createdAt !== undefined && !isTime(r.createdAt)) throw invalidInput(`${where}: createdAt must be a number of milliseconds.`);
    const createdAt = r.createdAt ?? now;
    const add = (fromId: string, toId: string) =>
      rows.set(`${fromId}\u0000${r.type}\u0000${toId}`, { fromId, type: r.type, toId, createdAt });
    add(r.fromId, r.toId);
    if (r.type === 'connection') add(r.toId, r.fromId);
  });
  return [...rows.values()];
}

/** The requests to store: ids given or new, at most one pending request per pair, none both ways. */
export function checkRequests(requests: WorldRequest[], known: Set<string>, now: number): ConnectionRequest[] {
  const ids = new Set<string>();
  const pending = new Set<string>();
  return requests.map((r, i) => {
    const where = `requests[${i}]`;
    if (typeof r !== 'object' || r === null) throw invalidInput(`${where} is not a request object.`);
    checkPair(where, r.fromId, r.toId, known);
    const status = r.status ?? 'pending';
    if (!isOneOf(REQUEST_STATUSES, status))
      throw invalidInput(`${where} has the status "${String(status)}"; use ${REQUEST_STATUSES.join(', ')}.`);
    if (r.createdAt !== undefined && !isTime(r.createdAt)) throw invalidInput(`${where}: createdAt must be a number of milliseconds.`);
    if (r.respondedAt !== undefined && !isTime(r.respondedAt))
      throw invalidInput(`${where}: respondedAt must be a number of milliseconds.`);
    if (r.id !== undefined && !isValidId(r.id)) throw invalidInput(`${where}: id must be a non-empty string.`);
    const id = r.id ?? crypto.randomUUID();
    if (ids.has(id)) throw invalidInput(`${where} repeats the request id "${id}".`);
    ids.add(id);
    if (status === 'pending') {
      const pair = `${r.fromId}\u0000${r.toId}`;
      if (pending.has(pair)) throw invalidInput(`${where} is a second pending request from "${r.fromId}" to "${r.toId}".`);
      pending.add(pair);
      if (pending.has(`${r.toId}\u0000${r.fromId}`)) {
        throw invalidInput(
          `${where}: "${r.fromId}" and "${r.toId}" both have pending requests to each other; import a connection instead.`,
        );
      }
    }
    const request: ConnectionRequest = { id, fromId: r.fromId, toId: r.toId, status, createdAt: r.createdAt ?? now };
    if (status !== 'pending') request.respondedAt = r.respondedAt ?? request.createdAt;
    if (r.note !== undefined) request.note = r.note;
    return request;
  });
}

/** Each activity well formed, with a unique id and a known actor. */
export function checkActivities(activities: Activity[], known: Set<string>): void {
  const ids = new Set<string>();
  activities.forEach((a, i) => {
    if (typeof a !== 'object' || a === null) throw invalidInput(`activities[${i}] is not an activity object.`);
    const where = `activities[${i}]${typeof a.id === 'string' ? ` (id "${a.id}")` : ''}`;
    if (!isValidId(a.id)) throw invalidInput(`${where} has no valid id: it must be a non-empty string.`);
    if (ids.has(a.id)) throw invalidInput(`${where} repeats an activity id used earlier in the import.`);
    ids.add(a.id);
    if (!isValidId(a.actorId)) throw invalidInput(`${where} has no valid actorId.`);
    if (!known.has(a.actorId)) throw invalidInput(`${where} refers to "${a.actorId}", who is neither in the import nor in the database.`);
    if (typeof a.kind !== 'string' || a.kind.trim() === '') throw invalidInput(`${where} has no kind: it must be a non-empty string.`);
    if (typeof a.text !== 'string') throw invalidInput(`${where}: text must be a string.`);
    if (!isTime(a.createdAt)) throw invalidInput(`${where}: createdAt must be a number of milliseconds.`);
    if (a.link !== undefined && typeof a.link !== 'string') throw invalidInput(`${where}: link must be a string.`);
    if (a.targetId !== undefined && !isValidId(a.targetId)) throw invalidInput(`${where}: targetId must be a non-empty string.`);
  });
}

/** A block excludes every other relation and any pending request between the same two people. */
export function checkConflicts(relations: RelationRecord[], requests: ConnectionRequest[]): void {
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const blocked = new Set(relations.filter((r) => r.type === 'block').map((r) => pairKey(r.fromId, r.toId)));
  if (blocked.size === 0) return;
  for (const r of relations) {
    if (isOneOf(BLOCK_ENDED_TYPES, r.type) && blocked.has(pairKey(r.fromId, r.toId))) {
      throw invalidInput(`The ${r.type} between "${r.fromId}" and "${r.toId}" contradicts a block between them.`);
    }
  }
  for (const r of requests) {
    if (r.status === 'pending' && blocked.has(pairKey(r.fromId, r.toId))) {
      throw invalidInput(`The pending request from "${r.fromId}" to "${r.toId}" contradicts a block between them.`);
    }
  }
}
