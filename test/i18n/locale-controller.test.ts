import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../src/components/activity-feed/activity-feed.js';
import { resolveLocale, getLocale, setLocale } from '../../src/i18n/localization.js';
import { createWorld } from '../helpers/world.js';
import { localeReady, restoreEnglish } from './locale.js';
import { japaneseWorld } from './world.js';

type World = Awaited<ReturnType<typeof createWorld>>;

/** Counts locale loads (lit-localize `loading` events) until `stop()` is called. */
function countLoads(): { stop: () => number } {
  let loads = 0;
  const listener = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'loading') loads++;
  };
  window.addEventListener('lit-localize-status', listener);
  return {
    stop: () => {
      window.removeEventListener('lit-localize-status', listener);
      return loads;
    },
  };
}

/** A viewer whose feed is empty (no network, no activity of their own: the All tab shows both), so it shows its empty text. */
const EMPTY_FEED = 'watanabe';

function emptyText(el: ActivityFeed): string {
  return el.shadowRoot!.querySelector('[part~="empty"]')?.textContent?.trim() ?? '';
}

/** The feed's read is asynchronous, so its empty text can come a little after the locale: wait for it, then assert. */
async function expectEmptyText(el: ActivityFeed, expected: string): Promise<void> {
  await waitUntil(() => emptyText(el) === expected, '', { timeout: 5_000 }).catch(() => undefined);
  expect(emptyText(el)).to.equal(expected);
}

describe('locale resolution (one locale per page)', () => {
  let world: World;

  beforeEach(async () => {
    world = await createWorld(japaneseWorld());
  });

  afterEach(async () => {
    await restoreEnglish();
    await world.cleanup();
  });

  it('maps BCP 47 tags to the shipped locales', () => {
    expect(resolveLocale('ja')).to.equal('ja');
    expect(resolveLocale('ja-JP')).to.equal('ja');
    expect(resolveLocale('JA_jp')).to.equal('ja');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('fr')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
  });

  it('two elements that disagree settle on the latest wish instead of switching back and forth', async () => {
    const loads = countLoads();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <activity-feed lang="en" .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>
        <activity-feed locale="ja" .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>
      </div>`,
    );
    const [english, japanese] = [...wrapper.querySelectorAll<ActivityFeed>('activity-feed')] as [ActivityFeed, ActivityFeed];
    await localeReady('ja', english, japanese);
    await aTimeout(500);
    expect(loads.stop(), 'locale loads').to.be.at.most(2);
    expect(getLocale()).to.equal('ja');
    await expectEmptyText(japanese, 'ほかのユーザーとつながったりフォローしたりすると、ここにアクティビティが表示されます。');

    // A later change of wish wins, once.
    const again = countLoads();
    english.setAttribute('lang', 'en-US');
    await aTimeout(0);
    japanese.locale = undefined;
    await localeReady('en', english, japanese);
    await aTimeout(500);
    expect(again.stop(), 'locale loads after the change').to.be.at.most(1);
    await expectEmptyText(japanese, 'Connect with or follow people to see their activity here.');
  });

  it('an element with no locale and no lang keeps a locale the page chose with setLocale', async () => {
    await setLocale('ja');
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>`);
    await localeReady('ja', el);
    await aTimeout(300);
    expect(getLocale()).to.equal('ja');
    await expectEmptyText(el, 'ほかのユーザーとつながったりフォローしたりすると、ここにアクティビティが表示されます。');
  });

  it("mirrors an explicit locale to the host lang, and gives the author's lang back when it is removed", async () => {
    const el = await fixture<ActivityFeed>(
      html`<activity-feed lang="en-GB" locale="ja" .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>`,
    );
    await localeReady('ja', el);
    expect(el.getAttribute('lang')).to.equal('ja');
    el.locale = undefined;
    await localeReady('en', el);
    expect(el.getAttribute('lang')).to.equal('en-GB');

    const bare = await fixture<ActivityFeed>(html`<activity-feed locale="ja" .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>`);
    await localeReady('ja', bare);
    expect(bare.getAttribute('lang')).to.equal('ja');
    bare.locale = undefined;
    await bare.updateComplete;
    expect(bare.hasAttribute('lang')).to.be.false;
  });

  it('removing the only lang="ja" goes back to English', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ja">
        <activity-feed .backend=${world.backendFor(EMPTY_FEED)}></activity-feed>
      </div>`,
    );
    const el = wrapper.querySelector<ActivityFeed>('activity-feed')!;
    await localeReady('ja', el);
    wrapper.removeAttribute('lang');
    await localeReady('en', el);
    await expectEmptyText(el, 'Connect with or follow people to see their activity here.');
  });
});
