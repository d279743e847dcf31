import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import { groupFeed } from '../../../src/components/activity-feed/feed-groups.js';
import { linkified } from '../../../src/components/activity-feed/linkify.js';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import type { FeedEntry } from '../../../src/backend/backend.js';
import type { Activity } from '../../../src/model/activity.js';
import { toPerson } from '../../../src/model/person.js';
import { middayTimeZone, person } from '../../helpers/world.js';
import { waitUntil } from './wait.js';
import { articles, part, settled, summaries } from './dom.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function activity(id: string, actorId: string, minutesAgo: number, extra: Partial<Activity> = {}): Activity {
  return { id, actorId, kind: 'post', text: `${actorId} ${id}`, createdAt: Date.now() - minutesAgo * MINUTE, ...extra };
}

const PEOPLE = [
  person('me', 'Mia Viewer'),
  person('jane', 'Jane Doe'),
  person('ann', 'Ann Lee'),
  person('bob', 'Bob Bee'),
  person('cat', 'Cat Cee'),
  person('mute', 'Muted Person'),
  person('rich', 'Richard Roe'),
];

function feedWorld(activities: Activity[]): MemoryWorld {
  return new MemoryWorld({
    people: PEOPLE,
    relations: ['jane', 'ann', 'bob', 'cat', 'mute', 'rich'].map((toId) => ({ type: 'follow' as const, fromId: 'me', toId })),
    activities,
  });
}

const connected = (id: string, actorId: string, minutesAgo: number) =>
  activity(id, actorId, minutesAgo, { kind: 'connected', targetId: 'rich', text: '' });

