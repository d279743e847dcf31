/** What one viewer sees of a world: the people each filter lists, the counts, the feed's actors, blocks. */
import type { PeopleFilter, RelationshipCounts } from '../backend.js';
import type { ConnectionRequest } from '../../model/request.js';
import { compareByName } from './order.js';
import type { MemoryWorld, PersonRecord } from './world.js';

/** Everyone in a block with the viewer, in either direction. */
export function blocksOf(world: MemoryWorld, viewerId: string): Set<string> {
  return new Set([...world.relations.from(viewerId, 'block'), ...world.relations.to(viewerId, 'block')]);
}

/** The people whose activities the viewer's network feed shows: connections and people followed. */
export function feedActorsOf(world: MemoryWorld, viewerId: string): Set<string> {
  return new Set([...world.relations.from(viewerId, 'connection'), ...world.relations.from(viewerId, 'follow')]);
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
  };
}

/** The people a filter lists, in name order; `all` leaves out the viewer and everyone in a block with them. */
export function peopleIn(world: MemoryWorld, viewerId: string, filter: PeopleFilter): PersonRecord[] {
  if (filter === 'all') {
    const excluded = blocksOf(world, viewerId).add(viewerId);
    return world.byName.filter((r) => !excluded.has(r.person.id));
  }
  const { relations } = world;
  const ids = {
    connections: () => relations.from(viewerId, 'connection'),
    following: () => relations.from(viewerId, 'follow'),
    followers: () => relations.to(viewerId, 'follow'),
    blocked: () => relations.from(viewerId, 'block'),
    incoming: () => pendingOf(world, viewerId, 'incoming').map((r) => r.fromId),
    outgoing: () => pendingOf(world, viewerId, 'outgoing').map((r) => r.toId),
  }[filter]();
  return ids.flatMap((id) => world.people.get(id) ?? []).sort(compareByName);
}
