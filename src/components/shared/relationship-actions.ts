import { msg, str } from '@lit/localize';
import type { ContactsBackend, MuteDuration } from '../../backend/backend.js';
import { formatCount, isSingular } from '../../i18n/formatters.js';
import { availableActions, type Relationship, type RelationshipAction } from '../../model/relationship.js';

// Every relationship action, declared once: the contract method that performs it, whether it asks first and
// with what words, and the sentences that confirm it. Every element that acts reads this table, so a new
// action is one entry here (the mapped type below makes the compiler ask for it). Words are functions: msg()
// must run at render time, in the current locale.

/** The contract's methods that change one relationship: `(personId) => Promise<Relationship>`. */
export type RelationshipMethod = {
  [K in keyof ContactsBackend]-?: ContactsBackend[K] extends (personId: string) => Promise<Relationship> ? K : never;
}[keyof ContactsBackend];

/** The question asked before an action that is hard to undo. */
export interface ActionConfirmation {
  /** The dialog's title for one person. */
  title(name: string): string;
  /** What the action will do. */
  body(): string;
  /** The confirming button. */
  confirmLabel(): string;
}

/** The question asked before a bulk action that is hard to undo. */
export interface BulkActionConfirmation extends ActionConfirmation {
  /** The dialog's title for a bulk action on `n` people. */
  bulkTitle(n: number): string;
}

/** One action: how it is performed, labelled, confirmed and reported. */
export interface ActionDefinition {
  /** The contract method that performs it. */
  method: RelationshipMethod;
  /** Accessible name (and visible text) of its button. */
  label(): string;
  /** How its button stands out: the way forward, or hard to undo. */
  emphasis?: 'primary' | 'danger';
  /** Present when it asks first. */
  confirmation?: ActionConfirmation;
  /** What the live region says once it succeeded for one person; `r` is the new relationship, `duration` a mute's. */
  done(name: string, r: Relationship, duration?: MuteDuration): string;
}

/** An action also offered for many people at once, in the bulk bar's order. */
export const BULK_ACTIONS = [
  'connect',
  'accept',
  'decline',
  'disconnect',
  'follow',
  'unfollow',
  'block',
  'unblock',
  'mute',
] as const satisfies readonly RelationshipAction[];
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** A bulk action's entry also says how a bulk run is reported. */
export interface BulkActionDefinition extends ActionDefinition {
  /** The success half of the report: "Followed 2 people". */
  bulkDone(n: number): string;
  confirmation?: BulkActionConfirmation;
}

const blockConfirmation: BulkActionConfirmation = {
  title: (name) => msg(str`Block ${name}?`),
  bulkTitle: (n) => (isSingular(n) ? msg(str`Block ${formatCount(n)} person?`) : msg(str`Block ${formatCount(n)} people?`)),
  body: () => msg('They will not be able to connect with you or follow you, and any connection, requests and follows between you end.'),
  confirmLabel: () => msg('Block'),
};

