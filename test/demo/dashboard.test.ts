/**
 * The demo dashboard (index.html + demo/main.ts) in the test browser: it seeds its database on first run,
 * offers "Viewing as", renders the three elements on the IndexedDB adapter, and re-points them all when the
 * viewer changes. The page's markup comes from index.html itself, so the test follows the real page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deleteWorld } from '../../src/backend/indexeddb/index.js';
import { leftoverEnglish, localeReady } from '../i18n/locale.js';

let app: HTMLElement;

async function shadowText(selector: string): Promise<string> {
  const element = app.querySelector(selector);
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('demo dashboard', function () {
  // The first run imports 200 people and about 3,000 activities: seconds, more on a busy machine.
  this.timeout(180_000);

  before(async () => {
    await deleteWorld('contacts-center-demo');
    const page = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
    app = document.adoptNode(page.getElementById('app')!);
    document.body.append(app);
    await import('../../demo/main.js');
    await waitUntil(() => document.documentElement.dataset['demoReady'] === 'true', 'the demo is ready', {
      timeout: 170_000,
      interval: 200,
    });
  });

  after(async () => {
    app.remove();
    for (const name of ['viewer', 'person']) {
      const url = new URL(location.href);
      url.searchParams.delete(name);
      history.replaceState(null, '', url);
    }
    // The demo's adapter closes its connection when asked, so the database can go.
    await deleteWorld('contacts-center-demo');
  });

  it('offers "Viewing as" with every person, Joe Bloggs first chosen, and remembers it in the URL', () => {
    const select = app.querySelector<HTMLSelectElement>('#viewer')!;
    const label = app.querySelector(`label[for="${select.id}"]`);
    expect(label?.textContent?.trim()).to.equal('Viewing as');
    expect(select.options).to.have.length(200);
    expect(select.value).to.equal('joe-bloggs');
    expect(select.disabled).to.be.false;
    expect(new URL(location.href).searchParams.get('viewer')).to.equal('joe-bloggs');
  });

  it('renders the people, the feed and the request inbox for Joe', async () => {
    await waitUntil(async () => (await shadowText('contacts-center')).includes('Joe Bloggs'), 'home shows Joe', { timeout: 20_000 });
    await waitUntil(async () => app.querySelector('activity-feed')!.shadowRoot!.querySelectorAll('article').length > 3, 'feed items', {
      timeout: 20_000,
    });
    await waitUntil(async () => (await shadowText('contact-requests')).includes('6'), 'six pending requests', { timeout: 20_000 });
  });

  it('switching the viewer re-points every element', async () => {
    const select = app.querySelector<HTMLSelectElement>('#viewer')!;
    select.value = 'jane-doe';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => new URL(location.href).searchParams.get('viewer') === 'jane-doe', 'the URL names Jane', { timeout: 10_000 });
    const center = app.querySelector('contacts-center')!;
    await waitUntil(() => center.shadowRoot?.querySelector('[part~="viewer-name"]')?.textContent === 'Jane Doe', 'home shows Jane', {
      timeout: 20_000,
    });
    expect(document.title).to.include('Jane Doe');
  });

  it('a name chosen in the feed opens that profile', async () => {
    const feed = app.querySelector('activity-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelector('[part~="actor"]'), 'an actor button', { timeout: 20_000 });
    const actor = feed.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actor"]')!;
    actor.click();
    const center = app.querySelector('contacts-center')!;
    await waitUntil(() => center.personId !== null, 'a profile opens', { timeout: 5_000 });
    expect(new URL(location.href).searchParams.get('person')).to.equal(center.personId);
  });

  it('switching Language to 日本語 shows the whole dashboard in Japanese, and back', async () => {
    const language = app.querySelector<HTMLSelectElement>('#language')!;
    expect(app.querySelector(`label[for="language"]`)?.textContent).to.equal('Language');
    language.value = 'ja';
    language.dispatchEvent(new Event('change'));
    expect(document.documentElement.lang).to.equal('ja');
    expect(new URL(location.href).searchParams.get('lang')).to.equal('ja');
    expect(app.querySelector(`label[for="viewer"]`)?.textContent).to.equal('表示するユーザー');
    expect(app.querySelector('#reset')?.textContent).to.equal('デモデータをリセット');
    const elements = [...app.querySelectorAll<LitElement>('contacts-center, activity-feed, contact-requests')];
    await localeReady('ja', ...elements);
    for (const el of elements) {
      await waitUntil(async () => (await leftoverEnglish(el)).length === 0, undefined, { timeout: 10_000 }).catch(async () => {
        throw new Error(`${el.localName} still shows English: ${(await leftoverEnglish(el)).slice(0, 5).join('; ')}`);
      });
    }

    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await localeReady('en', ...elements);
    expect(app.querySelector(`label[for="viewer"]`)?.textContent).to.equal('Viewing as');
    expect(new URL(location.href).searchParams.has('lang')).to.be.false;
  });

  it('"Reset demo data" asks first, then deletes and re-seeds the world', async () => {
    const button = app.querySelector<HTMLButtonElement>('#reset')!;
    const status = app.querySelector('#status')!;
    const realConfirm = window.confirm;
    try {
      window.confirm = () => false;
      button.click();
      expect(button.disabled, 'nothing happens when declined').to.be.false;
      window.confirm = () => true;
      button.click();
      await waitUntil(() => status.textContent === 'Demo data reset.', 'reset done', { timeout: 170_000, interval: 200 });
    } finally {
      window.confirm = realConfirm;
    }
    const center = app.querySelector('contacts-center')!;
    await waitUntil(() => center.shadowRoot?.querySelector('[part~="viewer-name"]')?.textContent === 'Jane Doe', 'still Jane', {
      timeout: 20_000,
    });
    expect(app.querySelector<HTMLSelectElement>('#viewer')!.disabled).to.be.false;
  });
});
