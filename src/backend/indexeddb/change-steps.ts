/** How a relationship change's steps (see ../relationship-rules.ts) are written inside the change's transaction. */
import { writeStep, type ChangeContext, type ChangeStep, type StepWriter } from '../relationship-rules.js';
import { backfillFeed, closeRequest, deleteRelation, dropFeed, putMute, putRelation, recordActivity } from './graph.js';
import { MUTES, REQUESTS, type Transaction } from './schema.js';

/** Writes `steps` in order; each awaits only IndexedDB requests, so the transaction stays open. */
export async function writeSteps(tx: Transaction, c: ChangeContext, steps: readonly ChangeStep[]): Promise<void> {
  const writer: StepWriter<Promise<unknown>> = {
    sendRequest: (request) => tx.objectStore(REQUESTS).put(request),
    closeRequest: (request, status) => closeRequest(tx, request, status, c.now),
    relate: (from, type, to) => putRelation(tx, from, type, to, c.now),
    unrelate: (from, type, to) => deleteRelation(tx, from, type, to),
    recordActivity: (activity) => recordActivity(tx, activity),
    backfillFeed: (reader, actor) => backfillFeed(tx, reader, actor),
    dropFeed: (reader, actor) => dropFeed(tx, reader, actor),
    // Feed rows stay: a mute hides them when read, so unmuting (or expiry) brings them back as they were.
    mute: (owner, person, until) => putMute(tx, owner, person, until, c.now),
    unmute: (owner, person) => tx.objectStore(MUTES).delete([owner, person]),
  };
  for (const s of steps) await writeStep(c, s, writer);
}
