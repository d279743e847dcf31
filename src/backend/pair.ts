/**
 * What stands between the viewer and one person, as every adapter reads it from its own storage, and the
 * contract's {@link Relationship} value made from it.
 */
import { NO_RELATIONSHIP, type Relationship } from '../model/relationship.js';
import type { ConnectionRequest } from '../model/request.js';
import type { RelationType } from './vocabulary.js';

/** Everything stored between the viewer and one person, seen from the viewer. */
export interface Pair {
  /** Relation types from the viewer to the person. */
  out: ReadonlySet<RelationType>;
  /** Relation types from the person to the viewer. */
  in: ReadonlySet<RelationType>;
  /** The viewer's pending request to the person. */
  sent: ConnectionRequest | undefined;
  /** The person's pending request to the viewer. */
  received: ConnectionRequest | undefined;
  /**
   * The viewer's mute of the person, when it stands at the time of reading (a reader leaves out an expired one):
   * `until` its end in epoch milliseconds, or `null` until unmuted.
   */
  mute?: StoredMute | undefined;
}

/** A mute as stored: its end, or `null` for one that lasts until unmuted. */
export interface StoredMute {
  until: number | null;
}

/** True when a stored mute still stands at `now` (it ends at `until`, exclusive of nothing after). */
export function muteStands(mute: StoredMute | undefined, now: number): mute is StoredMute {
  return mute !== undefined && (mute.until === null || mute.until > now);
}

/**
 * The Relationship value of a pair. Most people a list shows have nothing with the viewer: they all get the one
 * frozen {@link NO_RELATIONSHIP} rather than a ten-field object each (half a megabyte over 10,000 rows).
 */
export function relationshipOf(pair: Pair): Relationship {
  if (pair.out.size === 0 && pair.in.size === 0 && !pair.sent && !pair.received && !pair.mute) return NO_RELATIONSHIP;
  const note = (pair.received ?? pair.sent)?.note;
  const relationship: Relationship = {
    connected: pair.out.has('connection'),
    requestSent: pair.sent !== undefined,
    requestReceived: pair.received !== undefined,
    following: pair.out.has('follow'),
    followedBy: pair.in.has('follow'),
    blocking: pair.out.has('block'),
    blockedBy: pair.in.has('block'),
    ignoringRequests: pair.out.has('ignore'),
    muted: pair.mute !== undefined,
    mutedUntil: pair.mute?.until ?? null,
  };
  if (note !== undefined) relationship.requestNote = note;
  return relationship;
}
