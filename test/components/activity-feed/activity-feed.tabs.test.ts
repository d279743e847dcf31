import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import type { Activity } from '../../../src/model/activity.js';
import { person } from '../../helpers/world.js';
import { waitUntil } from './wait.js';
import { part, settled, summaries } from './dom.js';

const HOUR = 3_600_000;

function post(id: string, actorId: string, hoursAgo: number): Activity {
  return { id, actorId, kind: 'post', text: `${actorId} ${id}`, createdAt: Date.now() - hoursAgo * HOUR };
}

function world(): MemoryWorld {
  return new MemoryWorld({
    people: [person('me', 'Mia Viewer'), person('con', 'Connie Connected'), person('fol', 'Flo Followed'), person('str', 'Stan Stranger')],
    relations: [
      { type: 'connection', fromId: 'me', toId: 'con' },
      { type: 'follow', fromId: 'me', toId: 'fol' },
    ],
    activities: [post('m1', 'me', 1), post('c1', 'con', 2), post('f1', 'fol', 3), post('s1', 'str', 4)],
  });
}

function tabs(el: ActivityFeed): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
}

describe('<activity-feed> tabs', () => {
  it('shows All, Connections, Following and Me, each with its activities, the choice reflected', async () => {
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${world().backendFor('me')}></activity-feed>`);
    await settled(el);
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['All', 'Connections', 'Following', 'Me']);
    expect(el.getAttribute('tab')).to.equal('all');
    expect(summaries(el)).to.deep.equal(['me m1', 'con c1', 'fol f1']);
    const expected: Record<string, string[]> = { connections: ['con c1'], following: ['fol f1'], me: ['me m1'] };
    for (const [index, tab] of ['connections', 'following', 'me'].entries()) {
      const changed = oneEvent(el, 'cc-tab-change');
      tabs(el)[index + 1]!.click();
      expect((await changed).detail).to.deep.equal({ tab });
      await waitUntil(() => summaries(el).join() === expected[tab]!.join(), `${tab} did not load`);
      expect(el.getAttribute('tab')).to.equal(tab);
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(
        ['all', 'connections', 'following', 'me'].map((t) => String(t === tab)),
      );
    }
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-me');
    await expect(el).to.be.accessible();
  });

  it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${world().backendFor('me')}></activity-feed>`);
    await settled(el);
    tabs(el)[0]!.focus();
    const focused = () => el.shadowRoot!.activeElement?.id;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused() === 'tab-connections', 'ArrowRight');
    expect(el.tab).to.equal('connections');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused() === 'tab-me', 'End');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused() === 'tab-all', 'ArrowRight wraps');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focused() === 'tab-me', 'ArrowLeft wraps');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused() === 'tab-all', 'Home');
    await waitUntil(() => summaries(el).length === 3, 'All did not load');
  });

  it('a host can hide the bar and pick the tab by attribute', async () => {
    const el = await fixture<ActivityFeed>(
      html`<activity-feed hide-tabs tab="following" .backend=${world().backendFor('me')}></activity-feed>`,
    );
    await settled(el);
    expect(tabs(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="tabpanel"]')).to.equal(null);
    expect(summaries(el)).to.deep.equal(['fol f1']);
    el.setAttribute('tab', 'connections');
    await waitUntil(() => summaries(el).join() === 'con c1', 'the tab attribute did not switch');
    await expect(el).to.be.accessible();
  });

  it('explains each empty tab in its own words', async () => {
    const empty = new MemoryWorld({ people: [person('me', 'Mia Viewer')] });
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${empty.backendFor('me')}></activity-feed>`);
    const texts: string[] = [];
    for (const tab of ['all', 'connections', 'following', 'me'] as const) {
      el.tab = tab;
      await waitUntil(() => part(el, 'empty') !== null && el.getAttribute('tab') === tab, `${tab} empty`);
      await settled(el);
      texts.push(part(el, 'empty')!.textContent!.trim());
    }
    expect(texts).to.deep.equal([
      'Connect with or follow people to see their activity here.',
      'No activity from your connections yet.',
      'No activity from people you follow yet.',
      'You have not posted anything yet.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('has no tabs and no composer for one person', async () => {
    const el = await fixture<ActivityFeed>(html`<activity-feed person-id="con" .backend=${world().backendFor('me')}></activity-feed>`);
    await settled(el);
    expect(tabs(el)).to.have.length(0);
    expect(part(el, 'composer')).to.equal(null);
    expect(summaries(el)).to.deep.equal(['con c1']);
  });
});
