/**
 * The contract's changes, each one transaction that first locks the rows of both people (in id order), so
 * concurrent changes to a pair, on any instance, run one after the other; the schema's constraints (one
 * pending request per pair, relation keys, mirrored connections checked at commit) are the second guard.
 * Messages and choices are the IndexedDB adapter's.
 */
import type { Queryable } from '../db/types.js';
import {
  ContactsError,
  RELATIONSHIP_MUTATIONS,
  type RelationshipMutation,
  type Activity,
  type ChangeTopic,
  type ConnectionRequest,
  type Person,
} from '../shared.js';
import {
  backfillFeed,
  closeRequest,
  deleteRelation,
  dropFeed,
  insertRequest,
  lockPeople,
  notFound,
  pairState,
  putRelation,
  recordActivity,
  type PairState,
} from './graph.js';

/** What a change sees before it writes. */
export interface ChangeContext {
  tx: Queryable;
  viewer: Person;
  person: Person;
  state: PairState;
  now: number;
}

/** One relationship change: the topics it announces and its body (resolving to whether it changed anything). */
export interface ChangeRule {
  selfVerb: string;
  topics: ChangeTopic[];
  run(c: ChangeContext): Promise<boolean>;
}

function refuseBlocked(c: ChangeContext, verb: string): void {
  if (c.state.out.has('block'))
    throw new ContactsError('blocked', `You have blocked ${c.person.displayName}. Unblock them before you ${verb} them.`);
  if (c.state.in.has('block')) throw new ContactsError('blocked', `You cannot ${verb} ${c.person.displayName}.`);
}

/** Accepts the person's request: both connection rows, a `connected` activity by each, feed copies. */
async function accept(c: ChangeContext, request: ConnectionRequest): Promise<boolean> {
  const v = c.viewer.id;
  const p = c.person.id;
  await closeRequest(c.tx, request, 'accepted', c.now);
  await putRelation(c.tx, v, 'connection', p, c.now);
  await putRelation(c.tx, p, 'connection', v, c.now);
  const connected = (actor: Person, target: Person): Activity => ({
    id: crypto.randomUUID(),
    actorId: actor.id,
    kind: 'connected',
    text: `${actor.displayName} connected with ${target.displayName}.`,
    targetId: target.id,
    createdAt: c.now,
  });
  await recordActivity(c.tx, connected(c.viewer, c.person));
  await recordActivity(c.tx, connected(c.person, c.viewer));
  await backfillFeed(c.tx, v, p);
  await backfillFeed(c.tx, p, v);
  return true;
}

