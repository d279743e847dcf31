/**
 * The rules of every relationship change, written once for every adapter. From the two people and what stands
 * between them ({@link Pair}), {@link planChange} either refuses with a ContactsError or lists the steps that make
 * the change; each adapter carries the steps out in its own storage, in one transaction. So the refusals, their
 * words and the topics a change announces are the same in IndexedDB, in memory and on the server.
 */
import type { Activity } from '../model/activity.js';
import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import type { ConnectionRequest, RequestStatus } from '../model/request.js';
import { checkRequestNote } from './limits.js';
import type { Pair } from './pair.js';
import { MUTE_DURATION_MS, type ChangeTopic, type MuteDuration, type RelationshipMutation, type RelationType } from './vocabulary.js';

/** One of the two people in a change. */
export type Side = 'viewer' | 'person';

/** One write of a change, in the order given. Feed steps concern adapters that keep per-reader feed rows. */
export type ChangeStep =
  | { step: 'send-request'; request: ConnectionRequest }
  | { step: 'close-request'; request: ConnectionRequest; status: Exclude<RequestStatus, 'pending'> }
  | { step: 'relate'; from: Side; type: RelationType }
  | { step: 'unrelate'; from: Side; type: RelationType }
  | { step: 'record-activity'; activity: Activity }
  /** Copies the other side's newest activities into `reader`'s feed. */
  | { step: 'backfill-feed'; reader: Side }
  /** Removes the other side's activities from `reader`'s feed. */
  | { step: 'drop-feed'; reader: Side }
  /** Stores (or replaces) the viewer's mute of the person, ending at `until` (`null`: until unmuted). */
  | { step: 'mute'; until: number | null }
  /** Removes `owner`'s mute of the other, standing or expired (no-op when none). */
  | { step: 'unmute'; owner: Side };

/** What a change does: no steps when there is nothing to change (a repeated request or follow). */
export interface ChangePlan {
  steps: ChangeStep[];
  /** The topics its notification names. */
  topics: ChangeTopic[];
  /** The change is the viewer's alone (a mute): its notification names only the viewer, never the person. */
  quiet: boolean;
}

/** What a caller gives a change besides the person: `requestConnection` its optional note, `mute` its duration. */
export interface ChangeInput {
  /** The note sent with a connection request, unchecked (the rule checks it: `checkRequestNote`). */
  note?: unknown;
  /** For `mute`: how long (checked by `RelationshipChanges.mute`; default `until-unmuted`). */
  muteFor?: MuteDuration;
}

/** What a change is decided from. */
export interface ChangeContext extends ChangeInput {
  viewer: Person;
  person: Person;
  pair: Pair;
  /** The change's timestamp. */
  now: number;
}

interface Rule {
  /** Completes "You cannot … yourself." */
  selfVerb: string;
  topics: ChangeTopic[];
  /** See {@link ChangePlan.quiet}. */
  quiet?: true;
  /** Throws to refuse, or returns the steps. */
  steps(c: ChangeContext): ChangeStep[];
}

const both = (type: RelationType, change: 'relate' | 'unrelate'): ChangeStep[] => [
  { step: change, from: 'viewer', type },
  { step: change, from: 'person', type },
];

