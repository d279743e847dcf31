/**
 * The rules of every relationship change, one entry per contract method ({@link RelationshipMutation}): what it
 * refuses, what it writes inside the change's transaction, and which topics its notification names. Each rule
 * throws a ContactsError to refuse (the transaction then writes nothing) and resolves to whether it changed
 * anything. The frame around them (ids, the viewer, reading both people, notifying) is the adapter's `change`.
 */
import type { ChangeTopic, RelationshipMutation } from '../backend.js';
import type { Activity } from '../../model/activity.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { ConnectionRequest } from '../../model/request.js';
import { backfillFeed, closeRequest, deleteRelation, dropFeed, putRelation, recordActivity, type PairState } from './graph.js';
import { REQUESTS, type Transaction } from './schema.js';

/** What a relationship change sees before it writes. */
interface ChangeContext {
  tx: Transaction;
  viewer: Person;
  person: Person;
  /** Everything stored between the viewer and the person, seen from the viewer. */
  pair: PairState;
  /** The change's timestamp. */
  now: number;
}

/** One relationship change. */
interface RelationshipRule {
  /** Completes "You cannot … yourself." */
  selfVerb: string;
  /** The topics its change notification names. */
  topics: ChangeTopic[];
  /** Refuses (throws) or writes; resolves to whether anything changed. */
  apply(c: ChangeContext): Promise<boolean>;
}

/** Every relationship change, keyed by the contract method that makes it. */
export const RELATIONSHIP_RULES: Record<RelationshipMutation, RelationshipRule> = {
  requestConnection: {
    selfVerb: 'connect with',
    topics: ['requests', 'relationships'],
    async apply(c) {
      refuseBlocked(c, 'connect with');
      if (c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      if (c.pair.received) return accept(c, c.pair.received);
      if (c.pair.sent) return false;
      const request: ConnectionRequest = {
        id: crypto.randomUUID(),
        fromId: c.viewer.id,
        toId: c.person.id,
        status: 'pending',
        createdAt: c.now,
      };
      await c.tx.objectStore(REQUESTS).put(request);
      return true;
    },
  },
  cancelRequest: {
    selfVerb: 'withdraw a request to',
    topics: ['requests', 'relationships'],
    async apply(c) {
      if (c.pair.sent) {
        await closeRequest(c.tx, c.pair.sent, 'cancelled', c.now);
        return true;
      }
      if (c.pair.received) {
        throw new ContactsError(
          'forbidden',
          `Only ${c.person.displayName}, who sent the request, can withdraw it. You can accept or decline it.`,
        );
      }
      throw new ContactsError('invalid-state', `You have no pending request to ${c.person.displayName}.`);
    },
  },
  acceptRequest: {
    selfVerb: 'accept a request from',
    topics: ['requests', 'relationships', 'activities'],
    async apply(c) {
      if (c.pair.received) return accept(c, c.pair.received);
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can accept your request.`);
      if (c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  declineRequest: {
    selfVerb: 'decline a request from',
    topics: ['requests', 'relationships'],
    async apply(c) {
      if (c.pair.received) {
        await closeRequest(c.tx, c.pair.received, 'declined', c.now);
        return true;
      }
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can decline your request. You can withdraw it.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  disconnect: {
    selfVerb: 'disconnect from',
    topics: ['relationships', 'activities'],
    // Removes the connection on both sides, and each side's feed rows of the other unless they still follow.
    async apply(c) {
      if (!c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are not connected with ${c.person.displayName}.`);
      const v = c.viewer.id;
      const p = c.person.id;
      await Promise.all([deleteRelation(c.tx, v, 'connection', p), deleteRelation(c.tx, p, 'connection', v)]);
      await Promise.all([c.pair.out.has('follow') ? null : dropFeed(c.tx, v, p), c.pair.in.has('follow') ? null : dropFeed(c.tx, p, v)]);
      return true;
    },
  },
  follow: {
    selfVerb: 'follow',
    topics: ['relationships', 'activities'],
    async apply(c) {
      refuseBlocked(c, 'follow');
      if (c.pair.out.has('follow')) return false;
      await putRelation(c.tx, c.viewer.id, 'follow', c.person.id, c.now);
      if (!c.pair.out.has('connection')) await backfillFeed(c.tx, c.viewer.id, c.person.id);
      return true;
    },
  },
  unfollow: {
    selfVerb: 'unfollow',
    topics: ['relationships', 'activities'],
    async apply(c) {
      if (!c.pair.out.has('follow')) throw new ContactsError('invalid-state', `You are not following ${c.person.displayName}.`);
      await deleteRelation(c.tx, c.viewer.id, 'follow', c.person.id);
      if (!c.pair.out.has('connection')) await dropFeed(c.tx, c.viewer.id, c.person.id);
      return true;
    },
  },
  block: {
    selfVerb: 'block',
    topics: ['relationships', 'requests', 'activities'],
    // Removes the connection, pending requests (the viewer's marked cancelled, the other's declined), follows and
    // feed rows in both directions, then stores the block.
    async apply(c) {
      if (c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have already blocked ${c.person.displayName}.`);
      const v = c.viewer.id;
      const p = c.person.id;
      await Promise.all([
        deleteRelation(c.tx, v, 'connection', p),
        deleteRelation(c.tx, p, 'connection', v),
        deleteRelation(c.tx, v, 'follow', p),
        deleteRelation(c.tx, p, 'follow', v),
        c.pair.sent ? closeRequest(c.tx, c.pair.sent, 'cancelled', c.now) : null,
        c.pair.received ? closeRequest(c.tx, c.pair.received, 'declined', c.now) : null,
        dropFeed(c.tx, v, p),
        dropFeed(c.tx, p, v),
      ]);
      await putRelation(c.tx, v, 'block', p, c.now);
      return true;
    },
  },
  unblock: {
    selfVerb: 'unblock',
    topics: ['relationships'],
    async apply(c) {
      if (!c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have not blocked ${c.person.displayName}.`);
      await deleteRelation(c.tx, c.viewer.id, 'block', c.person.id);
      return true;
    },
  },
};

/** `blocked` when a block stands between the viewer and the person, in either direction. */
function refuseBlocked(c: ChangeContext, verb: string): void {
  if (c.pair.out.has('block'))
    throw new ContactsError('blocked', `You have blocked ${c.person.displayName}. Unblock them before you ${verb} them.`);
  if (c.pair.in.has('block')) throw new ContactsError('blocked', `You cannot ${verb} ${c.person.displayName}.`);
}

/** Accepts `request` (from the person to the viewer): connection rows, a `connected` activity by each, feed copies. */
async function accept(c: ChangeContext, request: ConnectionRequest): Promise<boolean> {
  const v = c.viewer.id;
  const p = c.person.id;
  await Promise.all([
    closeRequest(c.tx, request, 'accepted', c.now),
    putRelation(c.tx, v, 'connection', p, c.now),
    putRelation(c.tx, p, 'connection', v, c.now),
  ]);
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
