/** The activity feed: fan-out to connections and followers, order, paging, and feed changes with relations. */
import type { ContactsBackend } from '../../backend.js';
import { PAGE_SIZES } from '../../page-sizes.js';
import { deepEqual, equal, ok } from '../assert.js';
import { allPages, CAST, newestFirstIds, type SuiteContext } from '../context.js';

async function texts(backend: ContactsBackend, options: { actorId?: string } = {}): Promise<string[]> {
  return (await backend.getFeed({ limit: PAGE_SIZES.feed.max, ...options })).items.map((e) => e.activity.text);
}

/** Defines the tests of postActivity and getFeed. */
export function feedTests({ api, world }: SuiteContext): void {
  api.describe('activity feed', () => {
    api.it("postActivity records the viewer's activity", async () => {
      const w = await world();
      const activity = await w.as('bob').postActivity({ kind: 'post', text: 'Hello', link: 'https://example.com/' });
      equal(activity.actorId, 'bob', 'actor');
      deepEqual([activity.kind, activity.text, activity.link], ['post', 'Hello', 'https://example.com/'], 'kind, text, link');
      ok(typeof activity.id === 'string' && activity.id.length > 0, 'an id');
      ok(Number.isFinite(activity.createdAt), 'a time');
      const own = await w.as('dan').getFeed({ actorId: 'bob' });
      deepEqual(
        own.items.map((e) => [e.activity.id, e.actor.id]),
        [[activity.id, 'bob']],
        "the actor's activities",
      );
    });

    api.it('reaches connections and followers, newest first, and nobody else', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'follow', fromId: 'ann', toId: 'bob' },
          { type: 'connection', fromId: 'cat', toId: 'bob' },
        ],
      });
      for (const text of ['one', 'two', 'three']) await w.as('bob').postActivity({ kind: 'post', text });
      deepEqual(await texts(w.as('ann')), ['three', 'two', 'one'], "a follower's feed");
      deepEqual(await texts(w.as('cat')), ['three', 'two', 'one'], "a connection's feed");
      deepEqual(await texts(w.as('dan')), [], "a stranger's feed");
      equal((await w.as('ann').getFeed()).items[0]!.actor.displayName, 'Bob Brown', 'each entry carries its actor');
    });

    api.it('pages exactly, newest first', async () => {
      const w = await world({ people: CAST.slice(), relations: [{ type: 'follow', fromId: 'ann', toId: 'bob' }] });
      const posted: { id: string; createdAt: number }[] = [];
      for (let i = 0; i < 25; i++) posted.push(await w.as('bob').postActivity({ kind: 'post', text: `post ${i}` }));
      for (const options of [{}, { actorId: 'bob' }]) {
        for (const limit of [1, 7, 25]) {
          const pages = await allPages((cursor) => w.as('ann').getFeed({ ...options, limit, cursor }));
          ok(
            pages.every((p) => p.length <= limit),
            `pages hold at most ${limit}`,
          );
          deepEqual(
            pages.flat().map((e) => e.activity.id),
            newestFirstIds(posted),
            `pages of ${limit} ${JSON.stringify(options)}`,
          );
        }
      }
    });

    api.it("a new follow brings the person's earlier activities; unfollow takes them away", async () => {
      const w = await world();
      await w.as('bob').postActivity({ kind: 'post', text: 'before' });
      await w.as('ann').follow('bob');
      deepEqual(await texts(w.as('ann')), ['before'], 'after follow');
      await w.as('ann').unfollow('bob');
      deepEqual(await texts(w.as('ann')), [], 'after unfollow');
    });

    api.it('a connection keeps the feed when one unfollows, and disconnect keeps it for a follower', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'bob' },
        ],
      });
      await w.as('bob').postActivity({ kind: 'post', text: 'hi' });
      await w.as('ann').postActivity({ kind: 'post', text: 'hello' });
      await w.as('ann').unfollow('bob');
      deepEqual(await texts(w.as('ann')), ['hi'], 'still connected');
      await w.as('ann').follow('bob');
      await w.as('ann').disconnect('bob');
      deepEqual(await texts(w.as('ann')), ['hi'], 'still following after disconnect');
      deepEqual(await texts(w.as('bob')), [], 'the other side, who does not follow, loses the feed');
    });

    api.it('connecting brings each side the other’s earlier activities', async () => {
      const w = await world();
      await w.as('bob').postActivity({ kind: 'post', text: 'bob earlier' });
      await w.as('ann').postActivity({ kind: 'post', text: 'ann earlier' });
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      ok((await texts(w.as('ann'))).includes('bob earlier'), "ann sees bob's earlier post");
      ok((await texts(w.as('bob'))).includes('ann earlier'), "bob sees ann's earlier post");
    });
  });
}
