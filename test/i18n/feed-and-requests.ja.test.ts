import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../src/components/activity-feed/activity-feed.js';
import '../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../src/components/contact-requests/contact-requests.js';
import { exactTime, relativeTime } from '../../src/components/shared/relative-time.js';
import { setLocale } from '../../src/i18n/localization.js';
import { ContactsError } from '../../src/model/errors.js';
import { wrapBackend } from '../helpers/backend.js';
import { articles, labels, part, settled as feedSettled, summaries } from '../components/activity-feed/dom.js';
import { announcement, button, names, section, settled as requestsSettled } from '../components/contact-requests/dom.js';
import { leftoverEnglish, localeReady, mountInLang, restoreEnglish, useJapaneseWorld } from './locale.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The relative times shown on each article. */
function times(el: ActivityFeed): string[] {
  return articles(el).map((a) => a.querySelector('[part="time"]')!.textContent!.trim());
}

describe('Japanese: relative times', () => {
  afterEach(restoreEnglish);

  it('formats with Intl.RelativeTimeFormat in ja', async () => {
    await setLocale('ja');
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    expect(relativeTime(now - 20_000, now)).to.equal('今');
    expect(relativeTime(now - 5 * MINUTE, now)).to.equal('5 分前');
    expect(relativeTime(now - 3 * HOUR, now)).to.equal('3 時間前');
    expect(relativeTime(now - DAY, now)).to.equal('昨日');
    expect(relativeTime(now - 3 * DAY, now)).to.equal('3 日前');
    expect(relativeTime(now - 2 * 7 * DAY, now)).to.equal('2 週間前');
    expect(relativeTime(now - 400 * DAY, now)).to.equal('昨年');
    expect(exactTime(now)).to.match(/^2026年11月25日水曜日 \d{1,2}:\d{2}$/);
  });
});

