/**
 * The in-memory adapter's side of a relationship change: reading the pair the shared rules decide from
 * (../relationship-rules.ts), and carrying out the steps they return. Feeds are computed when read, so feed
 * steps have nothing to write here; answered requests are not kept.
 */
import { muteStands, type Pair } from '../pair.js';
import { writeStep, type ChangeContext, type ChangeStep, type StepWriter } from '../relationship-rules.js';
import { pairKey, type MemoryWorld } from './world.js';

/** Reads the pair between `viewerId` and `personId`. */
export function pairOf(world: MemoryWorld, viewerId: string, personId: string): Pair {
  return {
    out: world.relations.between(viewerId, personId),
    in: world.relations.between(personId, viewerId),
    sent: world.pending.get(pairKey(viewerId, personId)),
    received: world.pending.get(pairKey(personId, viewerId)),
    mute: activeMute(world, viewerId, personId),
  };
}

/** The viewer's mute of the person when it stands now. */
function activeMute(world: MemoryWorld, viewerId: string, personId: string): Pair['mute'] {
  const mute = world.mutes.get(pairKey(viewerId, personId));
  return muteStands(mute, world.time()) ? { until: mute.until } : undefined;
}

/** Writes `steps` into the world, in order. */
export function writeSteps(world: MemoryWorld, c: ChangeContext, steps: readonly ChangeStep[]): void {
  const writer: StepWriter<void> = {
    sendRequest: (request) => void world.pending.set(pairKey(request.fromId, request.toId), request),
    closeRequest: (request) => void world.pending.delete(pairKey(request.fromId, request.toId)),
    relate: (from, type, to) => world.relations.add(from, type, to),
    unrelate: (from, type, to) => world.relations.delete(from, type, to),
    recordActivity: (activity) => void world.activities.push(activity),
    backfillFeed: () => undefined,
    dropFeed: () => undefined,
    mute: (owner, person, until) => void world.mutes.set(pairKey(owner, person), { until }),
    unmute: (owner, person) => void world.mutes.delete(pairKey(owner, person)),
  };
  for (const s of steps) writeStep(c, s, writer);
}