/** Every relationship change, keyed by the contract method that makes it (a new one does not compile until here). */
const RULES: Record<RelationshipMutation, Rule> = {
  requestConnection: {
    selfVerb: 'connect with',
    topics: ['requests', 'relationships'],
    steps(c) {
      const note = checkRequestNote(c.note);
      refuseBlocked(c, 'connect with');
      if (c.pair.out.has('connection')) throw alreadyConnected(c);
      // Asking someone whose requests one ignores lifts the ignore: the viewer changed their mind.
      const lift: ChangeStep[] = c.pair.out.has('ignore') ? [{ step: 'unrelate', from: 'viewer', type: 'ignore' }] : [];
      if (c.pair.received) return [...lift, ...accept(c, c.pair.received)];
      if (c.pair.sent) return lift;
      // Worded as a refusal with no reason, and coded as other refusals are, so the sender is not told of the ignore.
      if (c.pair.in.has('ignore')) throw new ContactsError('forbidden', `You cannot send ${c.person.displayName} a connection request.`);
      const request: ConnectionRequest = {
        id: crypto.randomUUID(),
        fromId: c.viewer.id,
        toId: c.person.id,
        status: 'pending',
        createdAt: c.now,
      };
      if (note !== undefined) request.note = note;
      return [...lift, { step: 'send-request', request }];
    },
  },
  cancelRequest: {
    selfVerb: 'withdraw a request to',
    topics: ['requests', 'relationships'],
    steps(c) {
      if (c.pair.sent) return [{ step: 'close-request', request: c.pair.sent, status: 'cancelled' }];
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
    steps(c) {
      if (c.pair.received) return accept(c, c.pair.received);
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can accept your request.`);
      if (c.pair.out.has('connection')) throw alreadyConnected(c);
      throw notAsked(c);
    },
  },
  declineRequest: {
    selfVerb: 'decline a request from',
    topics: ['requests', 'relationships'],
    steps(c) {
      if (c.pair.received) return [{ step: 'close-request', request: c.pair.received, status: 'declined' }];
      if (c.pair.sent) throw new ContactsError('forbidden', `Only ${c.person.displayName} can decline your request. You can withdraw it.`);
      throw notAsked(c);
    },
  },
  disconnect: {
    selfVerb: 'disconnect from',
    topics: ['relationships', 'activities'],
    // Each side keeps the other's activities in their feed only while they still follow them.
    steps(c) {
      if (!c.pair.out.has('connection')) throw new ContactsError('invalid-state', `You are not connected with ${c.person.displayName}.`);
      return [
        ...both('connection', 'unrelate'),
        ...(c.pair.out.has('follow') ? [] : [{ step: 'drop-feed', reader: 'viewer' } as const]),
        ...(c.pair.in.has('follow') ? [] : [{ step: 'drop-feed', reader: 'person' } as const]),
      ];
    },
  },
  follow: {
    selfVerb: 'follow',
    topics: ['relationships', 'activities'],
    steps(c) {
      refuseBlocked(c, 'follow');
      if (c.pair.out.has('follow')) return [];
      return [
        { step: 'relate', from: 'viewer', type: 'follow' },
        ...(c.pair.out.has('connection') ? [] : [{ step: 'backfill-feed', reader: 'viewer' } as const]),
      ];
    },
  },
  unfollow: {
    selfVerb: 'unfollow',
    topics: ['relationships', 'activities'],
    steps(c) {
      if (!c.pair.out.has('follow')) throw new ContactsError('invalid-state', `You are not following ${c.person.displayName}.`);
      return [
        { step: 'unrelate', from: 'viewer', type: 'follow' },
        ...(c.pair.out.has('connection') ? [] : [{ step: 'drop-feed', reader: 'viewer' } as const]),
      ];
    },
  },
  block: {
    selfVerb: 'block',
    topics: ['relationships', 'requests', 'activities'],
    // Ends the connection, both follows and both feeds' rows of the other; the viewer's pending request is
    // cancelled and the person's declined.
    steps(c) {
      if (c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have already blocked ${c.person.displayName}.`);
      return [
        ...both('connection', 'unrelate'),
        ...both('follow', 'unrelate'),
        ...(c.pair.sent ? [{ step: 'close-request', request: c.pair.sent, status: 'cancelled' } as const] : []),
        ...(c.pair.received ? [{ step: 'close-request', request: c.pair.received, status: 'declined' } as const] : []),
        { step: 'drop-feed', reader: 'viewer' },
        { step: 'drop-feed', reader: 'person' },
        // A block makes a mute pointless, either way; dropping both keeps the two from ever contradicting (unblock
        // leaves no mute, and `mute` refuses across a block in either direction).
        { step: 'unmute', owner: 'viewer' },
        { step: 'unmute', owner: 'person' },
        { step: 'relate', from: 'viewer', type: 'block' },
      ];
    },
  },
  unblock: {
    selfVerb: 'unblock',
    topics: ['relationships'],
    steps(c) {
      if (!c.pair.out.has('block')) throw new ContactsError('invalid-state', `You have not blocked ${c.person.displayName}.`);
      return [{ step: 'unrelate', from: 'viewer', type: 'block' }];
    },
  },
  removeFollower: {
    selfVerb: 'remove as a follower',
    topics: ['relationships', 'activities'],
    // The person's feed keeps the viewer's activities only while the two are still connected.
    steps(c) {
      if (!c.pair.in.has('follow')) throw new ContactsError('invalid-state', `${c.person.displayName} does not follow you.`);
      return [
        { step: 'unrelate', from: 'person', type: 'follow' },
        ...(c.pair.out.has('connection') ? [] : [{ step: 'drop-feed', reader: 'person' } as const]),
      ];
    },
  },
  ignoreRequests: {
    selfVerb: 'ignore requests from',
    topics: ['requests', 'relationships'],
    // Declines the person's pending request, if any, and refuses their later ones; no block, no other change.
    steps(c) {
      return [
        ...(c.pair.received ? [{ step: 'close-request', request: c.pair.received, status: 'declined' } as const] : []),
        ...(c.pair.out.has('ignore') ? [] : [{ step: 'relate', from: 'viewer', type: 'ignore' } as const]),
      ];
    },
  },
  unignoreRequests: {
    selfVerb: 'stop ignoring requests from',
    topics: ['relationships'],
    steps(c) {
      if (!c.pair.out.has('ignore'))
        throw new ContactsError('invalid-state', `You are not ignoring connection requests from ${c.person.displayName}.`);
      return [{ step: 'unrelate', from: 'viewer', type: 'ignore' }];
    },
  },
  dismissSuggestion: {
    selfVerb: 'dismiss',
    topics: ['relationships'],
    // Kept for good: a dismissed person is never suggested to the viewer again.
    steps(c) {
      return c.pair.out.has('dismiss') ? [] : [{ step: 'relate', from: 'viewer', type: 'dismiss' }];
    },
  },
  mute: {
    selfVerb: 'mute',
    topics: ['relationships', 'activities'],
    quiet: true,
    steps(c) {
      refuseBlocked(c, 'mute');
      const duration = c.muteFor ?? 'until-unmuted';
      return [{ step: 'mute', until: duration === 'until-unmuted' ? null : c.now + MUTE_DURATION_MS[duration] }];
    },
  },
  unmute: {
    selfVerb: 'unmute',
    topics: ['relationships', 'activities'],
    quiet: true,
    steps(c) {
      if (!c.pair.mute) throw new ContactsError('invalid-state', `You have not muted ${c.person.displayName}.`);
      return [{ step: 'unmute', owner: 'viewer' }];
    },
  },
};

