import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import type { Activity } from '../../../src/model/activity.js';
import { ContactsError } from '../../../src/model/errors.js';
import { deferred, memoryBackend, wrapBackend } from '../../helpers/backend.js';
import { middayTimeZone, person } from '../../helpers/world.js';
import { articles, feed, labels, part, settled, summaries } from './dom.js';

const MINUTE = 60_000;

function entry(id: string, actorId: 'joe' | 'jane', createdAt: number, extra: Partial<Activity> = {}): Activity {
  return { id, actorId, kind: 'post', text: `post ${id}`, createdAt, ...extra };
}

/** An in-memory adapter for "me", who follows Joe Bloggs and Jane Doe, the actors of `activities`. */
function feedBackend(activities: Activity[]) {
  return memoryBackend({
    people: [person('me', 'Mary Major'), person('joe', 'Joe Bloggs'), person('jane', 'Jane Doe')],
    relations: [
      { type: 'follow', fromId: 'me', toId: 'joe' },
      { type: 'follow', fromId: 'me', toId: 'jane' },
    ],
    activities,
  });
}

describe('<activity-feed> states (in-memory backend)', () => {
  it('shows a loading state with aria-busy, then the items', async () => {
    const gate = deferred();
    const real = feedBackend([entry('a1', 'joe', Date.now())]);
    const backend = wrapBackend(real, { getFeed: (options) => gate.promise.then(() => real.getFeed(options)) });
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    expect(feed(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'status')!.textContent).to.contain('Loading activity');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    gate.resolve();
    await settled(el);
    expect(feed(el)!.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(summaries(el)).to.deep.equal(['post a1']);
  });

  it('shows the error in words, emits cc-error, and "Try again" recovers', async () => {
    let fail = true;
    const real = feedBackend([entry('a1', 'joe', Date.now())]);
    const backend = wrapBackend(real, {
      getFeed: (options) => (fail ? Promise.reject(new ContactsError('storage', 'disk gone')) : real.getFeed(options)),
    });
    const el = document.createElement('activity-feed');
    const error = oneEvent(el, 'cc-error');
    el.backend = backend;
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    parent.append(el);
    const { detail } = await error;
    expect(detail.action).to.equal('load');
    expect(detail.message).to.contain('could not be saved or read');
    await settled(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.contain('could not be saved or read');
    expect(part(el, 'empty')).to.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    const retry = part(el, 'retry')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => articles(el).length === 1, 'retry did not load');
    expect(part(el, 'error')).to.equal(null);
  });

  it('a failed "Show more" keeps the items and retries the next page', async () => {
    const real = feedBackend(Array.from({ length: 5 }, (_, i) => entry(`a${i}`, 'joe', Date.now() - i * 20 * MINUTE)));
    let fail = false;
    const backend = wrapBackend(real, {
      getFeed: (options) => (fail ? Promise.reject(new Error('offline')) : real.getFeed(options)),
    });
    const el = await fixture<ActivityFeed>(html`<activity-feed page-size="2" .backend=${backend}></activity-feed>`);
    await settled(el);
    fail = true;
    part(el, 'more')!.click();
    await waitUntil(() => part(el, 'error') !== null);
    expect(articles(el)).to.have.length(2);
    expect(part(el, 'error')!.textContent).to.contain('Something went wrong');
    fail = false;
    part(el, 'retry')!.click();
    await waitUntil(() => articles(el).length === 4);
    expect(summaries(el)).to.deep.equal(['post a0', 'post a1', 'post a2', 'post a3']);
  });

  it('renders only http(s) links as links', async () => {
    const now = Date.now();
    const backend = feedBackend([
      entry('a1', 'joe', now, { link: 'https://example.com/news' }),
      entry('a2', 'jane', now - 20 * MINUTE, { link: 'javascript:alert(1)' }),
      entry('a3', 'joe', now - 40 * MINUTE, { link: 'data:text/html,<script>alert(1)</script>' }),
      entry('a4', 'jane', now - 60 * MINUTE, { text: '<img src=x onerror=alert(1)>' }),
    ]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const [first, second, third, fourth] = articles(el);
    const link = first!.querySelector('a[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/news');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(second!.querySelector('a')).to.equal(null);
    expect(second!.querySelector('[part="link"]')!.textContent).to.equal('javascript:alert(1)');
    expect(third!.querySelector('a')).to.equal(null);
    expect(fourth!.querySelector('img')).to.equal(null);
    expect(fourth!.querySelector('[part="summary"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it("shows a link's destination as its text, never the words it came with", async () => {
    const now = Date.now();
    const backend = feedBackend([
      entry('a1', 'joe', now, { link: 'HTTPS://News.Example/story?id=7' }),
      entry('a2', 'jane', now - 20 * MINUTE, { link: 'https://bank.example@evil.example/login' }),
      entry('a3', 'joe', now - 40 * MINUTE, { link: 'https://\u0430pple.com/' }),
    ]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const [first, second, third] = articles(el);
    const link = first!.querySelector('a[part="link"]')!;
    expect([link.getAttribute('href'), link.textContent, link.getAttribute('dir')]).to.deep.equal([
      'https://news.example/story?id=7',
      'news.example/story?id=7',
      'ltr',
    ]);
    // User info makes a link read as one site and open another: it stays text.
    expect(second!.querySelector('a')).to.equal(null);
    expect(third!.querySelector('a[part="link"]')!.textContent).to.equal('xn--pple-43d.com');
    await expect(el).to.be.accessible();
  });

  it('describes each kind and names the other person of a connection', async () => {
    const now = Date.now();
    const backend = wrapBackend(
      feedBackend([
        entry('c', 'joe', now, { kind: 'connected', targetId: 'jane', text: '' }),
        entry('j', 'jane', now - 20 * MINUTE, { kind: 'joined', text: '' }),
        entry('u', 'joe', now - 40 * MINUTE, { kind: 'profile-updated', text: '' }),
        entry('x', 'jane', now - 60 * MINUTE, { kind: 'badge-earned', text: 'earned the Helper badge' }),
        entry('y', 'jane', now - 80 * MINUTE, { kind: 'connected', targetId: 'me', text: '' }),
      ]),
    );
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    await waitUntil(() => summaries(el)[0] === 'connected with Jane Doe', 'target name not shown');
    expect(summaries(el)).to.deep.equal([
      'connected with Jane Doe',
      'joined',
      'updated their profile',
      'earned the Helper badge',
      'connected with you',
    ]);
    // The viewer's own name is never fetched: "you" says it.
    expect(backend.calls.filter((c) => c === 'getPerson')).to.have.length(1);
  });

  it('shows relative times in <time> with the ISO time and the exact time as a tooltip', async () => {
    const created = Date.now() - 5 * MINUTE - 5_000;
    const backend = feedBackend([entry('a1', 'joe', created)]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const time = articles(el)[0]!.querySelector('time')!;
    expect(time.textContent!.trim()).to.equal('5 minutes ago');
    expect(time.getAttribute('datetime')).to.equal(new Date(created).toISOString());
    expect(time.title).to.contain(String(new Date(created).getFullYear()));
  });

  it('groups a burst by one actor under one header, each article still labelled by the actor', async () => {
    const now = Date.now();
    const backend = feedBackend([
      entry('a1', 'joe', now),
      entry('a2', 'joe', now - 3 * MINUTE),
      entry('a3', 'joe', now - 60 * MINUTE),
      entry('a4', 'jane', now - 61 * MINUTE),
    ]);
    const el = await fixture<ActivityFeed>(html`<activity-feed time-zone=${middayTimeZone(now)} .backend=${backend}></activity-feed>`);
    await settled(el);
    const items = articles(el);
    expect(items.map((a) => a.querySelector('[part="actor"]') !== null)).to.deep.equal([true, false, true, true]);
    expect(labels(el)).to.deep.equal(['Joe Bloggs', 'Joe Bloggs', 'Joe Bloggs', 'Jane Doe']);
    expect(items.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4']);
    expect(items.every((a) => a.getAttribute('aria-setsize') === '4')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('emits cc-person-open when an actor name is clicked', async () => {
    const backend = feedBackend([entry('a1', 'joe', Date.now())]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const event = oneEvent(el, 'cc-person-open');
    part(el, 'actor')!.click();
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ personId: 'joe' });
    expect(bubbles && composed).to.be.true;
  });

  it('does not fire cc-select, which means "selection changed" on <contacts-center>', async () => {
    const backend = feedBackend([entry('a1', 'joe', Date.now())]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const heard: string[] = [];
    const listen = (event: Event): void => void heard.push(event.type);
    const types = ['cc-select', 'cc-person-open'];
    for (const type of types) document.addEventListener(type, listen);
    try {
      part(el, 'actor')!.click();
      await el.updateComplete;
    } finally {
      for (const type of types) document.removeEventListener(type, listen);
    }
    expect(heard).to.deep.equal(['cc-person-open']);
  });

  it('moves between articles with Page Down and Page Up', async () => {
    const now = Date.now();
    const backend = feedBackend([entry('a1', 'joe', now), entry('a2', 'jane', now - MINUTE), entry('a3', 'joe', now - 2 * MINUTE)]);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    part(el, 'actor')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[1]);
    await sendKeys({ press: 'PageDown' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[2]);
    await sendKeys({ press: 'PageUp' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[1]);
  });

  it('loads the next page on scroll when infinite, without duplicates', async () => {
    const backend = feedBackend(Array.from({ length: 30 }, (_, i) => entry(`a${i}`, i % 2 ? 'joe' : 'jane', Date.now() - i * 20 * MINUTE)));
    const el = await fixture<ActivityFeed>(
      html`<div style="height:200px;overflow:auto">
        <activity-feed infinite page-size="5" .backend=${backend}></activity-feed>
      </div>`,
    ).then((div) => div.querySelector('activity-feed')!);
    await settled(el);
    const scroller = el.parentElement!;
    for (let i = 0; i < 10 && articles(el).length < 30; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      const before = articles(el).length;
      await waitUntil(() => articles(el).length > before, 'scrolling did not load more', { timeout: 5_000 });
    }
    const ids = summaries(el);
    expect(ids).to.have.length(30);
    expect(new Set(ids).size).to.equal(30);
    expect(part(el, 'more')).to.equal(null);
  });

  it('reloads on a relevant change and ignores others', async () => {
    const real = feedBackend([entry('a1', 'joe', Date.now() - MINUTE)]);
    const backend = wrapBackend(real);
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    const reads = () => backend.calls.filter((c) => c === 'getFeed').length;
    const before = reads();
    backend.notify({ topics: ['requests'], personIds: [] });
    await new Promise((r) => setTimeout(r, 50));
    expect(reads()).to.equal(before);
    // Jane posts: the world tells every subscriber (topics activities, person jane).
    await real.world.backendFor('jane').postActivity({ kind: 'post', text: 'post a2' });
    await waitUntil(() => articles(el).length === 2);
    expect(summaries(el)).to.deep.equal(['post a2', 'post a1']);
  });
});
