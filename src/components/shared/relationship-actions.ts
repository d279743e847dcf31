import { msg, str } from '@lit/localize';
import type { ContactsBackend } from '../../backend/backend.js';
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
  /** The dialog's title for a bulk action on `n` people. */
  bulkTitle(n: number): string;
  /** What the action will do. */
  body(): string;
  /** The confirming button. */
  confirmLabel(): string;
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
  /** What the live region says once it succeeded for one person; `r` is the new relationship. */
  done(name: string, r: Relationship): string;
}

/** An action also offered for many people at once, in the bulk bar's order. */
export const BULK_ACTIONS = ['connect', 'follow', 'unfollow', 'block'] as const satisfies readonly RelationshipAction[];
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** A bulk action's entry also says how a bulk run is reported. */
export interface BulkActionDefinition extends ActionDefinition {
  /** The success half of the report: "Followed 2 people". */
  bulkDone(n: number): string;
}

const blockConfirmation: ActionConfirmation = {
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
  },
  decline: {
    method: 'declineRequest',
    label: () => msg('Decline'),
    done: (name) => msg(str`You declined ${name}'s connection request.`),
  },
  disconnect: {
    method: 'disconnect',
    label: () => msg('Disconnect'),
    emphasis: 'danger',
    done: (name) => msg(str`You are no longer connected with ${name}.`),
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
  },
};

/** The actions offered from a relationship, in display order (the model's rules, which the adapter enforces). */
export function offeredActions(r: Relationship): RelationshipAction[] {
  return availableActions(r);
}

/** Performs one action through the contract; resolves to the viewer's new relationship with the person. */
export function performAction(backend: ContactsBackend, action: RelationshipAction, personId: string): Promise<Relationship> {
  return backend[RELATIONSHIP_ACTION_TABLE[action].method](personId);
}

/** The report after a bulk action, e.g. "Followed 2 people; 1 failed: You already follow Jane Doe." */
export function bulkDoneText(action: BulkAction, succeeded: number, failed: number, reason: string): string {
  const done = RELATIONSHIP_ACTION_TABLE[action].bulkDone(succeeded);
  if (failed === 0) return msg(str`${done}.`);
  return msg(str`${done}; ${formatCount(failed)} failed: ${reason}`);
}
