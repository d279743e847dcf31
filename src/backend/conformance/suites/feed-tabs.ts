/** The feed's tabs: which activities each shows, how they follow relationship changes, paging within a tab. */
import type { ContactsBackend, FeedTab } from '../../backend.js';
import { PAGE_SIZES } from '../../page-sizes.js';
import { FEED_TABS } from '../../vocabulary.js';
import { deepEqual, rejects } from '../assert.js';
import { allPages, CAST, newestFirstIds, type SuiteContext } from '../context.js';

async function authors(backend: ContactsBackend, tab?: FeedTab): Promise<string[]> {
  const page = await backend.getFeed({ limit: PAGE_SIZES.feed.max, ...(tab ? { tab } : {}) });
  return page.items.map((e) => e.activity.actorId);
}

/** What each tab shows, in one call per tab. */
async function tabs(backend: ContactsBackend): Promise<Record<FeedTab, string[]>> {
  const entries = await Promise.all(FEED_TABS.map(async (tab) => [tab, await authors(backend, tab)] as const));
  return Object.fromEntries(entries) as Record<FeedTab, string[]>;
}

/** Defines the tests of getFeed's `tab`. */
export function feedTabTests({ api, world }: SuiteContext): void {
  api.describe('feed tabs', () => {
    api.it('all, connections, following and me each show their people, newest first', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'cat' },
          { type: 'connection', fromId: 'ann', toId: 'dan' },
          { type: 'follow', fromId: 'ann', toId: 'dan' },
        ],
        // A second apart: posts made in one millisecond are ordered by id, not by when they were made.
        activities: ['eve', 'dan', 'cat', 'bob', 'ann'].map((id, i) => ({
          id: `hi-${id}`,
          actorId: id,
          kind: 'post' as const,
          text: `${id} says hi`,
          createdAt: Date.now() - (5 - i) * 1000,
        })),
      });
      deepEqual(
        await tabs(w.as('ann')),
        { all: ['ann', 'bob', 'cat', 'dan'], connections: ['bob', 'dan'], following: ['cat', 'dan'], me: ['ann'] },
        'the tabs',
      );
      deepEqual(await authors(w.as('ann')), ['bob', 'cat', 'dan'], 'without a tab: the network, not the viewer');
    });

    api.it('tabs follow follow, connect, unfollow, disconnect and block', async () => {
      const w = await world();
      await w.as('bob').postActivity({ kind: 'post', text: 'earlier' });
      await w.as('ann').follow('bob');
      deepEqual((await tabs(w.as('ann'))).following, ['bob'], 'after follow');
      deepEqual((await tabs(w.as('ann'))).connections, [], 'no connection yet');
      await w.as('ann').requestConnection('bob');
      await w.as('bob').acceptRequest('ann');
      const connected = await tabs(w.as('ann'));
      deepEqual(connected.connections.includes('bob') && connected.following.includes('bob'), true, 'connected and following');
      deepEqual((await tabs(w.as('bob'))).connections, ['ann'], 'the other side sees the connection’s activity');
      await w.as('ann').unfollow('bob');
      const unfollowed = await tabs(w.as('ann'));
      deepEqual([unfollowed.following, unfollowed.connections.includes('bob')], [[], true], 'after unfollow');
      await w.as('ann').follow('bob');
      await w.as('ann').disconnect('bob');
      const disconnected = await tabs(w.as('ann'));
      deepEqual([disconnected.connections, disconnected.following.includes('bob')], [[], true], 'after disconnect');
      await w.as('ann').block('bob');
      const blocked = await tabs(w.as('ann'));
      deepEqual(
        FEED_TABS.filter((tab) => blocked[tab].includes('bob')),
        [],
        'after block, no tab shows them',
      );
    });

    api.it('pages exactly within every tab', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'cat' },
        ],
      });
      const posted: { id: string; actorId: string; createdAt: number }[] = [];
      for (let i = 0; i < 12; i++) {
        for (const actor of ['ann', 'bob', 'cat']) posted.push(await w.as(actor).postActivity({ kind: 'post', text: `${actor} ${i}` }));
      }
      const expected: Record<FeedTab, string[]> = {
        all: ['ann', 'bob', 'cat'],
        connections: ['bob'],
        following: ['cat'],
        me: ['ann'],
      };
      for (const tab of FEED_TABS) {
        const ids = newestFirstIds(posted.filter((a) => expected[tab].includes(a.actorId)));
        for (const limit of [1, 5, 36]) {
          const pages = await allPages((cursor) => w.as('ann').getFeed({ tab, limit, cursor }));
          deepEqual(
            pages.flat().map((e) => e.activity.id),
            ids,
            `${tab} in pages of ${limit}`,
          );
        }
      }
    });

    api.it('never announces a connection with someone in a block with the viewer', async () => {
      const now = Date.now();
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'follow', fromId: 'ann', toId: 'cat' },
          { type: 'block', fromId: 'ann', toId: 'bob' },
          { type: 'block', fromId: 'dan', toId: 'ann' },
        ],
        activities: [
          { id: 'x1', actorId: 'cat', kind: 'connected', targetId: 'bob', text: '', createdAt: now - 3000 },
          { id: 'x2', actorId: 'cat', kind: 'connected', targetId: 'dan', text: '', createdAt: now - 2000 },
          { id: 'x3', actorId: 'cat', kind: 'connected', targetId: 'eve', text: '', createdAt: now - 1000 },
        ],
      });
      for (const options of [{}, { tab: 'all' as const }, { tab: 'following' as const }, { actorId: 'cat' }]) {
        const page = await w.as('ann').getFeed(options);
        deepEqual(
          page.items.map((e) => e.activity.id),
          ['x3'],
          `connections shown in ${JSON.stringify(options)}`,
        );
      }
    });

    api.it('the viewer’s own activities never name someone in a block with them; Me leaves out the muted too', async () => {
      const now = Date.now();
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'block', fromId: 'ann', toId: 'bob' },
          { type: 'block', fromId: 'dan', toId: 'ann' },
        ],
        activities: [
          { id: 'm1', actorId: 'ann', kind: 'connected', targetId: 'bob', text: '', createdAt: now - 5000 },
          { id: 'm2', actorId: 'ann', kind: 'connected', targetId: 'cat', text: '', createdAt: now - 4000 },
          { id: 'm3', actorId: 'ann', kind: 'connected', targetId: 'dan', text: '', createdAt: now - 3000 },
          { id: 'm4', actorId: 'ann', kind: 'connected', targetId: 'eve', text: '', createdAt: now - 2000 },
          { id: 'm5', actorId: 'ann', kind: 'post', text: 'Hello', createdAt: now - 1000 },
        ],
      });
      await w.as('ann').mute('eve');
      for (const limit of [1, 2, 20]) {
        const me = await allPages((cursor) => w.as('ann').getFeed({ tab: 'me', limit, cursor }));
        deepEqual(
          me.flat().map((e) => e.activity.id),
          ['m5', 'm2'],
          `tab me in pages of ${limit}`,
        );
        const own = await allPages((cursor) => w.as('ann').getFeed({ actorId: 'ann', limit, cursor }));
        deepEqual(
          own.flat().map((e) => e.activity.id),
          ['m5', 'm4', 'm2'],
          `the viewer's own page in pages of ${limit}: a muted person is named there`,
        );
      }
    });

    api.it('rejects a tab that is not one', async () => {
      const w = await world();
      for (const bad of ['everyone', 7, {}]) {
        await rejects(() => w.as('ann').getFeed({ tab: bad as FeedTab }), 'invalid-input', `tab ${JSON.stringify(bad)}`);
      }
    });
  });
}
