import { expect } from '@open-wc/testing';
import { ContactsError } from '../../src/model/errors.js';
import { toVCard } from '../../src/vcard/index.js';
import { checkBytes, icalV3Text, makePerson, parseCards, physicalLines, unfold, values } from './helpers.js';

const NOTE_200 = ('会議メモ: 次回は東京で, 資料; 準備\\済み. ' + 'Lorem ipsum dolor sit amet, 🎉 '.repeat(10)).slice(0, 200);

/** The "done when" person. */
const yamada = makePerson('user-42', '山田 太郎', {
  givenName: '太郎',
  familyName: '山田',
  phoneticName: 'やまだ たろう',
  organization: 'Acme; Inc.',
  jobTitle: 'Engineer, Platform',
  emails: [
    { type: 'work', value: 'taro.yamada@example.co.jp' },
    { type: 'home', value: 'taro@example.com' },
  ],
  phones: [{ type: 'mobile', value: '+81 90-1234-5678' }],
  addresses: [
    {
      type: 'home',
      street: '千代田1-1, ABCビル 5F',
      locality: 'Chiyoda, Tokyo',
      region: '東京都',
      postalCode: '100-0001',
      country: 'Japan',
    },
  ],
  urls: ['https://example.com/taro?a=1,2;3'],
  birthday: '1990-04-12',
  note: NOTE_200,
  avatarUrl: 'https://example.com/a.jpg',
  updatedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
});