/** Refuses a change the viewer asks of themselves (`self`), before anything is read. */
export function refuseSelf(mutation: RelationshipMutation, viewerId: string, personId: string): void {
  if (personId === viewerId) throw new ContactsError('self', `You cannot ${RULES[mutation].selfVerb} yourself.`);
}

/** Decides `mutation` by the viewer on the person: throws a ContactsError to refuse, or returns its plan. */
export function planChange(mutation: RelationshipMutation, c: ChangeContext): ChangePlan {
  const rule = RULES[mutation];
  const steps = rule.steps(c);
  // Accepting through a request of one's own still announces the new connection's activities.
  const topics =
    steps.some((s) => s.step === 'record-activity') && !rule.topics.includes('activities')
      ? [...rule.topics, 'activities' as const]
      : rule.topics;
  return { steps, topics, quiet: rule.quiet === true };
}

/** How an adapter makes each kind of step in its own storage (`R`: what one write returns, such as a Promise). */
export interface StepWriter<R> {
  sendRequest(request: ConnectionRequest): R;
  closeRequest(request: ConnectionRequest, status: Exclude<RequestStatus, 'pending'>): R;
  relate(fromId: string, type: RelationType, toId: string): R;
  unrelate(fromId: string, type: RelationType, toId: string): R;
  recordActivity(activity: Activity): R;
  /** Copies the actor's newest activities into the reader's feed. */
  backfillFeed(readerId: string, actorId: string): R;
  /** Removes the actor's activities from the reader's feed. */
  dropFeed(readerId: string, actorId: string): R;
  /** Stores the owner's mute of the person (replacing one), ending at `until` (`null`: until unmuted). */
  mute(ownerId: string, personId: string, until: number | null): R;
  /** Removes the owner's mute of the person (no-op when none). */
  unmute(ownerId: string, personId: string): R;
}

