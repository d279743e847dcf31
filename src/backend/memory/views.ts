/** What one viewer sees of a world: the people each filter lists, the counts, the feed's actors, blocks. */
import type { FeedTab, PeopleFilter, RelationshipCounts } from '../backend.js';
import type { ConnectionRequest } from '../../model/request.js';
import { muteStands } from '../pair.js';
import { compareByName } from './order.js';
import type { MemoryWorld, PersonRecord } from './world.js';

/** The people the viewer mutes now (their mutes not yet expired). */
export function mutedOf(world: MemoryWorld, viewerId: string): Set<string> {
  const now = world.time();
  const muted = new Set<string>();
  for (const [key, mute] of world.mutes) {
    // Keys are pairKey(viewer, person).
    const [owner, person] = key.split('\u0000') as [string, string];
    if (owner === viewerId && muteStands(mute, now)) muted.add(person);
  }
  return muted;
}

/** Everyone in a block with the viewer, in either direction. */
export function blocksOf(world: MemoryWorld, viewerId: string): Set<string> {
  return new Set([...world.relations.from(viewerId, 'block'), ...world.relations.to(viewerId, 'block')]);
}

/**
 * The people whose activities the viewer's network feed shows (connections and people followed), or one tab
 * of it: `connections`, `following`, `me` (the viewer), `all` (the network and the viewer).
 */
export function feedActorsOf(world: MemoryWorld, viewerId: string, tab?: FeedTab): Set<string> {
  const { relations } = world;
  switch (tab) {
    case 'connections':
      return new Set(relations.from(viewerId, 'connection'));
    case 'following':
      return new Set(relations.from(viewerId, 'follow'));
    case 'me':
      return new Set([viewerId]);
    case 'all':
      return new Set([...relations.from(viewerId, 'connection'), ...relations.from(viewerId, 'follow'), viewerId]);
    case undefined:
      return new Set([...relations.from(viewerId, 'connection'), ...relations.from(viewerId, 'follow')]);
  }
}

/** The pending requests the viewer received (`incoming`) or sent (`outgoing`). */
export function pendingOf(world: MemoryWorld, viewerId: string, direction: 'incoming' | 'outgoing'): ConnectionRequest[] {
  return [...world.pending.values()].filter((r) => (direction === 'incoming' ? r.toId : r.fromId) === viewerId);
}

/** The home view's numbers. */
export function countsOf(world: MemoryWorld, viewerId: string): RelationshipCounts {
  const { relations } = world;
  return {
    connections: relations.from(viewerId, 'connection').length,
    following: relations.from(viewerId, 'follow').length,
    followers: relations.to(viewerId, 'follow').length,
    incoming: pendingOf(world, viewerId, 'incoming').length,
    outgoing: pendingOf(world, viewerId, 'outgoing').length,
    blocked: relations.from(viewerId, 'block').length,
    muted: mutedOf(world, viewerId).size,
  };
}

/** The people a filter lists, in name order (`suggested` is ranked instead: see suggestions.ts); `all` leaves out the viewer and everyone in a block with them. */
export function peopleIn(world: MemoryWorld, viewerId: string, filter: Exclude<PeopleFilter, 'suggested'>): PersonRecord[] {
  if (filter === 'all') {
    const excluded = blocksOf(world, viewerId).add(viewerId);
    // Members, and the viewer's own personal contacts (never anyone else's).
    return world.byName.filter((r) => !excluded.has(r.person.id) && (r.ownerId === undefined || r.ownerId === viewerId));
  }
  if (filter === 'mine') return world.byName.filter((r) => r.ownerId === viewerId);
  const { relations } = world;
  const ids = {
    connections: () => relations.from(viewerId, 'connection'),
    following: () => relations.from(viewerId, 'follow'),
    followers: () => relations.to(viewerId, 'follow'),
    blocked: () => relations.from(viewerId, 'block'),
    muted: () => [...mutedOf(world, viewerId)],
    incoming: () => pendingOf(world, viewerId, 'incoming').map((r) => r.fromId),
    outgoing: () => pendingOf(world, viewerId, 'outgoing').map((r) => r.toId),
  }[filter]();
  return ids.flatMap((id) => world.people.get(id) ?? []).sort(compareByName);
}
