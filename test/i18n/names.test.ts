import { expect, html, waitUntil } from '@open-wc/testing';
import type { PeopleFilter } from '../../src/backend/backend.js';
import '../../src/components/contacts-center/contacts-center.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import { person } from '../helpers/world.js';
import { listSettled, rowNames, type } from '../components/contacts-center/helpers.js';
import { mountInLang, useJapaneseWorld } from './locale.js';

/**
 * Japanese names as the IndexedDB adapter stores them: kanji with a kana reading (`phoneticName`), a katakana
 * name with none, a kanji name written without a space, and two Latin names.
 */
const PEOPLE = [
  person('me', '佐藤 花子', { phoneticName: 'さとう はなこ' }),
  person('yamada', '山田 太郎', { phoneticName: 'やまだ たろう', familyName: '山田', givenName: '太郎' }),
  person('ito', '伊藤 さくら', { phoneticName: 'いとう さくら' }),
  person('kobayashi', '小林 大輔', { phoneticName: 'こばやし だいすけ' }),
  person('suzuki', '鈴木 一郎', { phoneticName: 'すずき いちろう' }),
  person('watanabe', '渡辺 翔', { phoneticName: 'わたなべ しょう' }),
  person('jordan', 'マイケル ジョーダン'),
  person('yamamoto', '山本一郎', { phoneticName: 'やまもと いちろう' }),
  person('alice', 'Alice Smith'),
  person('zoe', 'Zoë Adams'),
];

describe('Japanese names: search and order in the IndexedDB adapter', () => {
  const world = useJapaneseWorld(() => ({ people: PEOPLE }));

  async function search(query: string, filter: PeopleFilter = 'all'): Promise<string[]> {
    const page = await world.backend.searchPeople({ query, filter, limit: 50 });
    return page.items.map((entry) => entry.person.displayName);
  }

  it('finds a kanji name by its hiragana reading, given or family name', async () => {
    expect(await search('やまだ')).to.deep.equal(['山田 太郎']);
    expect(await search('たろう')).to.deep.equal(['山田 太郎']);
    expect(await search('やま')).to.deep.equal(['山田 太郎', '山本一郎']);
    expect(await search('こばやし')).to.deep.equal(['小林 大輔']);
  });

  it('treats katakana (full- and half-width) and hiragana alike, both ways', async () => {
    expect(await search('ヤマダ')).to.deep.equal(['山田 太郎']);
    expect(await search('ﾔﾏﾀﾞ')).to.deep.equal(['山田 太郎']);
    expect(await search('まいける')).to.deep.equal(['マイケル ジョーダン']);
    expect(await search('じょーだん')).to.deep.equal(['マイケル ジョーダン']);
    expect(await search('ｼﾞｮｰﾀﾞﾝ')).to.deep.equal(['マイケル ジョーダン']);
  });

  it('finds kanji from any character, since Japanese names need no space between words', async () => {
    expect(await search('山田')).to.deep.equal(['山田 太郎']);
    expect(await search('一郎')).to.deep.equal(['鈴木 一郎', '山本一郎']);
    expect(await search('本一')).to.deep.equal(['山本一郎']);
    expect(await search('山田 たろう')).to.deep.equal(['山田 太郎']);
  });

  it('lists people with a reading in gojūon order of the reading, after Latin names', async () => {
    const page = await world.backend.searchPeople({ limit: 50 });
    expect(page.items.map((e) => e.person.displayName)).to.deep.equal([
      'Alice Smith',
      'Zoë Adams',
      '伊藤 さくら', // いとう
      '小林 大輔', // こばやし
      '鈴木 一郎', // すずき
      'マイケル ジョーダン', // まいける (katakana folded to hiragana)
      '山田 太郎', // やまだ
      '山本一郎', // やまもと
      '渡辺 翔', // わたなべ
    ]);
  });

  it('searches by reading from the Japanese <contacts-center> search field', async () => {
    const { el } = await mountInLang<ContactsCenter>(
      'ja',
      html`<contacts-center .backend=${world.backend} style="width: 1000px; --cc-list-height: 420px"></contacts-center>`,
    );
    await waitUntil(() => listSettled(el), 'the list did not load', { timeout: 5_000 });
    await type(el, 'ヤマ', 0);
    await waitUntil(() => rowNames(el).join() === '山田 太郎,山本一郎', `rows: ${rowNames(el).join(', ')}`, { timeout: 5_000 });
  });
});