describe('<activity-feed> in Japanese', () => {
  const world = useJapaneseWorld();

  async function feedIn(lang: string, viewerId: string, personId?: string): Promise<ActivityFeed> {
    const { el } = await mountInLang<ActivityFeed>(
      lang,
      html`<activity-feed .backend=${world.backendFor(viewerId)} .personId=${personId}></activity-feed>`,
    );
    await feedSettled(el);
    return el;
  }

  it('describes each activity and its time in Japanese, with no English left', async () => {
    const el = await feedIn('ja', 'me');
    await waitUntil(() => summaries(el).includes('高橋 美咲さんとつながりました'), `summaries: ${summaries(el).join(' | ')}`);
    expect(labels(el)).to.deep.equal(['山田 太郎', '鈴木 一郎', '高橋 美咲', '田中 健', '山田 太郎']);
    expect(summaries(el)).to.deep.equal([
      '新しいプロジェクトを始めました',
      '高橋 美咲さんとつながりました',
      'あなたとつながりました',
      '参加しました',
      'プロフィールを更新しました',
    ]);
    expect(times(el)).to.deep.equal(['5 分前', '3 時間前', '一昨日', '3 日前', '4 日前']);
    expect(articles(el)[0]!.querySelector('[part="time"]')!.getAttribute('title')).to.match(
      /^\d{4}年\d{1,2}月\d{1,2}日.曜日 \d{1,2}:\d{2}$/,
    );
    expect(el.shadowRoot!.querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('ネットワークのアクティビティ');
    expect(await leftoverEnglish(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('explains the empty network feed and the empty personal feed in Japanese', async () => {
    const network = await feedIn('ja', 'kato');
    expect(part(network, 'empty')!.textContent!.trim()).to.equal(
      'ほかのユーザーとつながったりフォローしたりすると、ここにアクティビティが表示されます。',
    );
    expect(await leftoverEnglish(network)).to.deep.equal([]);
    await expect(network).to.be.accessible();

    const personal = await feedIn('ja', 'me', 'watanabe');
    expect(part(personal, 'empty')!.textContent!.trim()).to.equal('最近のアクティビティはありません。');
    expect(await leftoverEnglish(personal)).to.deep.equal([]);
  });

  it('explains a storage failure in Japanese and retries with 「もう一度試す」', async () => {
    let fail = true;
    const real = world.backendFor('me');
    const backend = wrapBackend(real, {
      getFeed: (options) => (fail ? Promise.reject(new ContactsError('storage', 'IndexedDB is unavailable')) : real.getFeed(options)),
    });
    const { el } = await mountInLang<ActivityFeed>('ja', html`<activity-feed .backend=${backend}></activity-feed>`);
    await feedSettled(el);
    const error = part(el, 'error')!;
    expect(error.querySelector('span')!.textContent!.trim()).to.equal(
      '連絡先を保存または読み込みできませんでした。このサイトにデータの保存が許可されているかを確認してから、もう一度お試しください。',
    );
    expect(await leftoverEnglish(el)).to.deep.equal([]);
    fail = false;
    const retry = part(el, 'retry')!;
    expect(retry.textContent!.trim()).to.equal('もう一度試す');
    retry.click();
    await waitUntil(() => summaries(el).length === 5, `summaries: ${summaries(el).join(' | ')}`);
  });

  it('the locale property alone renders Japanese; dropping it returns to English without a reload', async () => {
    const el = await fixture<ActivityFeed>(html`<activity-feed locale="ja" .backend=${world.backendFor('me')}></activity-feed>`);
    await localeReady('ja', el);
    await feedSettled(el);
    await waitUntil(() => summaries(el).includes('参加しました'), `summaries: ${summaries(el).join(' | ')}`);
    const first = articles(el)[0];
    expect(times(el)[0]).to.equal('5 分前');

    el.locale = undefined;
    await localeReady('en', el);
    await waitUntil(() => summaries(el).includes('joined'), `summaries: ${summaries(el).join(' | ')}`);
    expect(summaries(el)).to.deep.equal([
      '新しいプロジェクトを始めました',
      'connected with 高橋 美咲',
      'connected with you',
      'joined',
      'updated their profile',
    ]);
    expect(times(el)).to.deep.equal(['5 minutes ago', '3 hours ago', '2 days ago', '3 days ago', '4 days ago']);
    expect(articles(el)[0]).to.equal(first);
  });
});

describe('<contact-requests> in Japanese', () => {
  const world = useJapaneseWorld();

  async function requestsIn(lang: string, viewerId: string, compact = false): Promise<{ wrapper: HTMLElement; el: ContactRequests }> {
    const { wrapper, el } = await mountInLang<ContactRequests>(
      lang,
      html`<contact-requests ?compact=${compact} .backend=${world.backendFor(viewerId)}></contact-requests>`,
    );
    await requestsSettled(el);
    return { wrapper, el };
  }

  function trigger(el: ContactRequests): HTMLButtonElement {
    return el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
  }

  it('the compact button is named with the pending count in Japanese', async () => {
    const { el } = await requestsIn('ja', 'me', true);
    await waitUntil(
      () => trigger(el).getAttribute('aria-label') === 'つながりリクエスト、未対応 1 件',
      `name: ${trigger(el).getAttribute('aria-label')}`,
    );
    await world.backendFor('nakamura').requestConnection('me');
    await waitUntil(
      () => trigger(el).getAttribute('aria-label') === 'つながりリクエスト、未対応 2 件',
      `name: ${trigger(el).getAttribute('aria-label')}`,
    );
    const popover = el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
    expect(popover.querySelector('h2')!.textContent!.trim()).to.equal('つながりリクエスト');
    expect(popover.querySelector('[part~="close"]')!.textContent!.trim()).to.equal('閉じる');
    expect(await leftoverEnglish(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const none = await requestsIn('ja', 'kato', true);
    expect(trigger(none.el).getAttribute('aria-label')).to.equal('つながりリクエスト、未対応なし');
  });

  it('lists, acts and announces in Japanese, then switches to English at run time', async () => {
    const { wrapper, el } = await requestsIn('ja', 'me');
    expect(names(el, 'incoming')).to.deep.equal(['伊藤 さくら']);
    expect(names(el, 'outgoing')).to.deep.equal(['小林 大輔']);
    expect(section(el, 'incoming').querySelector('h2, h3')!.textContent!.trim()).to.equal('受け取ったリクエスト');
    expect(section(el, 'outgoing').querySelector('h2, h3')!.textContent!.trim()).to.equal('送信済みリクエスト');
    expect(button(el, 'incoming', '伊藤 さくら', '承認')).to.exist;
    expect(button(el, 'incoming', '伊藤 さくら', '拒否')).to.exist;
    expect(button(el, 'outgoing', '小林 大輔', 'リクエストを取り消す')).to.exist;
    expect(await leftoverEnglish(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    button(el, 'incoming', '伊藤 さくら', '承認').click();
    await waitUntil(() => announcement(el) === '伊藤 さくらさんとつながりました。', 'the acceptance was not announced', { timeout: 5000 });
    await waitUntil(() => section(el, 'incoming').querySelector('[part~="empty"]'), 'the list did not empty', { timeout: 5000 });
    expect(section(el, 'incoming').querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('未対応のリクエストはありません。');
    button(el, 'outgoing', '小林 大輔', 'リクエストを取り消す').click();
    await waitUntil(
      () => announcement(el) === '小林 大輔さんへのつながりリクエストを取り消しました。',
      'the cancellation was not announced',
      { timeout: 5000 },
    );
    await waitUntil(() => section(el, 'outgoing').querySelector('[part~="empty"]'), 'the sent list did not empty', { timeout: 5000 });
    expect(section(el, 'outgoing').querySelector('[part~="empty"]')!.textContent!.trim()).to.equal(
      '承認待ちの送信済みリクエストはありません。',
    );
    expect(await leftoverEnglish(el)).to.deep.equal([]);

    wrapper.setAttribute('lang', 'en');
    await localeReady('en', el);
    await waitUntil(
      () => section(el, 'incoming').querySelector('[part~="empty"]')?.textContent?.trim() === 'No pending requests.',
      'still Japanese',
      { timeout: 5000 },
    );
    expect(section(el, 'outgoing').querySelector('h2, h3')!.textContent!.trim()).to.equal('Sent requests');
  });

  it('declining says so in Japanese', async () => {
    const { el } = await requestsIn('ja', 'me');
    button(el, 'incoming', '伊藤 さくら', '拒否').click();
    await waitUntil(
      () => announcement(el) === '伊藤 さくらさんからのつながりリクエストを拒否しました。',
      `announcement: ${announcement(el)}`,
    );
  });
});