export const CHANGES = {
  requestConnection: {
    selfVerb: 'connect with',
    topics: ['requests', 'relationships'],
    async run(c) {
      refuseBlocked(c, 'connect with');
      if (c.state.out.has('connection'))
        throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      if (c.state.received) return accept(c, c.state.received);
      if (c.state.sent) return false;
      await insertRequest(c.tx, { id: crypto.randomUUID(), fromId: c.viewer.id, toId: c.person.id, status: 'pending', createdAt: c.now });
      return true;
    },
  },
  cancelRequest: {
    selfVerb: 'withdraw a request to',
    topics: ['requests', 'relationships'],
    async run(c) {
      if (c.state.sent) {
        await closeRequest(c.tx, c.state.sent, 'cancelled', c.now);
        return true;
      }
      if (c.state.received) {
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
    async run(c) {
      if (c.state.received) return accept(c, c.state.received);
      if (c.state.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can accept your request.`);
      if (c.state.out.has('connection'))
        throw new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  declineRequest: {
    selfVerb: 'decline a request from',
    topics: ['requests', 'relationships'],
    async run(c) {
      if (c.state.received) {
        await closeRequest(c.tx, c.state.received, 'declined', c.now);
        return true;
      }
      if (c.state.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can decline your request. You can withdraw it.`);
      throw new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);
    },
  },
  disconnect: {
    selfVerb: 'disconnect from',
    topics: ['relationships', 'activities'],
    async run(c) {
      if (!c.state.out.has('connection')) throw new ContactsError('invalid-state', `You are not connected with ${c.person.displayName}.`);
      const v = c.viewer.id;
      const p = c.person.id;
      await deleteRelation(c.tx, v, 'connection', p);
      await deleteRelation(c.tx, p, 'connection', v);
      if (!c.state.out.has('follow')) await dropFeed(c.tx, v, p);
      if (!c.state.in.has('follow')) await dropFeed(c.tx, p, v);
      return true;
    },
  },
  follow: {
    selfVerb: 'follow',
    topics: ['relationships', 'activities'],
    async run(c) {
      refuseBlocked(c, 'follow');
      if (c.state.out.has('follow')) return false;
      await putRelation(c.tx, c.viewer.id, 'follow', c.person.id, c.now);
      if (!c.state.out.has('connection')) await backfillFeed(c.tx, c.viewer.id, c.person.id);
      return true;
    },
  },
  unfollow: {
    selfVerb: 'unfollow',
    topics: ['relationships', 'activities'],
    async run(c) {
      if (!c.state.out.has('follow')) throw new ContactsError('invalid-state', `You are not following ${c.person.displayName}.`);
      await deleteRelation(c.tx, c.viewer.id, 'follow', c.person.id);
      if (!c.state.out.has('connection')) await dropFeed(c.tx, c.viewer.id, c.person.id);
      return true;
    },
  },
  block: {
    selfVerb: 'block',
    topics: ['relationships', 'requests', 'activities'],
    async run(c) {
      if (c.state.out.has('block')) throw new ContactsError('invalid-state', `You have already blocked ${c.person.displayName}.`);
      const v = c.viewer.id;
      const p = c.person.id;
      for (const [from, type, to] of [
        [v, 'connection', p],
        [p, 'connection', v],
        [v, 'follow', p],
        [p, 'follow', v],
      ] as const) {
        await deleteRelation(c.tx, from, type, to);
      }
      if (c.state.sent) await closeRequest(c.tx, c.state.sent, 'cancelled', c.now);
      if (c.state.received) await closeRequest(c.tx, c.state.received, 'declined', c.now);
      await dropFeed(c.tx, v, p);
      await dropFeed(c.tx, p, v);
      await putRelation(c.tx, v, 'block', p, c.now);
      return true;
    },
  },
  unblock: {
    selfVerb: 'unblock',
    topics: ['relationships'],
    async run(c) {
      if (!c.state.out.has('block')) throw new ContactsError('invalid-state', `You have not blocked ${c.person.displayName}.`);
      await deleteRelation(c.tx, c.viewer.id, 'block', c.person.id);
      return true;
    },
  },
} satisfies Record<RelationshipMutation, ChangeRule>;

export type ChangeName = RelationshipMutation;
export const CHANGE_NAMES = RELATIONSHIP_MUTATIONS;

/** Runs change `name` by `viewerId` on `personId` in `tx`. Resolves to whether anything changed. */
export async function applyChange(tx: Queryable, name: ChangeName, viewerId: string, personId: string, now: number): Promise<boolean> {
  const rule: ChangeRule = CHANGES[name];
  if (personId === viewerId) throw new ContactsError('self', `You cannot ${rule.selfVerb} yourself.`);
  const people = await lockPeople(tx, [viewerId, personId]);
  const viewer = people.get(viewerId);
  if (!viewer) throw notFound(viewerId, true);
  const person = people.get(personId);
  if (!person) throw notFound(personId);
  return rule.run({ tx, viewer, person, state: await pairState(tx, viewerId, personId), now });
}

/** Records the viewer's activity (locking the viewer's row, so it cannot interleave with a new follow of them). */
export async function postActivity(tx: Queryable, activity: Activity): Promise<void> {
  const people = await lockPeople(tx, [activity.actorId]);
  if (!people.has(activity.actorId)) throw notFound(activity.actorId, true);
  await recordActivity(tx, activity);
}
