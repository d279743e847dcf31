/** People and relationship reads. */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, rejects } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Defines the tests of getViewer, getPerson, getRelationship and getCounts. */
export function readTests({ api, world }: SuiteContext): void {
  api.describe('reads', () => {
    api.it('getViewer returns the viewer with list fields filled', async () => {
      const w = await world();
      const viewer = await w.as('ann').getViewer();
      equal(viewer.id, 'ann', 'viewer id');
      equal(viewer.displayName, 'Ann Archer', 'viewer name');
      deepEqual([viewer.emails, viewer.phones, viewer.addresses, viewer.urls], [[], [], [], []], 'list fields');
    });

    api.it('getViewer rejects not-found when the viewer is not in the world', async () => {
      const w = await world();
      await rejects(() => w.as('ghost').getViewer(), 'not-found', 'getViewer of an unknown viewer');
    });

    api.it('getPerson returns a person, not-found for an unknown id, invalid-input for a malformed one', async () => {
      const w = await world();
      equal((await w.as('ann').getPerson('bob')).displayName, 'Bob Brown', 'person name');
      await rejects(() => w.as('ann').getPerson('nobody'), 'not-found', 'unknown person');
      await rejects(() => w.as('ann').getPerson(''), 'invalid-input', 'empty id');
      await rejects(() => w.as('ann').getPerson('   '), 'invalid-input', 'blank id');
      await rejects(() => w.as('ann').getPerson(42 as unknown as string), 'invalid-input', 'number id');
    });

    api.it('getRelationship: none between strangers, self for the viewer, not-found for nobody', async () => {
      const w = await world();
      deepEqual(await w.as('ann').getRelationship('bob'), { ...NO_RELATIONSHIP }, 'strangers');
      await rejects(() => w.as('ann').getRelationship('ann'), 'self', 'relationship with oneself');
      await rejects(() => w.as('ann').getRelationship('nobody'), 'not-found', 'unknown person');
      await rejects(() => w.as('ann').getRelationship(''), 'invalid-input', 'empty id');
    });

    api.it('getCounts starts at zero', async () => {
      const w = await world();
      deepEqual(
        await w.as('ann').getCounts(),
        { connections: 0, following: 0, followers: 0, incoming: 0, outgoing: 0, blocked: 0, muted: 0 },
        'counts',
      );
    });

    api.it('reflects imported relations, requests and their counts', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'cat' },
          { type: 'follow', fromId: 'dan', toId: 'ann' },
          { type: 'block', fromId: 'ann', toId: 'eve' },
        ],
        requests: [{ fromId: 'cat', toId: 'ann' }],
      });
      const ann = w.as('ann');
      deepEqual(
        await ann.getCounts(),
        { connections: 1, following: 1, followers: 1, incoming: 1, outgoing: 0, blocked: 1, muted: 0 },
        'counts',
      );
      equal((await w.as('bob').getRelationship('ann')).connected, true, 'connection seen from the other side');
      equal((await ann.getRelationship('cat')).requestReceived, true, 'incoming request');
      equal((await w.as('cat').getRelationship('ann')).requestSent, true, 'outgoing request');
      equal((await w.as('eve').getRelationship('ann')).blockedBy, true, 'blocked by');
      equal((await w.as('ann').getRelationship('dan')).followedBy, true, 'followed by');
    });
  });
}
