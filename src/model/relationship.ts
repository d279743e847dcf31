/**
 * The viewer's relationship with one person, as one value. Several facts can hold at once
 * (connected and following, say); a block excludes every other fact in the same direction pair.
 */
export interface Relationship {
  /** A two-way connection: formed when a request was accepted. */
  connected: boolean;
  /** The viewer asked this person to connect and the request is pending. */
  requestSent: boolean;
  /** This person asked the viewer to connect and the request is pending. */
  requestReceived: boolean;
  /** The viewer follows this person (one-way). */
  following: boolean;
  /** This person follows the viewer. */
  followedBy: boolean;
  /** The viewer blocks this person. */
  blocking: boolean;
  /** This person blocks the viewer. */
  blockedBy: boolean;
}

/** The relationship between two unrelated people. */
export const NO_RELATIONSHIP: Readonly<Relationship> = Object.freeze({
  connected: false,
  requestSent: false,
  requestReceived: false,
  following: false,
  followedBy: false,
  blocking: false,
  blockedBy: false,
});

/** Actions a viewer can take on a person. */
export const RELATIONSHIP_ACTIONS = [
  'connect',
  'cancel-request',
  'accept',
  'decline',
  'disconnect',
  'follow',
  'unfollow',
  'block',
  'unblock',
] as const;
export type RelationshipAction = (typeof RELATIONSHIP_ACTIONS)[number];

/**
 * The actions that are valid from a relationship, in display order. The adapter enforces the same rules;
 * this lets a UI show only what will succeed.
 */
export function availableActions(r: Relationship): RelationshipAction[] {
  if (r.blocking) return ['unblock'];
  if (r.blockedBy) return ['block'];
  const actions: RelationshipAction[] = [];
  if (r.connected) actions.push('disconnect');
  else if (r.requestReceived) actions.push('accept', 'decline');
  else if (r.requestSent) actions.push('cancel-request');
  else actions.push('connect');
  actions.push(r.following ? 'unfollow' : 'follow', 'block');
  return actions;
}
