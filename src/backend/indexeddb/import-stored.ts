/**
 * The importer's check of an import against what is already stored, so the adapter's invariants hold whatever
 * door data comes through, and importing the same world again changes nothing:
 * - a request already stored is kept as stored (requests only move forward: a re-import never reopens one that
 *   was answered). An imported request is the stored one when it has its id, or, without an id, when a stored
 *   request goes from the same sender to the same recipient; so requests without ids never pile up;
 * - a relation already stored is kept as stored (its `createdAt` is when it formed, not when it was re-imported);
 * - an activity whose id is stored is kept as stored (activities are immutable; re-importing one never shows
 *   it twice);
 * - a block (stored or imported) beside a connection, a follow or a pending request between the same two people,
 *   a pending request between connected people, and a second pending request for one pair reject with
 *   `invalid-input`, before anything is written.
 */
import type { Activity } from '../../model/activity.js';
import type { ConnectionRequest } from '../../model/request.js';
import { invalidInput } from '../errors.js';
import type { Pair } from '../pair.js';
import { readPair } from './graph.js';
import { ACTIVITIES, MUTES, RELATIONS, REQUESTS, type Database, type RelationRecord, type Transaction } from './schema.js';
import { runTx } from './tx.js';

/** What the import writes after the check. */
export interface CheckedImport {
  relationRows: RelationRecord[];
  requestRows: ConnectionRequest[];
  activities: Activity[];
}

/** The facts between two people, stored and imported together. */
interface PairFacts {
  relations: Set<string>;
  pending: ConnectionRequest[];
}

const pairOf = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
const keyOf = (a: string, b: string) => pairOf(a, b).join('\u0000');

/**
 * Checks the import's relation rows, requests (with `hasId[i]` telling whether the caller gave request i its id)
 * and activities against the stored world; returns the requests and activities still to write.
 */
export async function checkAgainstStored(
  db: Database,
  relationRows: readonly RelationRecord[],
  requests: readonly ConnectionRequest[],
  hasId: readonly boolean[],
  activities: readonly Activity[],
): Promise<CheckedImport> {
  return runTx(db, [RELATIONS, REQUESTS, ACTIVITIES, MUTES], 'readonly', async (tx) => {
    const [anyRelation, anyRequest, anyActivity] = await Promise.all(
      ([RELATIONS, REQUESTS, ACTIVITIES] as const).map(async (store) => (await tx.objectStore(store).getAllKeys(undefined, 1)).length > 0),
    );
    const storedActivity = anyActivity ? await Promise.all(activities.map((a) => tx.objectStore(ACTIVITIES).getKey(a.id))) : [];
    const freshActivities = activities.filter((_, i) => storedActivity[i] === undefined);
    const storedRelation = anyRelation
      ? await Promise.all(relationRows.map((r) => tx.objectStore(RELATIONS).getKey([r.fromId, r.type, r.toId])))
      : [];
    const freshRelations = relationRows.filter((_, i) => storedRelation[i] === undefined);

    const freshRequests = anyRequest ? await dropStoredRequests(tx, requests, hasId) : [...requests];
    const pairs = new Map<string, PairFacts>();
    const facts = (a: string, b: string) => {
      const key = keyOf(a, b);
      let entry = pairs.get(key);
      if (!entry) pairs.set(key, (entry = { relations: new Set(), pending: [] }));
      return entry;
    };
    for (const row of relationRows) facts(row.fromId, row.toId).relations.add(row.type);
    for (const request of freshRequests) if (request.status === 'pending') facts(request.fromId, request.toId).pending.push(request);
    if (anyRelation || anyRequest) {
      const keys = [...pairs.keys()];
      // Mutes play no part in these checks; any time will do.
      const stored = await Promise.all(keys.map((key) => readPair(tx, ...(key.split('\u0000') as [string, string]), 0)));
      keys.forEach((key, i) => addStored(pairs.get(key)!, stored[i]!));
    }
    for (const [key, { relations, pending }] of pairs) {
      const [a, b] = key.split('\u0000') as [string, string];
      const between = `"${a}" and "${b}"`;
      if (relations.has('block') && (relations.has('connection') || relations.has('follow'))) {
        throw invalidInput(`A block between ${between} contradicts a connection or follow between them (stored or imported).`);
      }
      if (pending.length > 0 && relations.has('block'))
        throw invalidInput(`A pending request between ${between} contradicts a block between them.`);
      if (pending.length > 0 && relations.has('connection')) {
        throw invalidInput(`A pending request between ${between} contradicts the connection between them (stored or imported).`);
      }
      if (pending.length > 1) throw invalidInput(`There would be two pending requests between ${between}; a pair has at most one.`);
    }
    return { relationRows: freshRelations, requestRows: freshRequests, activities: freshActivities };
  });
}

/** The requests that are not already stored (see the module comment for what "the same request" means). */
async function dropStoredRequests(
  tx: Transaction,
  requests: readonly ConnectionRequest[],
  hasId: readonly boolean[],
): Promise<ConnectionRequest[]> {
  const store = tx.objectStore(REQUESTS);
  const pair = store.index('pair');
  const found = await Promise.all(
    requests.map((r, i) => (hasId[i] ? store.get(r.id) : pair.get(IDBKeyRange.bound([r.fromId, r.toId], [r.fromId, r.toId, []])))),
  );
  return requests.filter((r, i) => {
    const stored = found[i] as ConnectionRequest | undefined;
    if (stored && (stored.fromId !== r.fromId || stored.toId !== r.toId)) {
      throw invalidInput(`requests[${i}] reuses the id "${r.id}" of a stored request between other people.`);
    }
    return stored === undefined;
  });
}

function addStored(facts: PairFacts, state: Pair): void {
  for (const type of [...state.out, ...state.in]) facts.relations.add(type);
  for (const request of [state.sent, state.received]) {
    if (request && !facts.pending.some((p) => p.id === request.id)) facts.pending.push(request);
  }
}
