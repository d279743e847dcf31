/**
 * The viewer's relationship with one person, as one value. Several facts can hold at once
 * (connected and following, say); a block excludes every other fact in the same direction pair.
 * A value an adapter returns is read-only: people with nothing between them and the viewer share the frozen
 * {@link NO_RELATIONSHIP}.
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
  /** The viewer ignores further connection requests from this person (declined and ignored; not a block). */
  ignoringRequests: boolean;
  /** The note of the pending request between the two (received or sent), when it has one. */
  requestNote?: string;
  /**
   * The viewer mutes this person now: their activities stay out of the viewer's feed. The person is never told
   * (their side of the relationship shows nothing). A mute ends no connection or follow.
   */
  muted: boolean;
  /** When the mute ends (epoch milliseconds); `null` when it lasts until unmuted, or when not muted. */
  mutedUntil: number | null;
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
  ignoringRequests: false,
  muted: false,
  mutedUntil: null,
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
  'remove-follower',
  'ignore-requests',
  'unignore-requests',
  'mute',
  'unmute',
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
  actions.push(r.following ? 'unfollow' : 'follow');
  if (r.followedBy) actions.push('remove-follower');
  actions.push('block');
  return actions;
}

/**
 * Mute or Unmute, whichever is valid from a relationship, or nothing while a block stands (a block drops a mute).
 * Offered apart from {@link availableActions}: muting asks how long, and nobody else is told.
 */
export function muteActionOf(r: Relationship): 'mute' | 'unmute' | undefined {
  if (r.blocking || r.blockedBy) return undefined;
  return r.muted ? 'unmute' : 'mute';
}
