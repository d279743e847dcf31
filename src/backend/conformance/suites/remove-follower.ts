/** Removing a follower: the viewer ends someone else's follow of them (a soft block: they may follow again). */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Defines the tests of removeFollower. */
export function removeFollowerTests({ api, world }: SuiteContext): void {
  api.describe('removing a follower', () => {
    api.it('ends their follow, drops the viewer from their feed, and they may follow again', async () => {
      const w = await world();
      await w.as('bob').follow('ann');
      await w.as('ann').postActivity({ kind: 'post', text: 'Hello' });
      equal((await w.as('bob').getFeed()).items.length, 1, 'the follower sees the post');
      deepEqual(await w.as('ann').removeFollower('bob'), { ...NO_RELATIONSHIP }, 'relationship after removing');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP }, 'no longer following, from their side');
      equal((await w.as('ann').getCounts()).followers, 0, 'followers count');
      deepEqual((await w.as('ann').searchPeople({ filter: 'followers' })).items, [], 'followers list');
      equal((await w.as('bob').getFeed()).items.length, 0, 'the post left their feed');
      ok((await w.as('bob').follow('ann')).following, 'they may follow again');
    });

    api.it('keeps a connection, and the feed it brings, and the viewer’s own follow', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'bob', toId: 'ann' },
          { type: 'follow', fromId: 'ann', toId: 'bob' },
        ],
      });
      await w.as('ann').postActivity({ kind: 'post', text: 'Hello' });
      deepEqual(await w.as('ann').removeFollower('bob'), { ...NO_RELATIONSHIP, connected: true, following: true }, 'after removing');
      equal((await w.as('bob').getFeed()).items.length, 1, 'still in their feed through the connection');
    });

    api.it('refuses someone who does not follow the viewer, oneself and unknown people, changing nothing', async () => {
      const w = await world({ people: CAST.slice(), relations: [{ type: 'follow', fromId: 'ann', toId: 'bob' }] });
      const before = await w.snapshot();
      await rejects(() => w.as('ann').removeFollower('bob'), 'invalid-state', 'not a follower (only followed)');
      await rejects(() => w.as('ann').removeFollower('ann'), 'self', 'oneself');
      await rejects(() => w.as('ann').removeFollower('ghost'), 'not-found', 'an unknown person');
      equal(await w.snapshot(), before, 'data unchanged');
    });
  });
}