describe('<activity-feed> grouping and day headings', () => {
  it('collapses a run of posts and a run of connections with one person, and expands them in place', async () => {
    const world = feedWorld([
      activity('p1', 'jane', 1),
      activity('p2', 'jane', 3),
      activity('p3', 'jane', 5),
      activity('p4', 'jane', 7),
      connected('c1', 'ann', 30),
      connected('c2', 'bob', 31),
      connected('c3', 'cat', 32),
      connected('c4', 'jane', 33),
    ]);
    const el = await fixture<ActivityFeed>(
      html`<activity-feed no-composer time-zone=${middayTimeZone()} .backend=${world.backendFor('me')}></activity-feed>`,
    );
    await settled(el);
    await waitUntil(() => summaries(el)[1]?.includes('Richard Roe'), 'the target was not named');
    expect(summaries(el)).to.deep.equal(['posted 4 times', 'Ann Lee and 3 other people are now connected with Richard Roe']);
    const toggle = articles(el)[0]!.querySelector<HTMLButtonElement>('[part="group-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(summaries(el).slice(0, 5)).to.deep.equal(['posted 4 times', 'jane p1', 'jane p2', 'jane p3', 'jane p4']);
    expect(articles(el)[0]!.querySelector('[part="group-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(articles(el).map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    await expect(el).to.be.accessible();
    articles(el)[0]!.querySelector<HTMLButtonElement>('[part="group-toggle"]')!.click();
    await el.updateComplete;
    expect(articles(el)).to.have.length(2);
  });

  it('never names or counts a hidden (muted) person in a group, nor announces a connection with them', async () => {
    const world = feedWorld([
      connected('c1', 'ann', 30),
      connected('c2', 'mute', 31),
      connected('c3', 'bob', 32),
      activity('m1', 'ann', 40, { kind: 'connected', targetId: 'mute', text: '' }),
      activity('m2', 'mute', 50),
    ]);
    const el = await fixture<ActivityFeed>(
      html`<activity-feed
        no-composer
        time-zone=${middayTimeZone()}
        .hidePerson=${(id: string) => id === 'mute'}
        .backend=${world.backendFor('me')}
      ></activity-feed>`,
    );
    await settled(el);
    await waitUntil(() => summaries(el)[0]?.includes('Richard Roe'), 'the target was not named');
    expect(summaries(el)).to.deep.equal(['Ann Lee and 1 other people are now connected with Richard Roe']);
    articles(el)[0]!.querySelector<HTMLButtonElement>('[part="group-toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('Muted');
    expect(articles(el)).to.have.length(3);
  });

  it('puts Today, Yesterday and weekday headings on the first activity of each day', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const at = (daysAgo: number, id: string, actorId: string): Activity => ({
      id,
      actorId,
      kind: 'post',
      text: id,
      createdAt: noon.getTime() - daysAgo * DAY,
    });
    const world = feedWorld(
      [at(0, 't1', 'jane'), at(0, 't2', 'ann'), at(1, 'y1', 'bob'), at(3, 'w1', 'cat')].filter((a) => a.createdAt <= Date.now()),
    );
    const el = await fixture<ActivityFeed>(html`<activity-feed no-composer .backend=${world.backendFor('me')}></activity-feed>`);
    await settled(el);
    const headings = articles(el).map((a) => a.querySelector('[part="day-heading"]')?.textContent ?? '');
    const weekday = new Date(noon.getTime() - 3 * DAY).toLocaleDateString('en', { weekday: 'long' });
    const expected = Date.now() >= noon.getTime() ? ['Today', '', 'Yesterday', weekday] : ['Yesterday', weekday];
    expect(headings).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });
});

describe('feed groups and links (pure)', () => {
  const entry = (a: Activity): FeedEntry => ({ activity: a, actor: toPerson(PEOPLE.find((p) => p.id === a.actorId)!) });

  it('collapses three posts in a row but not two, and never across a gap or a day', () => {
    const two = groupFeed([activity('a', 'jane', 1), activity('b', 'jane', 2)].map(entry));
    expect(two.map((g) => g.kind)).to.deep.equal(['single', 'single']);
    const gap = groupFeed([activity('a', 'jane', 1), activity('b', 'jane', 2), activity('c', 'jane', 30)].map(entry));
    expect(gap.map((g) => g.kind)).to.deep.equal(['single', 'single', 'single']);
    const run = [activity('a', 'jane', 1), activity('b', 'jane', 2), activity('c', 'jane', 3)].map(entry);
    expect(groupFeed(run).map((g) => g.kind)).to.deep.equal(['posts']);
    // Midnight between the second and the third: no run of three on either side.
    const third = run[2]!.activity.createdAt;
    const sameDay = (x: number, y: number) => (x === third) === (y === third);
    expect(groupFeed(run, { sameDay }).map((g) => g.kind)).to.deep.equal(['single', 'single', 'single']);
  });

  it('recognises only http(s) links in text, leaving everything else as text', () => {
    const parts = linkified('See https://example.com/a?b=1, or javascript:alert(1) and <b>x</b> http://ok.test.');
    const links = parts.filter((p) => typeof p !== 'string');
    expect(links).to.have.length(2);
    expect(parts.filter((p) => typeof p === 'string').join('|')).to.equal('See |, or javascript:alert(1) and <b>x</b> |.');
  });
});

describe('<activity-feed> new items while reading', () => {
  it('keeps what the reader sees in place and offers the arrivals behind an "N new" button', async () => {
    const world = feedWorld(Array.from({ length: 30 }, (_, i) => activity(`p${i}`, i % 2 ? 'ann' : 'bob', 20 + i * 15)));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="height: 300px; overflow: auto">
        <activity-feed no-composer page-size="30" .backend=${world.backendFor('me')}></activity-feed>
      </div>`,
    );
    const el = wrapper.querySelector('activity-feed')!;
    await settled(el);
    wrapper.scrollTop = 800;
    await waitUntil(() => part(el, 'new-items') === null && wrapper.scrollTop > 0, 'did not scroll');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reading = articles(el)[6]!;
    const before = reading.getBoundingClientRect().top;
    for (const id of ['n1', 'n2', 'n3']) await world.backendFor('jane').postActivity({ kind: 'post', text: id });
    await waitUntil(() => part(el, 'new-items')?.textContent?.trim() === '3 new activities', 'no "3 new" button', { timeout: 5_000 });
    expect(reading.getBoundingClientRect().top).to.be.closeTo(before, 1);
    expect(summaries(el)).not.to.include('n1');
    part(el, 'new-items')!.click();
    await waitUntil(() => summaries(el)[0] === 'posted 3 times' || summaries(el)[0] === 'n3', 'the new items did not come in');
    expect(part(el, 'new-items')).to.equal(null);
  });
});