/** Makes one step with `writer`, the two people's ids resolved from its sides. */
export function writeStep<R>(c: Pick<ChangeContext, 'viewer' | 'person'>, s: ChangeStep, writer: StepWriter<R>): R {
  const ids = (side: Side): [string, string] => (side === 'viewer' ? [c.viewer.id, c.person.id] : [c.person.id, c.viewer.id]);
  switch (s.step) {
    case 'send-request':
      return writer.sendRequest(s.request);
    case 'close-request':
      return writer.closeRequest(s.request, s.status);
    case 'relate': {
      const [from, to] = ids(s.from);
      return writer.relate(from, s.type, to);
    }
    case 'unrelate': {
      const [from, to] = ids(s.from);
      return writer.unrelate(from, s.type, to);
    }
    case 'record-activity':
      return writer.recordActivity(s.activity);
    case 'backfill-feed':
      return writer.backfillFeed(...ids(s.reader));
    case 'drop-feed':
      return writer.dropFeed(...ids(s.reader));
    case 'mute':
      return writer.mute(c.viewer.id, c.person.id, s.until);
    case 'unmute':
      return writer.unmute(...ids(s.owner));
  }
}

/** `blocked` when a block stands between the two, in either direction. */
function refuseBlocked(c: ChangeContext, verb: string): void {
  if (c.pair.out.has('block'))
    throw new ContactsError('blocked', `You have blocked ${c.person.displayName}. Unblock them before you ${verb} them.`);
  if (c.pair.in.has('block')) throw new ContactsError('blocked', `You cannot ${verb} ${c.person.displayName}.`);
}

const alreadyConnected = (c: ChangeContext) =>
  new ContactsError('invalid-state', `You are already connected with ${c.person.displayName}.`);
const notAsked = (c: ChangeContext) => new ContactsError('invalid-state', `${c.person.displayName} has not asked to connect with you.`);

/** Accepts the person's request: a connection both ways, a `connected` activity by each side, feed copies. */
function accept(c: ChangeContext, request: ConnectionRequest): ChangeStep[] {
  // One activity per side, so both networks hear of it and each of the two sees the other's in their feed.
  const connected = (actor: Person, target: Person): ChangeStep => ({
    step: 'record-activity',
    activity: {
      id: crypto.randomUUID(),
      actorId: actor.id,
      kind: 'connected',
      text: `${actor.displayName} connected with ${target.displayName}.`,
      targetId: target.id,
      createdAt: c.now,
    },
  });
  return [
    { step: 'close-request', request, status: 'accepted' },
    ...both('connection', 'relate'),
    connected(c.viewer, c.person),
    connected(c.person, c.viewer),
    { step: 'backfill-feed', reader: 'viewer' },
    { step: 'backfill-feed', reader: 'person' },
  ];
}
