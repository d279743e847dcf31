/**
 * Muting: the viewer hides a person's activities from their feed without telling them, optionally for a time;
 * a mute ends no connection or follow, a block drops it, and the person never learns of it.
 */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { MUTE_DURATION_MS } from '../../vocabulary.js';
import { FEED_TABS } from '../../vocabulary.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { allPages, CAST, newestFirstIds, type SuiteContext } from '../context.js';

const CONNECTED = {
  people: CAST.slice(),
  relations: [
    { type: 'connection' as const, fromId: 'ann', toId: 'bob' },
    { type: 'follow' as const, fromId: 'ann', toId: 'bob' },
    { type: 'follow' as const, fromId: 'ann', toId: 'cat' },
  ],
};

/** Defines the tests of mute and unmute that need no clock. */
export function muteTests({ api, world }: SuiteContext): void {
  api.describe('muting', () => {
    api.it('hides the person from every tab of the feed, keeps the connection and follow, and unmute brings them back', async () => {
      const w = await world(CONNECTED);
      await w.as('bob').postActivity({ kind: 'post', text: 'From Bob' });
      await w.as('cat').postActivity({ kind: 'post', text: 'From Cat' });
      const muted = await w.as('ann').mute('bob');
      deepEqual(
        muted,
        { ...NO_RELATIONSHIP, connected: true, following: true, muted: true, mutedUntil: null },
        'relationship after muting',
      );
      deepEqual(await w.as('ann').getRelationship('bob'), muted, 'getRelationship says the same');
      for (const tab of [undefined, ...FEED_TABS]) {
        const actors = (await w.as('ann').getFeed({ tab })).items.map((e) => e.actor.id);
        ok(!actors.includes('bob'), `tab ${String(tab)} shows no activity of the muted person (${actors.join(', ')})`);
      }
      deepEqual(
        (await w.as('ann').getFeed()).items.map((e) => e.activity.text),
        ['From Cat'],
        'the rest of the feed stays',
      );
      equal((await w.as('ann').getFeed({ actorId: 'bob' })).items.length, 1, 'their own page still lists their activity');
      equal((await w.as('ann').getCounts()).connections, 1, 'still connected');
      deepEqual(await w.as('ann').unmute('bob'), { ...NO_RELATIONSHIP, connected: true, following: true }, 'after unmuting');
      deepEqual(
        (await w.as('ann').getFeed()).items.map((e) => e.activity.text),
        ['From Cat', 'From Bob'],
        'their activities are back, in order',
      );
    });

    api.it('pages the feed past runs of a muted person’s activities, each page full and in order', async () => {
      // Bob, muted, posts four times between each of Cat's posts: a page reads on past his runs to fill itself.
      const activities = Array.from({ length: 40 }, (_, i) => ({
        id: `a${String(i).padStart(2, '0')}`,
        actorId: i % 5 === 4 ? 'cat' : 'bob',
        kind: 'post' as const,
        text: `Post ${i}`,
        createdAt: 1_700_000_000_000 + i * 1000,
      }));
      const w = await world({ ...CONNECTED, activities });
      await w.as('ann').mute('bob');
      const expected = newestFirstIds(activities.filter((a) => a.actorId === 'cat'));
      for (const limit of [1, 3, 8]) {
        const pages = await allPages((cursor) => w.as('ann').getFeed({ cursor, limit }));
        deepEqual(
          pages.flat().map((e) => e.activity.id),
          expected,
          `Cat's posts alone, newest first, in pages of ${limit}`,
        );
        deepEqual(
          pages.map((page) => page.length),
          expected
            .map((_, i) => i)
            .filter((i) => i % limit === 0)
            .map((i) => Math.min(limit, expected.length - i)),
          `every page of ${limit} full but the last, none empty`,
        );
      }
    });

    api.it('hides a connection announced with the muted person, even in someone else’s activity', async () => {
      const w = await world(CONNECTED);
      await w.as('cat').requestConnection('dan');
      await w.as('dan').acceptRequest('cat');
      ok(
        (await w.as('ann').getFeed()).items.some((e) => e.activity.targetId === 'dan'),
        'the connection shows before',
      );
      await w.as('ann').mute('dan');
      const feed = (await w.as('ann').getFeed()).items;
      ok(!feed.some((e) => e.activity.targetId === 'dan' || e.actor.id === 'dan'), 'no activity names the muted person');
    });

    api.it('the muted person is never told: their view is unchanged and the change names only the viewer', async () => {
      const w = await world(CONNECTED);
      const before = await w.snapshot(['bob']);
      const heard: string[][] = [];
      const bob = w.world.backendFor('bob', { fresh: true });
      const stop = bob.subscribe((change) => heard.push(change.personIds));
      await w.as('ann').mute('bob', { duration: 'day' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      stop();
      equal(await w.snapshot(['bob']), before, 'everything the muted person can read is as it was');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP, connected: true, followedBy: true }, 'their side');
      ok(
        heard.every((ids) => !ids.includes('bob')),
        `no change heard by them names them (${JSON.stringify(heard)})`,
      );
    });

    api.it('lists muted people under the muted filter, counted, and muting again replaces the duration', async () => {
      const w = await world(CONNECTED);
      const ann = w.as('ann');
      const timed = await ann.mute('cat', { duration: 'hour' });
      ok(timed.muted && typeof timed.mutedUntil === 'number', 'a timed mute says when it ends');
      const later = await ann.mute('cat', { duration: 'week' });
      ok(later.mutedUntil! - timed.mutedUntil! >= MUTE_DURATION_MS.week - MUTE_DURATION_MS.hour, 'muting again replaces the end');
      await ann.mute('dan');
      const listed = await ann.searchPeople({ filter: 'muted' });
      deepEqual(
        listed.items.map((e) => [e.person.id, e.relationship.muted]),
        [
          ['cat', true],
          ['dan', true],
        ],
        'the muted filter',
      );
      equal((await ann.getCounts()).muted, 2, 'the muted count equals the list');
      equal((await ann.searchPeople({ filter: 'muted', query: 'dan' })).items.length, 1, 'searchable within the filter');
    });

    api.it('a block drops the mute; muting a blocked person, oneself or no one is refused and changes nothing', async () => {
      const w = await world(CONNECTED);
      const ann = w.as('ann');
      await ann.mute('bob');
      const blocked = await ann.block('bob');
      equal(blocked.muted, false, 'blocking ends the mute');
      equal((await ann.getCounts()).muted, 0, 'no longer counted as muted');
      deepEqual((await ann.unblock('bob')).muted, false, 'unblocking brings no mute back');
      await ann.mute('eve');
      await w.as('eve').block('ann');
      equal((await ann.getRelationship('eve')).muted, false, 'being blocked ends the mute of the blocker too');
      equal((await ann.getCounts()).muted, 0, 'and it is no longer counted');
      await ann.block('bob');
      const before = await w.snapshot();
      await rejects(() => ann.mute('bob'), 'blocked', 'muting someone the viewer blocks');
      await rejects(() => ann.mute('eve'), 'blocked', 'muting someone who blocks the viewer');
      await rejects(() => ann.mute('ann'), 'self', 'muting oneself');
      await rejects(() => ann.mute('ghost'), 'not-found', 'muting no one');
      await rejects(() => ann.unmute('cat'), 'invalid-state', 'unmuting someone not muted');
      await rejects(() => ann.mute('cat', { duration: 'forever' as never }), 'invalid-input', 'an unknown duration');
      equal(await w.snapshot(), before, 'data unchanged');
    });
  });
}

