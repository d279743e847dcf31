// parseVCards on files written the way real exporters write them (test/vcard/fixtures/exports/make.py).
import { expect } from '@open-wc/testing';
import { parseVCards, type ParsedVCard } from '../../src/vcard/index.js';

async function parseFixture(name: string, fallbackCharset?: string): Promise<ReturnType<typeof parseVCards>> {
  // Stored as base64: the test server would re-encode the file's bytes as UTF-8.
  const response = await fetch(new URL(`./fixtures/exports/${name}.b64`, import.meta.url).href);
  const bytes = Uint8Array.from(atob((await response.text()).replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  return parseVCards(bytes, fallbackCharset ? { fallbackCharset } : {});
}

const only = (cards: ParsedVCard[], displayName: string): ParsedVCard => {
  const found = cards.filter((c) => c.person.displayName === displayName);
  expect(found, displayName).to.have.length(1);
  return found[0]!;
};

describe('parseVCards: exporters’ files', () => {
  it('Apple: grouped properties typed by their X-ABLabel, omitted birth year, folded base64 photo, ORG units', async () => {
    const { cards, errors } = await parseFixture('apple.vcf');
    expect(errors).to.deep.equal([]);
    expect(cards.map((c) => c.card)).to.deep.equal([1, 2]);
    const johnny = cards[0]!;
    expect(johnny.version).to.equal('3.0');
    expect(johnny.warnings).to.deep.equal([]);
    const p = johnny.person;
    expect(p).to.include({
      displayName: 'Johnny Q. Appleseed',
      givenName: 'Johnny',
      familyName: 'Appleseed',
      additionalNames: 'Q.',
      phoneticName: 'Jonny Appelsied',
      organization: 'Apple Inc., Engineering',
      jobTitle: 'Engineer',
      birthday: '--04-12',
      note: 'Met at WWDC, keynote row 3.\nLikes apples; pears too.',
    });
    expect(p.emails).to.deep.equal([
      { type: 'other', value: 'johnny@example.com' },
      { type: 'work', value: 'johnny@apple.example' },
    ]);
    expect(p.phones).to.deep.equal([
      { type: 'mobile', value: '+1 (408) 555-0100' },
      { type: 'mobile', value: '+1 408 555 0101' },
      { type: 'fax', value: '+1 408 555 0102' },
    ]);
    expect(p.addresses).to.deep.equal([
      { type: 'home', street: '1 Infinite Loop', locality: 'Cupertino', region: 'CA', postalCode: '95014', country: 'United States' },
    ]);
    expect(p.urls).to.deep.equal(['https://www.apple.example/johnny']);
    expect(p.avatarUrl).to.match(/^data:image\/jpeg;base64,\/9j\/4AAQ/);
    const hanako = cards[1]!.person;
    expect(hanako).to.include({ displayName: '山田 花子', familyName: '山田', givenName: '花子', phoneticName: 'やまだ はなこ' });
    // A custom label ("School") names no kind: the TYPE parameters decide, and there are none.
    expect(hanako.emails).to.deep.equal([{ type: 'other', value: 'hanako@example.jp' }]);
    expect(hanako.phones).to.deep.equal([{ type: 'work', value: '03-1234-5678' }]);
  });

  it('Google: LF line ends, a birthday without a year, a photo URL kept as text, escaped colons in URL', async () => {
    const { cards, errors } = await parseFixture('google.vcf');
    expect(errors).to.deep.equal([]);
    expect(cards).to.have.length(2);
    const jane = only(cards, 'Jane Doe').person;
    expect(jane).to.include({
      givenName: 'Jane',
      familyName: 'Doe',
      organization: 'Globex',
      jobTitle: 'Head of Sales, EMEA',
      birthday: '--12-24',
      avatarUrl: 'https://lh3.googleusercontent.example/a/photo.jpg',
      note: 'First line\nSecond line with a comma, and a semicolon;',
    });
    expect(jane.emails.map((e) => e.type)).to.deep.equal(['home', 'work']);
    expect(jane.phones).to.deep.equal([
      { type: 'mobile', value: '+44 7700 900123' },
      { type: 'work', value: '+44 20 7946 0018' },
    ]);
    expect(jane.addresses[0]).to.deep.equal({
      type: 'home',
      street: '221B Baker Street',
      locality: 'London',
      postalCode: 'NW1 6XE',
      country: 'United Kingdom',
    });
    expect(jane.urls).to.deep.equal(['https://janedoe.example/blog']);
    expect(only(cards, '佐藤 健').person.phoneticName).to.equal('さとう けん');
  });

  it('Android 2.1: QUOTED-PRINTABLE UTF-8 with soft line breaks, bare TYPE parameters, a base64 photo and its blank line', async () => {
    const { cards, errors } = await parseFixture('android.vcf');
    expect(errors).to.deep.equal([]);
    expect(cards).to.have.length(2);
    const ichiro = cards[0]!;
    expect(ichiro.version).to.equal('2.1');
    expect(ichiro.warnings).to.deep.equal([]);
    expect(ichiro.person).to.include({
      displayName: '鈴木 一郎',
      familyName: '鈴木',
      givenName: '一郎',
      phoneticName: 'すずき いちろう',
      organization: '鈴木商事',
      birthday: '1985-07-09',
      note: '一行目\n二行目、長いメモです。',
    });
    expect(ichiro.person.addresses).to.deep.equal([{ type: 'home', street: '東京都千代田区千代田1-1 皇居外苑ビル5階' }]);
    expect(ichiro.person.phones).to.deep.equal([
      { type: 'mobile', value: '090-1234-5678' },
      { type: 'home', value: '03-3333-4444' },
      { type: 'fax', value: '03-5555-6666' },
    ]);
    expect(ichiro.person.emails.map((e) => e.type)).to.deep.equal(['home', 'work']);
    expect(ichiro.person.avatarUrl).to.match(/^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]+=*$/);
    expect(cards[1]!.person).to.include({ displayName: 'Ken Tanaka' });
    expect(cards[1]!.line).to.equal(25);
  });

  it('Outlook 2.1: windows-1252 text without CHARSET, a QUOTED-PRINTABLE note with a soft break, REV', async () => {
    const { cards, errors } = await parseFixture('outlook.vcf');
    expect(errors).to.deep.equal([]);
    const card = only(cards, 'Jürgen Müller');
    expect(card.person).to.include({
      familyName: 'Müller',
      givenName: 'Jürgen',
      organization: 'Contoso, Sales',
      note: 'Line one\nLine two, café with a soft break',
      birthday: '1980-01-02',
    });
    expect(card.person.phones.map((t) => t.type)).to.deep.equal(['work', 'mobile', 'fax']);
    expect(card.person.urls).to.deep.equal(['http://www.contoso.example/']);
    expect(card.person.emails).to.deep.equal([{ type: 'other', value: 'juergen@contoso.example' }]);
    expect(card.revision).to.equal(Date.UTC(2024, 0, 2, 3, 4, 5));
  });

  it('Japanese feature phones: Shift_JIS (bytes like 0x5C inside characters), ISO-2022-JP in QUOTED-PRINTABLE, SOUND;X-IRMC-N', async () => {
    const { cards, errors } = await parseFixture('feature-phone.vcf');
    expect(errors).to.deep.equal([]);
    const [taro, misaki] = cards;
    expect(taro!.person).to.include({
      displayName: '山田 太郎',
      familyName: '山田',
      givenName: '太郎',
      phoneticName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
      organization: 'ソニー表参道',
      note: 'メモ：予定表',
    });
    expect(taro!.person.phones).to.deep.equal([{ type: 'mobile', value: '09012345678' }]);
    expect(misaki!.person).to.include({ displayName: '高橋 美咲', familyName: '高橋', givenName: '美咲', phoneticName: 'タカハシ ミサキ' });
  });

  it('a careless file: folds inside UTF-8 sequences join back; each bad card is reported where it is and the rest are read', async () => {
    const { cards, errors } = await parseFixture('careless.vcf');
    expect(cards.map((c) => [c.card, c.person.displayName])).to.deep.equal([
      [1, '井上 陽水'],
      [4, 'Good after bad'],
    ]);
    expect(cards[0]!.person.note).to.equal('まいにちの記録🎉です');
    expect(errors.map((e) => [e.code, e.card, e.line])).to.deep.equal([
      ['outside-card', 2, 9],
      ['no-name', 2, 10],
      ['unterminated-card', 3, 14],
      ['unsupported-version', 5, 26],
      ['unterminated-card', 6, 30],
    ]);
    expect(cards[1]!.warnings.map((w) => [w.code, w.card, w.line])).to.deep.equal([
      ['malformed-line', 4, 21],
      ['bad-value', 4, 22],
      ['bad-value', 4, 23],
      ['bad-photo', 4, 24],
    ]);
    expect(cards[1]!.person.urls).to.deep.equal([]);
    expect(cards[1]!.person.avatarUrl).to.equal(undefined);
  });
});
