import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/contacts-center/contacts-center.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import { getLocale } from '../../src/i18n/localization.js';
import {
  actionNames,
  badgeOf,
  button,
  chooseFilter,
  listSettled,
  openDialog,
  openProfile,
  root,
  rowByName,
  rows,
  searchInput,
  type,
  waitForStatus,
} from '../components/contacts-center/helpers.js';
import { leftoverEnglish, localeReady, mountInLang, useJapaneseWorld } from './locale.js';

/** The home view's four count buttons, as read. */
function countTexts(el: ContactsCenter): string[] {
  return [...root(el).querySelectorAll('[part~="home"] [part~="count"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
}

async function countsShown(el: ContactsCenter): Promise<void> {
  await waitUntil(() => countTexts(el).length === 4, 'the counts did not load', { timeout: 5_000 });
}

describe('<contacts-center> in Japanese', () => {
  const world = useJapaneseWorld();

  /** Mounts the element inside `<div lang=…>` and waits for the locale and the first list. */
  async function mountIn(lang: string): Promise<{ wrapper: HTMLElement; el: ContactsCenter }> {
    const { wrapper, el } = await mountInLang<ContactsCenter>(
      lang,
      html`<contacts-center .backend=${world.backendFor('me')} style="width: 1000px; --cc-list-height: 420px"></contacts-center>`,
    );
    await waitUntil(() => listSettled(el), 'the list did not load', { timeout: 5_000 });
    await countsShown(el);
    return { wrapper, el };
  }

  it('lang="ja" on a wrapper: the home counts, search, filters and badges read in Japanese', async () => {
    const { el } = await mountIn('ja-JP');
    expect(getLocale()).to.equal('ja');
    expect(countTexts(el)).to.deep.equal(['3 人とつながっています', '1 人をフォロー中', '未対応のリクエスト 1 件', 'フォロワー 1 人']);
    expect(root(el).querySelector('[part~="counts"]')!.getAttribute('aria-label')).to.equal('あなたのネットワーク');
    expect(searchInput(el).getAttribute('aria-label')).to.equal('ユーザーを検索');
    expect(searchInput(el).placeholder).to.equal('ユーザーを検索');
    const options = [...root(el).querySelectorAll('select[part~="filter"] option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal([
      'すべてのユーザー',
      'つながり',
      'フォロー中',
      'フォロワー',
      'リクエスト',
      '送信済みリクエスト',
      'ブロック中',
      'ミュート中',
      'おすすめ',
      'マイ連絡先',
    ]);
    expect(badgeOf(rowByName(el, '山田 太郎'))).to.equal('つながり済み');
    expect(badgeOf(rowByName(el, '田中 健'))).to.equal('フォロー中');
    expect(badgeOf(rowByName(el, '伊藤 さくら'))).to.equal('つながりリクエストが届いています');
    expect(badgeOf(rowByName(el, '小林 大輔'))).to.equal('リクエスト送信済み');
    expect(badgeOf(rowByName(el, '中村 陽菜'))).to.equal('フォローされています');
    expect(badgeOf(rowByName(el, '渡辺 翔'))).to.equal('');
    expect(rowByName(el, '山田 太郎').querySelector('input[type="checkbox"]')!.getAttribute('aria-label')).to.equal('山田 太郎さんを選択');
  });

  it('names the profile actions in Japanese and announces Follow in the live region', async () => {
    const { el } = await mountIn('ja');
    const profile = await openProfile(el, '渡辺 翔');
    expect(actionNames(el)).to.deep.equal(['つながる', 'フォロー', 'ブロック', 'vCard']);
    expect(profile.querySelector('[part~="actions"]')!.getAttribute('aria-label')).to.equal('渡辺 翔さんへの操作');
    expect(profile.querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('つながっていません');
    const labels = [...profile.querySelectorAll('[part~="details"] dt')].map((dt) => dt.textContent!.trim());
    expect(labels).to.deep.equal(['メール', '電話', '住所', 'ウェブサイト', '誕生日', 'メモ']);
    // Dates come from Intl in the page's locale.
    expect(profile.querySelector('[part~="details"]')!.textContent).to.contain('1990年4月5日');

    button(profile, 'フォロー').focus();
    button(profile, 'フォロー').click();
    await waitForStatus(el, '渡辺 翔さんをフォローしました。');
    await waitUntil(() => actionNames(el).includes('フォロー解除'), 'the actions did not follow the new relationship');
    expect(actionNames(el)).to.deep.equal(['つながる', 'フォロー解除', 'ブロック', 'vCard']);
    expect(profile.querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('フォロー中');
    expect(await leftoverEnglish(el)).to.deep.equal([]);
  });

  it('an incoming request offers 承認 and 拒否; accepting says so in Japanese and updates the count', async () => {
    const { el } = await mountIn('ja');
    const profile = await openProfile(el, '伊藤 さくら');
    expect(actionNames(el)).to.deep.equal(['承認', '拒否', '拒否して今後も無視', 'フォロー', 'ブロック', 'vCard']);
    expect(profile.querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('つながりリクエストが届いています');
    button(profile, '承認').click();
    await waitForStatus(el, '伊藤 さくらさんとつながりました。');
    await waitUntil(() => countTexts(el)[0] === '4 人とつながっています', `the count did not update: ${countTexts(el).join(' | ')}`);
    expect(countTexts(el)[2]).to.equal('未対応のリクエスト 0 件');
  });

  it('asks before blocking, in Japanese', async () => {
    const { el } = await mountIn('ja');
    const profile = await openProfile(el, '渡辺 翔');
    button(profile, 'ブロック').click();
    const dialog = await openDialog(el);
    expect(dialog.querySelector('h2')!.textContent!.trim()).to.equal('渡辺 翔さんをブロックしますか？');
    expect(dialog.querySelector('p')!.textContent).to.contain('つながったり、あなたをフォローしたりできなくなります');
    expect(button(dialog, 'ブロック')).to.exist;
    expect(button(dialog, 'キャンセル')).to.exist;
    expect(await leftoverEnglish(el)).to.deep.equal([]);
    button(dialog, 'ブロック').click();
    await waitForStatus(el, '渡辺 翔さんをブロックしました。');
    expect(actionNames(el)).to.deep.equal(['ブロック解除', 'vCard']);
  });

  it('the locale property alone renders Japanese, without any lang attribute', async () => {
    const el = await fixture<ContactsCenter>(
      html`<contacts-center
        locale="ja"
        .backend=${world.backendFor('me')}
        style="width: 1000px; --cc-list-height: 420px"
      ></contacts-center>`,
    );
    await localeReady('ja', el);
    await waitUntil(() => listSettled(el), 'the list did not load', { timeout: 5_000 });
    await countsShown(el);
    expect(countTexts(el)).to.deep.equal(['3 人とつながっています', '1 人をフォロー中', '未対応のリクエスト 1 件', 'フォロワー 1 人']);
    expect(badgeOf(rowByName(el, '山田 太郎'))).to.equal('つながり済み');
    expect(await leftoverEnglish(el)).to.deep.equal([]);
  });

  it('switching lang from ja to en at run time re-renders English without a reload, and back again', async () => {
    const { wrapper, el } = await mountIn('ja');
    const jane = rows(el)[0];
    expect(countTexts(el)[0]).to.equal('3 人とつながっています');

    wrapper.setAttribute('lang', 'en');
    await localeReady('en', el);
    await waitUntil(() => countTexts(el)[0] === 'You have 3 connections', `still: ${countTexts(el)[0]}`);
    expect(countTexts(el)).to.deep.equal(['You have 3 connections', 'You are following 1 person', '1 pending request', '1 follower']);
    expect(badgeOf(rowByName(el, '山田 太郎'))).to.equal('Connected');
    expect(searchInput(el).placeholder).to.equal('Search people');
    // The same rows, re-rendered in place: nothing was reloaded.
    expect(rows(el)[0]).to.equal(jane);
    // The scan that finds no English in Japanese does find it here.
    const english = await leftoverEnglish(el);
    expect(english).to.include('"You have" in "You have 3 connections"');
    expect(english).to.include('"Search people" in "Search people"');

    wrapper.setAttribute('lang', 'ja');
    await localeReady('ja', el);
    await waitUntil(() => countTexts(el)[0] === '3 人とつながっています', `still: ${countTexts(el)[0]}`);
    expect(badgeOf(rowByName(el, '山田 太郎'))).to.equal('つながり済み');
  });

  it('leaves no English in its main states: list, profile, selection bar, empty states', async () => {
    const { el } = await mountIn('ja');
    expect(await leftoverEnglish(el), 'home and list').to.deep.equal([]);

    await openProfile(el, '渡辺 翔');
    // The profile's own <activity-feed> is checked too (readableTexts descends into nested shadow roots).
    const feed = root(el).querySelector('activity-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelector('[part~="empty"], article'), 'the profile feed did not load');
    expect(await leftoverEnglish(el), 'profile').to.deep.equal([]);

    const checkbox = rowByName(el, '山田 太郎').querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.click();
    await waitUntil(() => root(el).querySelector('[part~="bulk-bar"]'), 'no bulk bar');
    const bar = root(el).querySelector<HTMLElement>('[part~="bulk-bar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('一括操作');
    expect(bar.querySelector('[part~="bulk-count"]')!.textContent!.trim()).to.equal('1 人を選択中');
    expect(await leftoverEnglish(el), 'selection').to.deep.equal([]);

    await chooseFilter(el, 'connections');
    expect(button(root(el), 'すべてのつながりを vCard でダウンロード')).to.exist;
    expect(await leftoverEnglish(el), 'connections').to.deep.equal([]);

    await type(el, 'zzz', 0);
    await waitUntil(() => root(el).querySelector('[part~="empty"]'), 'no empty state', { timeout: 5_000 });
    expect(root(el).querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('「zzz」に一致するユーザーは見つかりませんでした');
    expect(await leftoverEnglish(el), 'no match').to.deep.equal([]);
  });

  it('is accessible in Japanese (axe), list and profile', async function () {
    // Two axe passes over the whole element: in WebKit on a loaded machine, more than the 20 s default.
    this.timeout(60_000);
    const { el } = await mountIn('ja');
    await expect(el).to.be.accessible();
    await openProfile(el, '渡辺 翔');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