/** Defines the tests of what expires, on a world whose clock the test sets. */
export function timedMuteTests({ api, world }: SuiteContext): void {
  api.describe('muting for a time (a fixed clock)', () => {
    api.it('a timed mute ends by itself when its time is up, judged at read time', async () => {
      const w = await world(CONNECTED);
      const start = Date.UTC(2030, 0, 1);
      await w.world.setTime!(start);
      await w.as('bob').postActivity({ kind: 'post', text: 'From Bob' });
      const muted = await w.as('ann').mute('bob', { duration: 'day' });
      ok(muted.mutedUntil! >= start + MUTE_DURATION_MS.day && muted.mutedUntil! < start + MUTE_DURATION_MS.day + 1000, 'ends a day later');
      await w.world.setTime!(start + MUTE_DURATION_MS.day - 1000);
      equal((await w.as('ann').getRelationship('bob')).muted, true, 'still muted just before');
      equal((await w.as('ann').getFeed()).items.length, 0, 'still hidden just before');
      await w.world.setTime!(start + MUTE_DURATION_MS.day + 1000);
      deepEqual(await w.as('ann').getRelationship('bob'), { ...NO_RELATIONSHIP, connected: true, following: true }, 'after it ends');
      equal((await w.as('ann').getFeed()).items.length, 1, 'the feed shows them again');
      equal((await w.as('ann').getCounts()).muted, 0, 'no longer counted');
      deepEqual((await w.as('ann').searchPeople({ filter: 'muted' })).items, [], 'no longer listed');
      await rejects(() => w.as('ann').unmute('bob'), 'invalid-state', 'an expired mute cannot be unmuted');
      equal((await w.as('ann').mute('bob')).mutedUntil, null, 'muting again, until unmuted');
      await w.world.setTime!(start + 100 * MUTE_DURATION_MS.week);
      equal((await w.as('ann').getRelationship('bob')).muted, true, 'until unmuted never ends');
    });
  });
}