describe('toVCard round trip through ical.js', () => {
  it('the note of the done-when case is 200 characters with commas, semicolons, a backslash and emoji', () => {
    expect(NOTE_200.length).to.equal(200);
  });

  it('4.0: every field of the Japanese person imports intact', () => {
    const text = toVCard(yamada);
    checkBytes(text);
    const cards = parseCards(text);
    expect(cards).to.have.length(1);
    const card = cards[0]!;
    expect(card.getFirstPropertyValue('version')).to.equal('4.0');
    expect(unfold(text)[1]).to.equal('VERSION:4.0');
    expect(card.getFirstPropertyValue('fn')).to.equal('山田 太郎');
    expect(card.getFirstPropertyValue('n')).to.deep.equal(['山田', '太郎', '', '', '']);
    expect(card.getFirstProperty('n')!.getParameter('sort-as')).to.equal('やまだ,たろう');
    expect(card.getFirstPropertyValue('x-phonetic-last-name')).to.equal('やまだ');
    expect(card.getFirstPropertyValue('x-phonetic-first-name')).to.equal('たろう');
    expect(card.getFirstPropertyValue('org')).to.equal('Acme; Inc.');
    expect(card.getFirstPropertyValue('title')).to.equal('Engineer, Platform');
    const emails = card.getAllProperties('email');
    expect(emails.map((e) => e.getFirstValue())).to.deep.equal(['taro.yamada@example.co.jp', 'taro@example.com']);
    expect(emails.map((e) => e.getParameter('type'))).to.deep.equal(['work', 'home']);
    const tel = card.getFirstProperty('tel')!;
    expect(tel.getFirstValue()).to.equal('tel:+81-90-1234-5678');
    expect(tel.type).to.equal('uri');
    expect(tel.getParameter('type')).to.deep.equal(['cell', 'voice']);
    expect(unfold(text)).to.include('TEL;VALUE=uri;TYPE="cell,voice":tel:+81-90-1234-5678');
    const adr = card.getFirstProperty('adr')!;
    expect(adr.getFirstValue()).to.deep.equal(['', '', '千代田1-1, ABCビル 5F', 'Chiyoda, Tokyo', '東京都', '100-0001', 'Japan']);
    expect(adr.getParameter('type')).to.equal('home');
    expect(card.getFirstPropertyValue('url')).to.equal('https://example.com/taro?a=1,2;3');
    expect(unfold(text)).to.include('BDAY:19900412');
    expect(card.getFirstPropertyValue('note')).to.equal(NOTE_200);
    expect(card.getFirstPropertyValue('photo')).to.equal('https://example.com/a.jpg');
    expect(card.getFirstPropertyValue('uid')).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(card.getFirstPropertyValue('kind')).to.equal('individual');
    expect(unfold(text)).to.include('REV:20240102T030405Z');
    expect(card.getFirstPropertyValue('prodid')).to.equal('-//contacts-center//vCard//EN');
  });

  it('3.0: every field of the Japanese person imports intact', () => {
    const text = toVCard(yamada, { version: '3.0' });
    checkBytes(text);
    const cards = parseCards(text);
    expect(cards).to.have.length(1);
    const card = cards[0]!;
    const lines = unfold(text);
    expect(lines.slice(0, 2)).to.deep.equal(['BEGIN:VCARD', 'VERSION:3.0']);
    expect(card.getFirstPropertyValue('fn')).to.equal('山田 太郎');
    expect(card.getFirstPropertyValue('n')).to.deep.equal(['山田', '太郎', '', '', '']);
    expect(card.getFirstPropertyValue('x-phonetic-last-name')).to.equal('やまだ');
    expect(card.getFirstPropertyValue('org')).to.equal('Acme; Inc.');
    expect(card.getFirstPropertyValue('title')).to.equal('Engineer, Platform');
    expect(values(card, 'email')).to.deep.equal(['taro.yamada@example.co.jp', 'taro@example.com']);
    expect(card.getAllProperties('email').map((e) => e.getParameter('type'))).to.deep.equal([
      ['INTERNET', 'WORK'],
      ['INTERNET', 'HOME'],
    ]);
    expect(lines).to.include('TEL;TYPE=CELL,VOICE:+81 90-1234-5678');
    expect(card.getFirstPropertyValue('tel')).to.equal('+81 90-1234-5678');
    expect(card.getFirstPropertyValue('adr')).to.deep.equal([
      '',
      '',
      '千代田1-1, ABCビル 5F',
      'Chiyoda, Tokyo',
      '東京都',
      '100-0001',
      'Japan',
    ]);
    expect(card.getFirstPropertyValue('url')).to.equal('https://example.com/taro?a=1,2;3');
    expect(lines).to.include('BDAY:1990-04-12');
    expect(icalV3Text(card.getFirstPropertyValue('note'))).to.equal(NOTE_200);
    expect(lines).to.include('PHOTO;VALUE=uri:https://example.com/a.jpg');
    expect(lines).to.include('REV:2024-01-02T03:04:05Z');
    expect(lines.some((l) => l.startsWith('KIND'))).to.be.false;
    expect(text).not.to.include('CHARSET');
  });

  it('writes one card per person, in order, with CRLF after every line including the last', () => {
    const people = [makePerson('a', 'Ann Lee'), makePerson('b', 'Bo'), makePerson('c', 'キム ミンジュン')];
    for (const version of ['4.0', '3.0'] as const) {
      const text = toVCard(people, { version });
      expect(text.endsWith('END:VCARD\r\n')).to.be.true;
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const cards = parseCards(text);
      expect(cards.map((c) => c.getFirstPropertyValue('fn'))).to.deep.equal(['Ann Lee', 'Bo', 'キム ミンジュン']);
      expect(physicalLines(text).filter((l) => l === 'BEGIN:VCARD')).to.have.length(3);
    }
    expect(toVCard([])).to.equal('');
  });

  it('derives N from the display name when structured names are absent', () => {
    const n = (displayName: string): unknown => parseCards(toVCard(makePerson('x', displayName)))[0]!.getFirstPropertyValue('n');
    expect(n('Jane Q. Public')).to.deep.equal(['Public', 'Jane', 'Q.', '', '']);
    expect(n('Doe, Jane')).to.deep.equal(['Doe', 'Jane', '', '', '']);
    expect(n('山田 太郎')).to.deep.equal(['山田', '太郎', '', '', '']);
    expect(n('Cher')).to.deep.equal(['', 'Cher', '', '', '']);
    expect(n('  ')).to.deep.equal(['', '', '', '', '']);
  });

  it('never writes an empty FN', () => {
    const fn = (p: ReturnType<typeof makePerson>): unknown => parseCards(toVCard(p))[0]!.getFirstPropertyValue('fn');
    expect(fn(makePerson('x', ' ', { givenName: 'Ann', familyName: 'Lee' }))).to.equal('Ann Lee');
    expect(fn(makePerson('x', '', { emails: [{ type: 'work', value: 'a@b.example' }] }))).to.equal('a@b.example');
    expect(fn(makePerson('id-7', '\n'))).to.equal('id-7');
  });

  it('maps phone, email and address kinds in both versions', () => {
    const person = makePerson('t', 'Types', {
      emails: [{ type: 'other', value: 'o@example.com' }],
      phones: [
        { type: 'work', value: '(03) 1234-5678' },
        { type: 'home', value: '+1 555 123 4567 ext. 89' },
        { type: 'fax', value: '+44 20 7946 0000' },
        { type: 'other', value: 'ask the front desk, please' },
        { type: 'other', value: '+81 (3) 1234.5678' },
      ],
      addresses: [{ type: 'work', locality: 'Paris' }, { type: 'other', country: 'Peru' }, { type: 'home' }],
    });
    const v4 = unfold(toVCard(person));
    expect(v4).to.include.members([
      'EMAIL:o@example.com',
      'TEL;TYPE="work,voice":(03) 1234-5678',
      'TEL;VALUE=uri;TYPE=voice:tel:+81-(3)-1234.5678',
      'TEL;VALUE=uri;TYPE="home,voice":tel:+1-555-123-4567;ext=89',
      'TEL;VALUE=uri;TYPE=fax:tel:+44-20-7946-0000',
      'TEL;TYPE=voice:ask the front desk\\, please',
      'ADR;TYPE=work:;;;Paris;;;',
      'ADR:;;;;;;Peru',
    ]);
    expect(v4.filter((l) => l.startsWith('ADR'))).to.have.length(2);
    const v3 = unfold(toVCard(person, { version: '3.0' }));
    expect(v3).to.include.members([
      'EMAIL;TYPE=INTERNET:o@example.com',
      'TEL;TYPE=WORK,VOICE:(03) 1234-5678',
      'TEL;TYPE=HOME,VOICE:+1 555 123 4567 ext. 89',
      'TEL;TYPE=FAX:+44 20 7946 0000',
      'TEL;TYPE=VOICE:ask the front desk, please',
      'ADR;TYPE=WORK:;;;Paris;;;',
    ]);
    const card = parseCards(toVCard(person))[0]!;
    expect(values(card, 'tel')[3]).to.equal('ask the front desk, please');
  });

  it('writes birthdays without a year, and leaves out invalid ones', () => {
    const bday = (birthday: string, version: '4.0' | '3.0'): string | undefined =>
      unfold(toVCard(makePerson('b', 'B', { birthday }), { version })).find((l) => l.startsWith('BDAY'));
    expect(bday('--02-29', '4.0')).to.equal('BDAY:--0229');
    expect(bday('--02-29', '3.0')).to.equal('BDAY:--02-29');
    expect(
      parseCards(toVCard(makePerson('b', 'B', { birthday: '--12-31' })))[0]!
        .getFirstPropertyValue('bday')!
        .toString(),
    ).to.equal('--12-31');
    expect(bday('2023-02-29', '4.0')).to.be.undefined;
    expect(bday('1990-13-01', '3.0')).to.be.undefined;
    expect(bday('1990-01-01T00:00', '4.0')).to.be.undefined;
    expect(bday('yesterday', '4.0')).to.be.undefined;
  });

  it('writes only http(s) URLs and image avatars', () => {
    const person = makePerson('u', 'U', {
      urls: ['javascript:alert(1)', 'https://ok.example/', 'file:///etc/passwd', 'ftp://x.example/', ' http://spaced.example/a b '],
      avatarUrl: 'javascript:alert(1)',
    });
    const lines = unfold(toVCard(person));
    expect(lines.filter((l) => l.startsWith('URL'))).to.deep.equal(['URL:https://ok.example/', 'URL:http://spaced.example/a%20b']);
    expect(lines.some((l) => l.startsWith('PHOTO'))).to.be.false;
    const svg = unfold(toVCard(makePerson('s', 'S', { avatarUrl: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' })));
    expect(svg.some((l) => l.startsWith('PHOTO'))).to.be.false;
    const jpeg = toVCard(makePerson('j', 'J', { avatarUrl: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==' }));
    expect(unfold(jpeg)).to.include('PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRg==');
    expect(unfold(toVCard(makePerson('j', 'J', { avatarUrl: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==' }), { version: '3.0' }))).to.include(
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==',
    );
  });

  it('gives each person a stable UID derived from the id', () => {
    const uid = (id: string): unknown => parseCards(toVCard(makePerson(id, 'Same')))[0]!.getFirstPropertyValue('uid');
    expect(uid('p1')).to.equal('urn:uuid:b64ae02f-cc8c-5e0c-b7ba-f3e5a0065466');
    expect(uid('p1')).to.equal(uid('p1'));
    expect(uid('p2')).not.to.equal(uid('p1'));
  });

  it('writes REV from updatedAt, else from the now option', () => {
    const now = new Date(Date.UTC(2025, 10, 5, 6, 7, 8));
    expect(unfold(toVCard(makePerson('r', 'R'), { now }))).to.include('REV:20251105T060708Z');
    expect(unfold(toVCard(makePerson('r', 'R'), { now, version: '3.0' }))).to.include('REV:2025-11-05T06:07:08Z');
    expect(unfold(toVCard(makePerson('r', 'R', { updatedAt: NaN }), { now }))).to.include('REV:20251105T060708Z');
  });

  it('Outlook mode adds CHARSET=UTF-8 to text properties in 3.0 and is refused with 4.0', () => {
    const lines = unfold(toVCard(yamada, { version: '3.0', outlook: true }));
    for (const name of ['FN', 'N', 'ORG', 'TITLE', 'NOTE', 'ADR;TYPE=HOME', 'X-PHONETIC-LAST-NAME']) {
      expect(
        lines.some((l) => l.startsWith(name + ';CHARSET=UTF-8:')),
        name,
      ).to.be.true;
    }
    const card = parseCards(toVCard(yamada, { version: '3.0', outlook: true }))[0]!;
    expect(card.getFirstPropertyValue('fn')).to.equal('山田 太郎');
    expect(() => toVCard(yamada, { outlook: true }))
      .to.throw(ContactsError)
      .with.property('code', 'invalid-input');
  });

  it('uses a custom PRODID, escaped', () => {
    const prodId = '-//Example, Inc.//Contacts 1.0//EN';
    // ical.js types a 4.0 PRODID as "unknown" and so does not unescape it; its 3.0 design reads it as text.
    expect(unfold(toVCard(yamada, { prodId }))).to.include('PRODID:-//Example\\, Inc.//Contacts 1.0//EN');
    const card = parseCards(toVCard(yamada, { prodId, version: '3.0' }))[0]!;
    expect(card.getFirstPropertyValue('prodid')).to.equal(prodId);
  });

  it('rejects malformed input with a typed error', () => {
    const bad = [
      () => toVCard(null as never),
      () => toVCard([{ id: 1, displayName: 'x' }] as never),
      () => toVCard(yamada, { version: '2.1' as never }),
      () => toVCard(yamada, { now: new Date(NaN) }),
    ];
    for (const call of bad) expect(call).to.throw(ContactsError).with.property('code', 'invalid-input');
  });

  it('writes no byte-order mark and no CHARSET in 4.0', () => {
    const text = toVCard(yamada);
    expect(text.charCodeAt(0)).to.equal('B'.charCodeAt(0));
    expect(text).not.to.include('CHARSET');
    expect(text).not.to.include('ENCODING');
  });
});
