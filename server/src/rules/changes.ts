/**
 * The contract's changes on the server. Each is one transaction that first locks the rows of both people (in
 * id order), so concurrent changes to a pair, on any instance, run one after the other; the schema's
 * constraints (one pending request per pair, relation keys, mirrored connections checked at commit) are the
 * second guard. What a change refuses and writes is the library's own rules (relationship-rules.ts).
 */
import type { Queryable } from '../db/types.js';
import {
  planChange,
  refuseSelf,
  writeStep,
  type Activity,
  type ChangeContext,
  type ChangeInput,
  type StepWriter,
  type ChangeTopic,
  type RelationshipMutation,
  noSuchPerson,
} from '../shared.js';
import {
  backfillFeed,
  closeRequest,
  deleteMute,
  deleteRelation,
  dropFeed,
  insertRequest,
  lockPeople,
  pairState,
  putMute,
  putRelation,
  recordActivity,
} from './graph.js';
import { refuseContact } from './personal-contacts.js';

/**
 * Runs `mutation` by `viewerId` on `personId` in `tx` (`muteFor`: a mute's duration, checked). Resolves to the
 * topics it changed and whether it is the viewer's alone (`quiet`: announced to the viewer only), or null when none.
 */
export async function applyChange(
  tx: Queryable,
  mutation: RelationshipMutation,
  viewerId: string,
  personId: string,
  now: number,
  input: ChangeInput = {},
): Promise<{ topics: ChangeTopic[]; quiet: boolean } | null> {
  refuseSelf(mutation, viewerId, personId);
  const people = await lockPeople(tx, [viewerId, personId]);
  await refuseContact(tx, viewerId, personId);
  const viewer = people.get(viewerId);
  if (!viewer) throw noSuchPerson(viewerId, true);
  const person = people.get(personId);
  if (!person) throw noSuchPerson(personId);
  const context: ChangeContext = { viewer, person, pair: await pairState(tx, viewerId, personId, now), now, ...input };
  const plan = planChange(mutation, context);
  const writer: StepWriter<Promise<void>> = {
    sendRequest: (request) => insertRequest(tx, request),
    closeRequest: (request, status) => closeRequest(tx, request, status, now),
    relate: (from, type, to) => putRelation(tx, from, type, to, now),
    unrelate: (from, type, to) => deleteRelation(tx, from, type, to),
    recordActivity: (activity) => recordActivity(tx, activity),
    backfillFeed: (reader, actor) => backfillFeed(tx, reader, actor),
    dropFeed: (reader, actor) => dropFeed(tx, reader, actor),
    mute: (owner, person, until) => putMute(tx, owner, person, until, now),
    unmute: (owner, person) => deleteMute(tx, owner, person),
  };
  for (const s of plan.steps) await writeStep(context, s, writer);
  return plan.steps.length > 0 ? { topics: plan.topics, quiet: plan.quiet } : null;
}

/** Records the viewer's activity (locking the viewer's row, so it cannot interleave with a new follow of them). */
export async function postActivity(tx: Queryable, activity: Activity): Promise<void> {
  const people = await lockPeople(tx, [activity.actorId]);
  if (!people.has(activity.actorId)) throw noSuchPerson(activity.actorId, true);
  await recordActivity(tx, activity);
}
