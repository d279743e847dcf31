/** Connection requests: ask, accept, decline, cancel, disconnect. */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Defines the tests of requesting, accepting, declining, cancelling and disconnecting. */
export function requestTests({ api, world }: SuiteContext): void {
  api.describe('connection requests', () => {
    api.it('a request is pending on both sides until the recipient answers', async () => {
      const w = await world();
      const rel = await w.as('ann').requestConnection('bob');
      deepEqual(rel, { ...NO_RELATIONSHIP, requestSent: true }, 'sender relationship');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP, requestReceived: true }, 'recipient relationship');
      equal((await w.as('ann').getCounts()).outgoing, 1, 'outgoing count');
      equal((await w.as('bob').getCounts()).incoming, 1, 'incoming count');
      const incoming = await w.as('bob').listRequests('incoming');
      equal(incoming.items.length, 1, 'incoming requests');
      equal(incoming.items[0]!.person.id, 'ann', 'incoming request names the sender');
      equal(incoming.items[0]!.request.status, 'pending', 'status');
      equal((await w.as('ann').listRequests('outgoing')).items[0]!.person.id, 'bob', 'outgoing request names the recipient');
    });

    api.it('a repeated request is idempotent: one pending request, no error', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      const rel = await w.as('ann').requestConnection('bob');
      equal(rel.requestSent, true, 'still pending');
      equal((await w.as('bob').listRequests('incoming')).items.length, 1, 'one incoming request');
      equal((await w.as('ann').getCounts()).outgoing, 1, 'one outgoing');
    });

    api.it('asking someone who already asked you accepts their request (mutual intent)', async () => {
      const w = await world();
      await w.as('bob').requestConnection('ann');
      const rel = await w.as('ann').requestConnection('bob');
      deepEqual(rel, { ...NO_RELATIONSHIP, connected: true }, 'connected, nothing pending');
      equal((await w.as('bob').getRelationship('ann')).connected, true, 'other side connected');
      equal((await w.as('ann').getCounts()).incoming, 0, 'no pending incoming');
      equal((await w.as('bob').getCounts()).outgoing, 0, 'no pending outgoing');
    });

    api.it('accept by the recipient connects both sides and records a connected activity by each', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      deepEqual(await w.as('bob').acceptRequest('ann'), { ...NO_RELATIONSHIP, connected: true }, 'accepter relationship');
      deepEqual(await w.as('ann').getRelationship('bob'), { ...NO_RELATIONSHIP, connected: true }, 'sender relationship');
      for (const v of ['ann', 'bob']) {
        const counts = await w.as(v).getCounts();
        deepEqual([counts.connections, counts.incoming, counts.outgoing], [1, 0, 0], `${v}'s counts`);
        deepEqual(
          (await w.as(v).searchPeople({ filter: 'connections' })).items.map((e) => e.person.id),
          [v === 'ann' ? 'bob' : 'ann'],
          `${v}'s connections`,
        );
      }
      for (const [viewer, other] of [
        ['ann', 'bob'],
        ['bob', 'ann'],
      ] as const) {
        const connected = (await w.as(viewer).getFeed()).items.filter((e) => e.activity.kind === 'connected');
        equal(connected.length, 1, `a connected activity in ${viewer}'s feed`);
        deepEqual(
          [connected[0]!.activity.actorId, connected[0]!.activity.targetId, connected[0]!.actor.id],
          [other, viewer, other],
          `${viewer} sees ${other}'s`,
        );
      }
    });

    api.it("the connected activity reaches the accepter's other connections and followers", async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'bob', toId: 'cat' },
          { type: 'follow', fromId: 'dan', toId: 'bob' },
        ],
      });
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      for (const v of ['cat', 'dan']) {
        const kinds = (await w.as(v).getFeed()).items.map((e) => [e.activity.kind, e.activity.actorId]);
        deepEqual(kinds, [['connected', 'bob']], `${v}'s feed`);
      }
      equal((await w.as('eve').getFeed()).items.length, 0, "a stranger's feed stays empty");
    });

    api.it('only the recipient can accept or decline; only the sender can cancel (forbidden), data unchanged', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      const before = await w.snapshot();
      await rejects(() => w.as('ann').acceptRequest('bob'), 'forbidden', 'sender accepting');
      await rejects(() => w.as('ann').declineRequest('bob'), 'forbidden', 'sender declining');
      await rejects(() => w.as('bob').cancelRequest('ann'), 'forbidden', 'recipient cancelling');
      equal(await w.snapshot(), before, 'data after forbidden calls');
    });

    api.it('accept, decline or cancel with no pending request is invalid-state, data unchanged', async () => {
      const w = await world();
      const before = await w.snapshot();
      await rejects(() => w.as('ann').acceptRequest('bob'), 'invalid-state', 'accept without request');
      await rejects(() => w.as('ann').declineRequest('bob'), 'invalid-state', 'decline without request');
      await rejects(() => w.as('ann').cancelRequest('bob'), 'invalid-state', 'cancel without request');
      await rejects(() => w.as('ann').disconnect('bob'), 'invalid-state', 'disconnect when not connected');
      equal(await w.snapshot(), before, 'data after invalid-state calls');
    });

    api.it('decline removes the request and connects nobody', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      deepEqual(await w.as('bob').declineRequest('ann'), { ...NO_RELATIONSHIP }, 'decliner relationship');
      deepEqual(await w.as('ann').getRelationship('bob'), { ...NO_RELATIONSHIP }, 'sender relationship');
      equal((await w.as('bob').listRequests('incoming')).items.length, 0, 'no incoming requests');
      await rejects(() => w.as('bob').acceptRequest('ann'), 'invalid-state', 'accept after decline');
      // A declined request does not stop a new one.
      equal((await w.as('ann').requestConnection('bob')).requestSent, true, 'asking again');
    });

    api.it('cancel withdraws the request on both sides', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      deepEqual(await w.as('ann').cancelRequest('bob'), { ...NO_RELATIONSHIP }, 'sender relationship');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP }, 'recipient relationship');
      equal((await w.as('bob').getCounts()).incoming, 0, 'incoming count');
    });

    api.it('asking someone you are connected with is invalid-state', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      const before = await w.snapshot();
      await rejects(() => w.as('ann').requestConnection('bob'), 'invalid-state', 'request when connected');
      await rejects(() => w.as('bob').requestConnection('ann'), 'invalid-state', 'request back when connected');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('disconnect removes the connection on both sides', async () => {
      const w = await world();
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      deepEqual(await w.as('ann').disconnect('bob'), { ...NO_RELATIONSHIP }, 'relationship after disconnect');
      equal((await w.as('bob').getRelationship('ann')).connected, false, 'other side');
      equal((await w.as('bob').getCounts()).connections, 0, "other side's count");
      await rejects(() => w.as('bob').disconnect('ann'), 'invalid-state', 'disconnect twice');
    });

    api.it('lists pending requests newest first, with exact paging', async () => {
      const w = await world({
        people: [CAST[0]!, ...Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, displayName: `Person ${i}` }))],
      });
      for (let i = 0; i < 12; i++) {
        await w.as(`p${i}`).requestConnection('ann');
        // Different adapters may stamp the same millisecond; keep "newest" unambiguous.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<ReturnType<typeof w.as>['listRequests']>> = await w
          .as('ann')
          .listRequests('incoming', { limit: 5, cursor });
        ok(page.items.length <= 5, 'a page holds at most the limit');
        pages.push(page.items.map((e) => e.person.id));
        cursor = page.next;
      } while (cursor);
      const ids = pages.flat();
      deepEqual(
        ids,
        Array.from({ length: 12 }, (_, i) => `p${11 - i}`),
        'all requests, newest first, once each',
      );
      await rejects(() => w.as('ann').listRequests('incoming', { cursor: 'garbage' }), 'invalid-input', 'bad cursor');
      await rejects(() => w.as('ann').listRequests('incoming', { limit: 0 }), 'invalid-input', 'limit 0');
      await rejects(() => w.as('ann').listRequests('sideways' as 'incoming'), 'invalid-input', 'bad direction');
    });
  });
}
