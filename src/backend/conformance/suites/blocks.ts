/** Blocking: removes everything between two people, in one step, and forbids new ties while it stands. */
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, rejects } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Defines the tests of block and unblock, and what a standing block forbids. */
export function blockTests({ api, world }: SuiteContext): void {
  api.describe('blocking', () => {
    api.it('block removes connection, follows and pending requests in both directions', async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'connection', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'bob', toId: 'ann' },
        ],
        requests: [
          { fromId: 'ann', toId: 'cat' },
          { fromId: 'dan', toId: 'ann' },
        ],
      });
      deepEqual(await w.as('ann').block('bob'), { ...NO_RELATIONSHIP, blocking: true }, 'after blocking a connection');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP, blockedBy: true }, 'seen from the blocked person');
      deepEqual(await w.as('ann').block('cat'), { ...NO_RELATIONSHIP, blocking: true }, 'after blocking someone asked');
      deepEqual(await w.as('ann').block('dan'), { ...NO_RELATIONSHIP, blocking: true }, 'after blocking someone who asked');
      deepEqual(
        await w.as('ann').getCounts(),
        { connections: 0, following: 0, followers: 0, incoming: 0, outgoing: 0, blocked: 3, muted: 0 },
        "blocker's counts",
      );
      deepEqual(
        await w.as('bob').getCounts(),
        { connections: 0, following: 0, followers: 0, incoming: 0, outgoing: 0, blocked: 0, muted: 0 },
        "blocked person's counts",
      );
      equal((await w.as('cat').listRequests('incoming')).items.length, 0, "the blocked recipient's inbox");
      equal((await w.as('dan').listRequests('outgoing')).items.length, 0, "the blocked sender's outbox");
      deepEqual(
        (await w.as('ann').searchPeople({ filter: 'blocked' })).items.map((e) => e.person.id),
        ['bob', 'cat', 'dan'],
        'blocked list',
      );
    });

    api.it('while a block stands neither side can request or follow (blocked), data unchanged', async () => {
      const w = await world();
      await w.as('ann').block('bob');
      const before = await w.snapshot();
      await rejects(() => w.as('ann').requestConnection('bob'), 'blocked', 'blocker requesting');
      await rejects(() => w.as('ann').follow('bob'), 'blocked', 'blocker following');
      await rejects(() => w.as('bob').requestConnection('ann'), 'blocked', 'blocked person requesting');
      await rejects(() => w.as('bob').follow('ann'), 'blocked', 'blocked person following');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('blocking twice is invalid-state; unblocking someone not blocked is invalid-state', async () => {
      const w = await world();
      await w.as('ann').block('bob');
      const before = await w.snapshot();
      await rejects(() => w.as('ann').block('bob'), 'invalid-state', 'block twice');
      await rejects(() => w.as('ann').unblock('cat'), 'invalid-state', 'unblock a stranger');
      await rejects(() => w.as('bob').unblock('ann'), 'invalid-state', 'the blocked person unblocking');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('the blocked person may block back; each unblock lifts only its own block', async () => {
      const w = await world();
      await w.as('ann').block('bob');
      deepEqual(await w.as('bob').block('ann'), { ...NO_RELATIONSHIP, blocking: true, blockedBy: true }, 'mutual block');
      deepEqual(await w.as('ann').unblock('bob'), { ...NO_RELATIONSHIP, blockedBy: true }, 'after one unblock');
      await rejects(() => w.as('ann').follow('bob'), 'blocked', 'following while blocked by the other');
    });

    api.it('unblock restores nothing, and the two may connect again', async () => {
      const w = await world({ people: CAST.slice(), relations: [{ type: 'connection', fromId: 'ann', toId: 'bob' }] });
      await w.as('ann').block('bob');
      deepEqual(await w.as('ann').unblock('bob'), { ...NO_RELATIONSHIP }, 'after unblock');
      equal((await w.as('ann').follow('bob')).following, true, 'follow after unblock');
      equal((await w.as('bob').requestConnection('ann')).requestSent, true, 'request after unblock');
    });

    api.it("a blocked person's activities never reach the other's feed, in either direction", async () => {
      const w = await world({
        people: CAST.slice(),
        relations: [
          { type: 'follow', fromId: 'ann', toId: 'bob' },
          { type: 'follow', fromId: 'bob', toId: 'ann' },
          { type: 'follow', fromId: 'ann', toId: 'cat' },
          { type: 'follow', fromId: 'cat', toId: 'ann' },
        ],
      });
      await w.as('bob').postActivity({ kind: 'post', text: 'from bob' });
      await w.as('ann').postActivity({ kind: 'post', text: 'from ann' });
      await w.as('cat').postActivity({ kind: 'post', text: 'from cat' });
      equal((await w.as('ann').getFeed()).items.length, 2, "ann's feed before blocks");
      await w.as('ann').block('bob');
      await w.as('cat').block('ann');
      equal((await w.as('ann').getFeed()).items.length, 0, "the blocker's and the blocked person's feed");
      equal((await w.as('bob').getFeed()).items.length, 0, "the blocked person's feed");
      equal((await w.as('cat').getFeed()).items.length, 0, "the other blocker's feed");
      equal((await w.as('ann').getFeed({ actorId: 'bob' })).items.length, 0, "a blocked person's activities by actor");
      equal((await w.as('bob').getFeed({ actorId: 'ann' })).items.length, 0, "the blocker's activities by actor");
      equal((await w.as('ann').getFeed({ actorId: 'cat' })).items.length, 0, 'activities of someone who blocks the viewer');
      equal((await w.as('dan').getFeed({ actorId: 'bob' })).items.length, 1, "a bystander still sees bob's activity");
    });
  });
}
