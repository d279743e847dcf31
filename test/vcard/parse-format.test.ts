// parseVCards: the line format and value rules one at a time.
import { expect } from '@open-wc/testing';
import { parseVCards } from '../../src/vcard/index.js';

const card = (...lines: string[]): string => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n') + '\r\n';
const one = (text: string | Uint8Array) => {
  const { cards, errors } = parseVCards(text);
  expect(errors).to.deep.equal([]);
  expect(cards).to.have.length(1);
  return cards[0]!;
};

describe('parseVCards: format rules', () => {
  it('reads CR-only files (classic Mac OS) and a UTF-8 byte-order mark', () => {
    expect(one('\uFEFFBEGIN:VCARD\rVERSION:3.0\rFN:Ann\rEND:VCARD\r').person.displayName).to.equal('Ann');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(card('VERSION:3.0', 'FN:Bob'))]);
    expect(one(bom).person.displayName).to.equal('Bob');
  });

  it('folds remove the break and exactly one space or tab', () => {
    const p = one(card('VERSION:3.0', 'FN:Ann', 'NOTE:one', '  two', '\tthree')).person;
    expect(p.note).to.equal('one twothree');
  });

  it('RFC 6868 caret escapes and quoted parameter values; SORT-AS gives the reading when X-PHONETIC-* is absent', () => {
    const p = one(
      card('VERSION:4.0', 'FN:山田 太郎', 'N;SORT-AS="やまだ,たろう":山田;太郎;;;', 'ADR;LABEL="a^nb ^\'q^\'";TYPE=work:;;1 St;;;;'),
    ).person;
    expect(p.phoneticName).to.equal('やまだ たろう');
    expect(p.addresses).to.deep.equal([{ type: 'work', street: '1 St' }]);
  });

  it('an embedded 2.1 AGENT card is not a card of its own', () => {
    const text = card('VERSION:2.1', 'FN:Boss', 'AGENT:', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Assistant', 'END:VCARD', 'TEL:123');
    const p = one(text).person;
    expect(p.displayName).to.equal('Boss');
    expect(p.phones).to.deep.equal([{ type: 'other', value: '123' }]);
  });

  it('names the person from N, then ORG, EMAIL or TEL when FN is missing (family first in CJK scripts)', () => {
    expect(one(card('VERSION:2.1', 'N:Doe;Jane;Q.;;')).person.displayName).to.equal('Jane Q. Doe');
    expect(one(card('VERSION:2.1', 'N:山田;太郎;;;')).person.displayName).to.equal('山田 太郎');
    expect(one(card('VERSION:3.0', 'ORG:Acme;Sales')).person.displayName).to.equal('Acme, Sales');
    expect(one(card('VERSION:3.0', 'EMAIL:a@example.com')).person.displayName).to.equal('a@example.com');
  });

  it('keeps only raster images and http(s) URLs: SVG, javascript: and file: photos are skipped and reported', () => {
    const svg = 'PHOTO:data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
    const { cards } = parseVCards(card('VERSION:4.0', 'FN:A', svg, 'PHOTO:javascript:alert(1)', 'URL:ftp://example.com/x'));
    expect(cards[0]!.person.avatarUrl).to.equal(undefined);
    expect(cards[0]!.person.urls).to.deep.equal([]);
    expect(cards[0]!.warnings.map((w) => w.code)).to.deep.equal(['bad-photo', 'bad-photo', 'bad-value']);
    const jpeg = one(card('VERSION:4.0', 'FN:B', 'PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRg==')).person.avatarUrl;
    expect(jpeg).to.equal('data:image/jpeg;base64,/9j/4AAQSkZJRg==');
  });

  it('timestamps: basic and extended forms, UTC offsets, dates alone', () => {
    const rev = (value: string) => one(card('VERSION:3.0', 'FN:A', `REV:${value}`)).revision;
    expect(rev('20240102T030405Z')).to.equal(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(rev('2024-01-02T03:04:05Z')).to.equal(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(rev('2024-01-02T12:04:05+09:00')).to.equal(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(rev('2024-01-02')).to.equal(Date.UTC(2024, 0, 2));
  });

  it('thousands of cards with a broken one in the middle: every other card is read, the broken one located', () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++)
      parts.push(i === 1500 ? 'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name\r\nEND:VCARD\r\n' : card('VERSION:3.0', `FN:P${i}`));
    const { cards, errors } = parseVCards(parts.join(''));
    expect(cards).to.have.length(2999);
    expect(errors).to.deep.equal([
      { code: 'no-name', card: 1501, line: 1500 * 4 + 1, message: 'The card has no FN, N, ORG, EMAIL or TEL.' },
    ]);
    expect(cards[1500]!.person.displayName).to.equal('P1501');
  });

  it('a CHARSET the platform does not know is read with the fallback charset and reported', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-NOPE:caf'),
      0xe9,
      13,
      10,
      ...new TextEncoder().encode('END:VCARD\r\n'),
    ]);
    const { cards } = parseVCards(bytes);
    expect(cards[0]!.person.displayName).to.equal('café');
    expect(cards[0]!.warnings.map((w) => [w.code, w.line])).to.deep.equal([['unknown-charset', 3]]);
  });
});
