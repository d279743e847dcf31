/** Following: one-way, no consent. */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, errorCode, ok, rejects } from '../assert.js';
import type { SuiteContext } from '../context.js';

/** Defines the tests of follow and unfollow. */
export function followTests({ api, world }: SuiteContext): void {
  api.describe('following', () => {
    api.it('follow is one-way and needs no consent', async () => {
      const w = await world();
      deepEqual(await w.as('ann').follow('bob'), { ...NO_RELATIONSHIP, following: true }, 'follower relationship');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP, followedBy: true }, 'followed relationship');
      equal((await w.as('ann').getCounts()).following, 1, 'following count');
      equal((await w.as('bob').getCounts()).followers, 1, 'followers count');
      deepEqual(
        (await w.as('ann').searchPeople({ filter: 'following' })).items.map((e) => e.person.id),
        ['bob'],
        'following list',
      );
      deepEqual(
        (await w.as('bob').searchPeople({ filter: 'followers' })).items.map((e) => e.person.id),
        ['ann'],
        'followers list',
      );
    });

    api.it('following someone already followed is idempotent or invalid-state, and changes nothing', async () => {
      const w = await world();
      await w.as('ann').follow('bob');
      const before = await w.snapshot();
      try {
        equal((await w.as('ann').follow('bob')).following, true, 'still following');
      } catch (error) {
        equal(errorCode(error), 'invalid-state', 'a repeated follow that rejects');
      }
      equal(await w.snapshot(), before, 'data after a repeated follow');
    });

    api.it('unfollow stops following; unfollow when not following is invalid-state', async () => {
      const w = await world();
      await w.as('ann').follow('bob');
      deepEqual(await w.as('ann').unfollow('bob'), { ...NO_RELATIONSHIP }, 'relationship after unfollow');
      equal((await w.as('bob').getCounts()).followers, 0, 'followers count');
      const before = await w.snapshot();
      await rejects(() => w.as('ann').unfollow('bob'), 'invalid-state', 'unfollow twice');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('following and connection are independent facts', async () => {
      const w = await world();
      await w.as('ann').follow('bob');
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      deepEqual(
        await w.as('ann').getRelationship('bob'),
        { ...NO_RELATIONSHIP, connected: true, following: true },
        'connected and following',
      );
      await w.as('ann').disconnect('bob');
      deepEqual(await w.as('ann').getRelationship('bob'), { ...NO_RELATIONSHIP, following: true }, 'still following after disconnect');
      ok((await w.as('bob').getRelationship('ann')).followedBy, 'still followed');
    });
  });
}
