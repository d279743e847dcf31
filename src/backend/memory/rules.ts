/**
 * Every rule of the contract's relationship changes, as one table. Each change first checks (throwing a
 * ContactsError writes nothing), then writes; it returns the topics it changed, or `null` when it changed
 * nothing (a repeated request or follow).
 */
import type { ChangeTopic, RelationshipMutation, RelationType } from '../backend.js';
import type { Activity } from '../../model/activity.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import type { ConnectionRequest } from '../../model/request.js';
import { pairKey, type MemoryWorld } from './world.js';

/** Everything between the viewer and one person, seen from the viewer. */
export interface Pair {
  /** Relation types from the viewer to the person. */
  out: ReadonlySet<RelationType>;
  /** Relation types from the person to the viewer. */
  in: ReadonlySet<RelationType>;
  /** The viewer's pending request to the person. */
  sent: ConnectionRequest | undefined;
  /** The person's pending request to the viewer. */
  received: ConnectionRequest | undefined;
}

/** Reads the pair between `viewerId` and `personId`. */
export function pairOf(world: MemoryWorld, viewerId: string, personId: string): Pair {
  return {
    out: world.relations.between(viewerId, personId),
    in: world.relations.between(personId, viewerId),
    sent: world.pending.get(pairKey(viewerId, personId)),
    received: world.pending.get(pairKey(personId, viewerId)),
  };
}

/** The Relationship value of a pair. */
export function relationshipOf(pair: Pair): Relationship {
  return {
    connected: pair.out.has('connection'),
    requestSent: pair.sent !== undefined,
    requestReceived: pair.received !== undefined,
    following: pair.out.has('follow'),
    followedBy: pair.in.has('follow'),
    blocking: pair.out.has('block'),
    blockedBy: pair.in.has('block'),
  };
}

/** What a change sees: the world, both people, their pair and the time of the change. */
export interface ChangeContext {
  world: MemoryWorld;
  viewer: Person;
  person: Person;
  pair: Pair;
  now: number;
}

/** One relationship change: the words for "You cannot … yourself." and what it does. */
interface Rule {
  selfVerb: string;
  apply(c: ChangeContext): ChangeTopic[] | null;
}

/** The relationship changes of the contract, by method name (a new one does not compile until it is here). */
export const RULES = {
  requestConnection: {
    selfVerb: 'connect with',
    apply(c) {
      refuseBlocked(c, 'connect with');
      if (c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      if (c.pair.received) return accept(c, c.pair.received);
      if (c.pair.sent) return null;
      const request: ConnectionRequest = {
        id: crypto.randomUUID(),
        fromId: c.viewer.id,
        toId: c.person.id,
        status: 'pending',
        createdAt: c.now,
      };
      c.world.pending.set(pairKey(c.viewer.id, c.person.id), request);
      return ['requests', 'relationships'];
    },
  },
  cancelRequest: {
    selfVerb: 'withdraw a request to',
    apply(c) {
      if (c.pair.sent) return closeRequest(c, c.pair.sent);
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
    apply(c) {
      if (c.pair.received) return accept(c, c.pair.received);
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can accept your request.`);
      if (c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  declineRequest: {
    selfVerb: 'decline a request from',
    apply(c) {
      if (c.pair.received) return closeRequest(c, c.pair.received);
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can decline your request. You can withdraw it.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  disconnect: {
    selfVerb: 'disconnect from',
    apply(c) {
      if (!c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are not connected with ${c.person.displayName}.`);
      c.world.relations.delete(c.viewer.id, 'connection', c.person.id);
      c.world.relations.delete(c.person.id, 'connection', c.viewer.id);
      return ['relationships', 'activities'];
    },
  },
  follow: {
    selfVerb: 'follow',
    apply(c) {
      refuseBlocked(c, 'follow');
      if (c.pair.out.has('follow')) return null;
      c.world.relations.add(c.viewer.id, 'follow', c.person.id);
      return ['relationships', 'activities'];
    },
  },
  unfollow: {
    selfVerb: 'unfollow',
    apply(c) {
      if (!c.pair.out.has('follow')) throw new ContactsError('invalid-state', `You are not following ${c.person.displayName}.`);
      c.world.relations.delete(c.viewer.id, 'follow', c.person.id);
      return ['relationships', 'activities'];
    },
  },
  block: {
    selfVerb: 'block',
    apply(c) {
      if (c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have already blocked ${c.person.displayName}.`);
      const [v, p] = [c.viewer.id, c.person.id];
      for (const type of ['connection', 'follow'] as const) {
        c.world.relations.delete(v, type, p);
        c.world.relations.delete(p, type, v);
      }
      c.world.pending.delete(pairKey(v, p));
      c.world.pending.delete(pairKey(p, v));
      c.world.relations.add(v, 'block', p);
      return ['relationships', 'requests', 'activities'];
    },
  },
  unblock: {
    selfVerb: 'unblock',
    apply(c) {
      if (!c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have not blocked ${c.person.displayName}.`);
      c.world.relations.delete(c.viewer.id, 'block', c.person.id);
      return ['relationships'];
    },
  },
} as const satisfies Record<RelationshipMutation, Rule>;

/** `blocked` when a block stands between the two, in either direction. */
function refuseBlocked(c: ChangeContext, verb: string): void {
  if (c.pair.out.has('block'))
    throw new ContactsError('blocked', `You have blocked ${c.person.displayName}. Unblock them before you ${verb} them.`);
  if (c.pair.in.has('block')) throw new ContactsError('blocked', `You cannot ${verb} ${c.person.displayName}.`);
}

/** A cancelled or declined request: it stops being pending (answered requests are not kept). */
function closeRequest(c: ChangeContext, request: ConnectionRequest): ChangeTopic[] {
  c.world.pending.delete(pairKey(request.fromId, request.toId));
  return ['requests', 'relationships'];
}

/** Accepts the person's request: a connection both ways and a `connected` activity by each side. */
function accept(c: ChangeContext, request: ConnectionRequest): ChangeTopic[] {
  c.world.pending.delete(pairKey(request.fromId, request.toId));
  c.world.relations.add(c.viewer.id, 'connection', c.person.id);
  c.world.relations.add(c.person.id, 'connection', c.viewer.id);
  // One activity per side, so both networks hear of it and each of the two sees the other's.
  const connected = (actor: Person, target: Person): Activity => ({
    id: crypto.randomUUID(),
    actorId: actor.id,
    kind: 'connected',
    text: `${actor.displayName} connected with ${target.displayName}.`,
    targetId: target.id,
    createdAt: c.now,
  });
  c.world.activities.push(connected(c.viewer, c.person), connected(c.person, c.viewer));
  return ['requests', 'relationships', 'activities'];
}
