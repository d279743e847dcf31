import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import { MAX_POST_LENGTH } from '../../../src/components/activity-feed/feed-composer.js';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import { person } from '../../helpers/world.js';
import { waitUntil } from './wait.js';
import { articles, part, settled, summaries } from './dom.js';

function world(): MemoryWorld {
  return new MemoryWorld({
    people: [person('me', 'Mia Viewer'), person('fan', 'Fay Follower')],
    relations: [{ type: 'follow', fromId: 'fan', toId: 'me' }],
  });
}

async function type(el: ActivityFeed, text: string): Promise<HTMLTextAreaElement> {
  const area = part(el, 'composer-text') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return area;
}

describe('<activity-feed> composer', () => {
  it('posts a plain-text update that appears at once, and live in a follower’s feed', async () => {
    const w = world();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <activity-feed .backend=${w.backendFor('me')}></activity-feed>
        <activity-feed no-composer .backend=${w.backendFor('fan')}></activity-feed>
      </div>`,
    );
    const [mine, theirs] = [...wrapper.querySelectorAll('activity-feed')] as [ActivityFeed, ActivityFeed];
    await settled(mine);
    await settled(theirs);
    expect(part(theirs, 'composer')).to.equal(null);
    const post = part(mine, 'post') as HTMLButtonElement;
    expect(post.disabled, 'nothing to post yet').to.be.true;
    await type(mine, '  <b>Hello</b> see https://example.com/x!  ');
    expect(post.disabled).to.be.false;
    post.click();
    await waitUntil(() => summaries(mine)[0] === '<b>Hello</b> see https://example.com/x!', 'not shown at once');
    const link = articles(mine)[0]!.querySelector<HTMLAnchorElement>('a[part="text-link"]')!;
    expect(link.href).to.equal('https://example.com/x');
    expect(articles(mine)[0]!.querySelector('b')).to.equal(null);
    expect((part(mine, 'composer-text') as HTMLTextAreaElement).value).to.equal('');
    await waitUntil(() => summaries(theirs)[0] === '<b>Hello</b> see https://example.com/x!', 'not live for the follower');
    await expect(mine).to.be.accessible();
  });

  it('counts characters as people do and refuses an update over the limit', async () => {
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${world().backendFor('me')}></activity-feed>`);
    await settled(el);
    await type(el, '👍🏽'.repeat(3));
    expect(part(el, 'composer-count')!.textContent!.trim()).to.equal(`${MAX_POST_LENGTH - 3} characters left`);
    await type(el, 'x'.repeat(MAX_POST_LENGTH + 2));
    expect(part(el, 'composer-count')!.textContent!.trim()).to.equal('2 characters too many');
    expect((part(el, 'post') as HTMLButtonElement).disabled).to.be.true;
    expect(part(el, 'composer-text')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
