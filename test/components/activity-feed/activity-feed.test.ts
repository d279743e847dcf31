import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { Activity } from '../../../src/model/activity.js';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import { createWorld, person } from '../../helpers/world.js';
import { articles, labels, part, settled, showMore, summaries } from './dom.js';

const MINUTE = 60_000;
type World = Awaited<ReturnType<typeof createWorld>>;

/** A post by `actorId`, `minutesAgo` minutes old. */
function post(id: string, actorId: string, minutesAgo: number, extra: Partial<Activity> = {}): Activity {
  return { id, actorId, kind: 'post', text: `${actorId}: ${id}`, createdAt: Date.now() - minutesAgo * MINUTE, ...extra };
}

const PEOPLE = [
  person('me', 'Mia Viewer'),
  person('joe', 'Joe Bloggs'),
  person('ann', 'Ann Lee'),
  person('bob', 'Bob Blocked'),
  person('cat', 'Cat Blocker'),
  person('dan', 'Dan Stranger'),
  person('eve', 'Eve Newcomer'),
];

describe('<activity-feed> on IndexedDB', () => {
  let world: World;
  const worlds: World[] = [];

  async function newWorld(data: Parameters<typeof createWorld>[0]): Promise<World> {
    const created = await createWorld(data);
    worlds.push(created);
    return created;
  }

  beforeEach(async () => {
    world = await newWorld({
      people: PEOPLE,
      relations: [
        { type: 'connection', fromId: 'me', toId: 'joe' },
        { type: 'follow', fromId: 'me', toId: 'ann' },
        { type: 'block', fromId: 'me', toId: 'bob' },
        { type: 'block', fromId: 'cat', toId: 'me' },
      ],
      activities: [
        post('j1', 'joe', 30),
        post('a1', 'ann', 20),
        post('b1', 'bob', 10),
        post('c1', 'cat', 5),
        post('d1', 'dan', 3),
        post('j2', 'joe', 1),
      ],
    });
  });

  afterEach(async () => {
    while (worlds.length) await worlds.pop()!.cleanup();
  });

  async function feedFor(viewerId: string, attrs: { personId?: string; pageSize?: number } = {}): Promise<ActivityFeed> {
    const el = await fixture<ActivityFeed>(
      html`<activity-feed
        .backend=${world.backendFor(viewerId)}
        .personId=${attrs.personId}
        .pageSize=${attrs.pageSize ?? 20}
      ></activity-feed>`,
    );
    await settled(el);
    return el;
  }

  it('shows the network newest first, never a blocked person, nor strangers', async () => {
    const el = await feedFor('me');
    expect(summaries(el)).to.deep.equal(['joe: j2', 'ann: a1', 'joe: j1']);
    expect(labels(el)).to.deep.equal(['Joe Bloggs', 'Ann Lee', 'Joe Bloggs']);
    expect(articles(el).every((a) => a.getAttribute('aria-setsize') === '3')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('restricts to one person with person-id', async () => {
    const el = await feedFor('me', { personId: 'joe' });
    expect(summaries(el)).to.deep.equal(['joe: j2', 'joe: j1']);
    el.personId = 'ann';
    await waitUntil(() => summaries(el).join() === 'ann: a1', 'switching person-id did not reload');
  });

  it('shows no activity of a blocked person even by person-id', async () => {
    const blocked = await feedFor('me', { personId: 'bob' });
    expect(articles(blocked)).to.have.length(0);
    expect(part(blocked, 'empty')!.textContent!.trim()).to.equal('No recent activity.');
    const blocker = await feedFor('me', { personId: 'cat' });
    expect(articles(blocker)).to.have.length(0);
    await expect(blocker).to.be.accessible();
  });

  it('explains an empty feed', async () => {
    // Eve has no network and no activity of her own (the All tab shows the viewer's own too).
    const el = await feedFor('eve');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Connect with or follow people to see their activity here.');
    expect(el.shadowRoot!.querySelector('[role="feed"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('pages with "Show more" without duplicates, then reports the set size', async () => {
    world = await newWorld({
      people: PEOPLE,
      relations: [{ type: 'follow', fromId: 'me', toId: 'joe' }],
      activities: Array.from({ length: 45 }, (_, i) => post(`p${String(i).padStart(2, '0')}`, 'joe', i * 11)),
    });
    const el = await feedFor('me');
    expect(articles(el)).to.have.length(20);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
    await showMore(el);
    expect(articles(el)).to.have.length(40);
    await showMore(el);
    const texts = summaries(el);
    expect(texts).to.have.length(45);
    expect(new Set(texts).size).to.equal(45);
    expect(texts).to.deep.equal(Array.from({ length: 45 }, (_, i) => `joe: p${String(i).padStart(2, '0')}`));
    expect(part(el, 'more')).to.equal(null);
    expect(articles(el)[44]!.getAttribute('aria-setsize')).to.equal('45');
    expect(articles(el)[44]!.getAttribute('aria-posinset')).to.equal('45');
  });

  it('updates live when another adapter posts, keeping the pages already shown', async () => {
    world = await newWorld({
      people: PEOPLE,
      relations: [{ type: 'connection', fromId: 'me', toId: 'joe' }],
      activities: Array.from({ length: 30 }, (_, i) => post(`p${i}`, 'joe', 20 + i * 11)),
    });
    const el = await feedFor('me');
    await showMore(el);
    expect(articles(el)).to.have.length(30);
    const joe = world.backendFor('joe');
    await joe.postActivity({ kind: 'post', text: 'Fresh news', link: 'https://example.com/fresh' });
    await waitUntil(() => summaries(el)[0] === 'Fresh news', 'the new post did not appear', { timeout: 5_000 });
    expect(articles(el)).to.have.length(31);
    expect(articles(el)[0]!.querySelector('time')!.textContent!.trim()).to.equal('now');
    expect(articles(el)[0]!.querySelector('a')!.href).to.equal('https://example.com/fresh');
  });

  it('follows, unfollows and blocks change the feed without a reload', async () => {
    const el = await feedFor('me');
    const me = world.backendFor('me');
    await me.follow('dan');
    await waitUntil(() => summaries(el).includes('dan: d1'), 'follow did not add');
    await me.unfollow('ann');
    await waitUntil(() => !summaries(el).includes('ann: a1'), 'unfollow did not remove');
    await me.block('joe');
    await waitUntil(() => summaries(el).join() === 'dan: d1', 'block did not remove');
  });

  it('changes when the relationship changes in another adapter', async () => {
    const el = await feedFor('me');
    // Joe blocks the viewer from his own session: his activity leaves the viewer's feed.
    await world.backendFor('joe').block('me');
    await waitUntil(() => !labels(el).includes('Joe Bloggs'), 'a block from elsewhere did not apply', { timeout: 5_000 });
    expect(summaries(el)).to.deep.equal(['ann: a1']);
  });
});
