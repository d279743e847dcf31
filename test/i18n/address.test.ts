/**
 * Postal addresses in their country's order: Japanese ones big to small (〒, prefecture, city, street), others
 * small to big, whatever the page's language; shown in the profile as an <address> with one line per part.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/contacts-center/contacts-center.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import { addressLanguage, addressLines, addressOrder, isJapan } from '../../src/components/shared/address.js';
import type { PostalAddress } from '../../src/model/person.js';
import { setLocale } from '../../src/i18n/localization.js';
import { listSettled, openProfile } from '../components/contacts-center/helpers.js';
import { person } from '../helpers/world.js';
import { mountInLang, useJapaneseWorld } from './locale.js';

const TOKYO: PostalAddress = {
  type: 'home',
  street: '千代田1-1',
  locality: '千代田区',
  region: '東京都',
  postalCode: '100-0001',
  country: '日本',
};
const TOKYO_LINES = ['日本', '〒100-0001', '東京都千代田区千代田1-1'];
const OSAKA_OFFICE: PostalAddress = {
  type: 'work',
  street: '梅田3-1-3',
  extended: 'サンプルビル 12階',
  locality: '大阪市北区',
  region: '大阪府',
  postalCode: '〒530-0001',
  country: 'JP',
};
const SPRINGFIELD: PostalAddress = {
  type: 'work',
  street: '1 Main St',
  locality: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'USA',
};
const SPRINGFIELD_LINES = ['1 Main St', 'Springfield, IL 62701', 'USA'];
const BERLIN: PostalAddress = { type: 'home', street: 'Unter den Linden 1', locality: 'Berlin', postalCode: '10117', country: 'Germany' };

describe('addressLines', () => {
  afterEach(() => setLocale('en'));

  it('knows Japan by code, English name or Japanese name, in any case or width', () => {
    for (const country of ['JP', 'jp', 'JPN', 'Japan', 'JAPAN', '日本', '日本国', 'ＪＰ', ' Japan '])
      expect(isJapan(country), country).to.be.true;
    for (const country of ['', undefined, 'USA', 'Jamaica', 'Japanese Embassy', '中国'])
      expect(isJapan(country), String(country)).to.be.false;
  });

  it('writes a Japanese address big to small: country, 〒postal code, prefecture + city + street, building', () => {
    expect(addressOrder(TOKYO)).to.equal('big-to-small');
    expect(addressLines(TOKYO)).to.deep.equal(TOKYO_LINES);
    // A 〒 already in the data is not doubled; the building comes after the street.
    expect(addressLines(OSAKA_OFFICE)).to.deep.equal(['JP', '〒530-0001', '大阪府大阪市北区梅田3-1-3', 'サンプルビル 12階']);
    // No country but written in Japanese: Japanese order.
    expect(addressLines({ ...TOKYO, country: undefined })).to.deep.equal(['〒100-0001', '東京都千代田区千代田1-1']);
    expect(addressLanguage(TOKYO)).to.equal('ja');
  });

  it('writes a Japanese address in Latin letters small to big, as Japan Post asks for mail addressed in English', () => {
    const latin: PostalAddress = {
      type: 'home',
      street: '1-1 Chiyoda',
      locality: 'Chiyoda-ku',
      region: 'Tokyo',
      postalCode: '100-0001',
      country: 'Japan',
    };
    expect(addressOrder(latin)).to.equal('small-to-big');
    expect(addressLines(latin)).to.deep.equal(['1-1 Chiyoda', '100-0001 Chiyoda-ku Tokyo', 'Japan']);
    expect(addressLanguage(latin)).to.equal(undefined);
  });

  it('writes other addresses small to big, the postal code where the country puts it', () => {
    expect(addressOrder(SPRINGFIELD)).to.equal('small-to-big');
    expect(addressLines(SPRINGFIELD)).to.deep.equal(SPRINGFIELD_LINES);
    expect(addressLines(BERLIN)).to.deep.equal(['Unter den Linden 1', '10117 Berlin', 'Germany']);
    expect(
      addressLines({ type: 'home', street: '12 High Street', locality: 'London', postalCode: 'SW1A 1AA', country: 'United Kingdom' }),
    ).to.deep.equal(['12 High Street', 'London SW1A 1AA', 'United Kingdom']);
    expect(
      addressLines({ type: 'other', poBox: 'PO Box 77', extended: 'Floor 4', street: ' 5 Elm Street ', locality: 'Boston', country: 'US' }),
    ).to.deep.equal(['PO Box 77', 'Floor 4', '5 Elm Street', 'Boston', 'US']);
    // A Chinese address is not laid out as a Japanese one just because it uses Han characters.
    expect(addressOrder({ type: 'home', street: '长安街1号', locality: '北京', country: '中国' })).to.equal('small-to-big');
    expect(addressLines({ type: 'home' })).to.deep.equal([]);
  });

  it('lays out the same lines whatever the page language', async () => {
    await setLocale('ja');
    expect(addressLines(TOKYO)).to.deep.equal(TOKYO_LINES);
    expect(addressLines(SPRINGFIELD)).to.deep.equal(SPRINGFIELD_LINES);
  });
});

describe('the profile shows addresses in their own order, in English and in Japanese', () => {
  const world = useJapaneseWorld(() => ({
    people: [
      person('me', 'Mary Major'),
      person('sho', '渡辺 翔', { phoneticName: 'わたなべ しょう', addresses: [TOKYO, SPRINGFIELD] }),
      person('eve', 'Eve <b>Evil</b>', {
        addresses: [{ type: 'home', street: '<img src=x onerror=alert(1)>', locality: '<b>Town</b>', country: 'USA' }],
      }),
    ],
  }));

  async function mountIn(lang: 'en' | 'ja'): Promise<ContactsCenter> {
    const { el } = await mountInLang<ContactsCenter>(
      lang,
      html`<contacts-center .backend=${world.backendFor('me')} style="width: 1000px; --cc-list-height: 420px"></contacts-center>`,
    );
    await waitUntil(() => listSettled(el), 'the list did not load', { timeout: 5_000 });
    return el;
  }

  /** Each <address> of the open profile: its lines as a reader sees them, and its lang. */
  function shownAddresses(section: HTMLElement): { lines: string[]; lang: string | null }[] {
    return [...section.querySelectorAll<HTMLElement>('address')].map((a) => ({
      lines: a.innerText
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      lang: a.getAttribute('lang'),
    }));
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: a Japanese address big to small (marked lang="ja"), an American one small to big`, async () => {
      const el = await mountIn(lang);
      const section = await openProfile(el, '渡辺 翔');
      expect(shownAddresses(section)).to.deep.equal([
        { lines: TOKYO_LINES, lang: 'ja' },
        { lines: SPRINGFIELD_LINES, lang: null },
      ]);
      const kinds = [...section.querySelectorAll('address')].map((a) => a.previousElementSibling?.textContent?.trim());
      expect(kinds).to.deep.equal(lang === 'ja' ? ['自宅', '勤務先'] : ['Home', 'Work']);
    });
  }

  it('shows markup in address data as text', async () => {
    const el = await mountIn('en');
    const section = await openProfile(el, 'Eve <b>Evil</b>');
    expect(shownAddresses(section)).to.deep.equal([{ lines: ['<img src=x onerror=alert(1)>', '<b>Town</b>', 'USA'], lang: null }]);
    expect(section.querySelector('address img, address b')).to.equal(null);
  });
});