/** The table: one entry per action. */
export const RELATIONSHIP_ACTION_TABLE: {
  readonly [A in RelationshipAction]: A extends BulkAction ? BulkActionDefinition : ActionDefinition;
} = {
  connect: {
    method: 'requestConnection',
    label: () => msg('Connect'),
    emphasis: 'primary',
    // Connecting to someone who had already asked accepts their request at once.
    done: (name, r) => (r.connected ? msg(str`You are now connected with ${name}.`) : msg(str`Connection request sent to ${name}.`)),
    bulkDone: (n) =>
      isSingular(n)
        ? msg(str`Sent a connection request to ${formatCount(n)} person`)
        : msg(str`Sent connection requests to ${formatCount(n)} people`),
  },
  'cancel-request': {
    method: 'cancelRequest',
    label: () => msg('Cancel request'),
    done: (name) => msg(str`Connection request to ${name} cancelled.`),
  },
  accept: {
    method: 'acceptRequest',
    label: () => msg('Accept'),
    emphasis: 'primary',
    done: (name) => msg(str`You are now connected with ${name}.`),
    bulkDone: (n) =>
      isSingular(n)
        ? msg(str`Accepted the connection request of ${formatCount(n)} person`)
        : msg(str`Accepted the connection requests of ${formatCount(n)} people`),
  },
  decline: {
    method: 'declineRequest',
    label: () => msg('Decline'),
    done: (name) => msg(str`You declined ${name}'s connection request.`),
    bulkDone: (n) =>
      isSingular(n)
        ? msg(str`Declined the connection request of ${formatCount(n)} person`)
        : msg(str`Declined the connection requests of ${formatCount(n)} people`),
  },
  disconnect: {
    method: 'disconnect',
    label: () => msg('Disconnect'),
    emphasis: 'danger',
    done: (name) => msg(str`You are no longer connected with ${name}.`),
    bulkDone: (n) =>
      isSingular(n) ? msg(str`Disconnected from ${formatCount(n)} person`) : msg(str`Disconnected from ${formatCount(n)} people`),
  },
  follow: {
    method: 'follow',
    label: () => msg('Follow'),
    done: (name) => msg(str`You are now following ${name}.`),
    bulkDone: (n) => (isSingular(n) ? msg(str`Followed ${formatCount(n)} person`) : msg(str`Followed ${formatCount(n)} people`)),
  },
  unfollow: {
    method: 'unfollow',
    label: () => msg('Unfollow'),
    done: (name) => msg(str`You unfollowed ${name}.`),
    bulkDone: (n) => (isSingular(n) ? msg(str`Unfollowed ${formatCount(n)} person`) : msg(str`Unfollowed ${formatCount(n)} people`)),
  },
  block: {
    method: 'block',
    label: () => msg('Block'),
    emphasis: 'danger',
    confirmation: blockConfirmation,
    done: (name) => msg(str`You blocked ${name}.`),
    bulkDone: (n) => (isSingular(n) ? msg(str`Blocked ${formatCount(n)} person`) : msg(str`Blocked ${formatCount(n)} people`)),
  },
  unblock: {
    method: 'unblock',
    label: () => msg('Unblock'),
    done: (name) => msg(str`You unblocked ${name}.`),
    bulkDone: (n) => (isSingular(n) ? msg(str`Unblocked ${formatCount(n)} person`) : msg(str`Unblocked ${formatCount(n)} people`)),
  },
  'remove-follower': {
    method: 'removeFollower',
    label: () => msg('Remove follower'),
    done: (name) => msg(str`${name} no longer follows you.`),
  },
  'ignore-requests': {
    method: 'ignoreRequests',
    label: () => msg('Decline and ignore'),
    // Asked first, on the profile and in the inbox alike: later requests are refused without a word.
    confirmation: {
      title: (name) => msg(str`Decline and ignore ${name}'s requests?`),
      body: () =>
        msg('Their request is declined and later ones will not reach you. They are not told, and nothing else between you changes.'),
      confirmLabel: () => msg('Decline and ignore'),
    },
    done: (name) => msg(str`You declined ${name}'s request and will not get further requests from them.`),
  },
  'unignore-requests': {
    method: 'unignoreRequests',
    label: () => msg('Stop ignoring requests'),
    done: (name) => msg(str`${name} can send you connection requests again.`),
  },
  mute: {
    method: 'mute',
    label: () => msg('Mute'),
    // Nobody is told, so nothing to confirm first; the sentence says for how long.
    done: (name, _r, duration = 'until-unmuted') => mutedText(name, duration),
    bulkDone: (n) => (isSingular(n) ? msg(str`Muted ${formatCount(n)} person`) : msg(str`Muted ${formatCount(n)} people`)),
  },
  unmute: {
    method: 'unmute',
    label: () => msg('Unmute'),
    done: (name) => msg(str`You unmuted ${name}.`),
  },
};

/** "You muted Jane Doe for 1 day." */
function mutedText(name: string, duration: MuteDuration): string {
  switch (duration) {
    case 'hour':
      return msg(str`You muted ${name} for 1 hour.`);
    case 'day':
      return msg(str`You muted ${name} for 1 day.`);
    case 'week':
      return msg(str`You muted ${name} for 1 week.`);
    case 'until-unmuted':
      return msg(str`You muted ${name} until you unmute them.`);
  }
}

/** The choices of how long to mute, as a UI offers them. */
export function muteDurationLabel(duration: MuteDuration): string {
  switch (duration) {
    case 'hour':
      return msg('For 1 hour');
    case 'day':
      return msg('For 1 day');
    case 'week':
      return msg('For 1 week');
    case 'until-unmuted':
      return msg('Until I unmute');
  }
}

/**
 * The actions offered from a relationship, in display order: the model's rules (which the adapter enforces), with
 * "Decline and ignore" after Decline while the person's request is pending to the viewer, and "Stop ignoring
 * requests" while the viewer ignores the person's requests.
 */
export function offeredActions(r: Relationship): RelationshipAction[] {
  const actions = availableActions(r);
  if (r.blocking || r.blockedBy) return actions;
  if (r.requestReceived && actions.includes('decline')) actions.splice(actions.indexOf('decline') + 1, 0, 'ignore-requests');
  if (r.ignoringRequests) actions.splice(actions.indexOf('block'), 0, 'unignore-requests');
  return actions;
}

/**
 * Performs one action through the contract; resolves to the viewer's new relationship with the person. `note`
 * goes with a connection request (Connect), `duration` with a mute.
 */
export function performAction(
  backend: ContactsBackend,
  action: RelationshipAction,
  personId: string,
  extra: { note?: string; duration?: MuteDuration } = {},
): Promise<Relationship> {
  if (action === 'connect' && extra.note) return backend.requestConnection(personId, { note: extra.note });
  if (action === 'mute') return backend.mute(personId, extra.duration ? { duration: extra.duration } : {});
  return backend[RELATIONSHIP_ACTION_TABLE[action].method](personId);
}

/** The report after a bulk action, e.g. "Followed 2 people; 1 failed: You already follow Jane Doe." */
export function bulkDoneText(action: BulkAction, succeeded: number, failed: number, reason: string): string {
  const done = RELATIONSHIP_ACTION_TABLE[action].bulkDone(succeeded);
  if (failed === 0) return msg(str`${done}.`);
  return msg(str`${done}; ${formatCount(failed)} failed: ${reason}`);
}
