import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Person } from '../../src/model/person.js';
import { toVCard } from '../../src/vcard/index.js';
import { checkBytes, expectedClean, icalV3Text, makePerson, parseCards, physicalLines, unfold } from './helpers.js';

const INJECTION = 'Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mallory\rTEL:+1\n\u2028URL:javascript:x\u2029\x85NOTE:x';
const PUNCTUATION = 'a:b;c,d\\e\\nf\\,g "q" <h> ^i';
const CONTROLS = 'nul\0bel\x07esc\x1bdel\x7fc1\x9btab\there';

function hostilePerson(id: string): Person {
  return makePerson(id, INJECTION, {
    givenName: 'Eve\r\nEND:VCARD',
    familyName: 'BEGIN:VCARD;x',
    additionalNames: PUNCTUATION,
    phoneticName: 'a,b "c"\r\nd:e',
    organization: INJECTION + PUNCTUATION,
    jobTitle: CONTROLS,
    emails: [{ type: 'work', value: 'eve@example.com\r\nBEGIN:VCARD' }],
    phones: [
      { type: 'mobile', value: '+1 555\r\nEND:VCARD' },
      { type: 'home', value: '+1\\;555,0100' },
    ],
    addresses: [{ type: 'home', street: INJECTION, locality: PUNCTUATION, country: CONTROLS }],
    urls: ['https://example.com/\r\nEND:VCARD', 'https://example.com/a\nb'],
    note: INJECTION + PUNCTUATION + CONTROLS,
    avatarUrl: 'https://example.com/a.png\r\nEND:VCARD',
  });
}

/** Structural properties that must appear exactly once per card. */
const ONCE = ['BEGIN', 'END', 'VERSION', 'FN', 'N', 'UID', 'REV', 'PRODID'];

describe('hostile input stays data', () => {
  for (const version of ['4.0', '3.0'] as const) {
    it(`never adds a line, property or card (${version})`, () => {
      const people = [hostilePerson('h1'), makePerson('ok', 'Plain Person'), hostilePerson('h2')];
      const text = toVCard(people, { version });
      checkBytes(text);
      const lines = physicalLines(text);
      expect(lines.filter((l) => l === 'BEGIN:VCARD')).to.have.length(3);
      expect(lines.filter((l) => l === 'END:VCARD')).to.have.length(3);
      // Every physical line is either a continuation or starts with a property we wrote.
      for (const line of lines) expect(line, line).to.match(/^( |[A-Z-]+[;:])/);
      const logical = unfold(text);
      for (const name of ONCE) {
        expect(
          logical.filter((l) => new RegExp(`^${name}[;:]`).test(l)),
          name,
        ).to.have.length(3);
      }
      const cards = parseCards(text);
      expect(cards).to.have.length(3);
      const [card] = cards;
      const names = card!.getAllProperties().map((p) => p.name);
      const expected = [
        'version',
        'prodid',
        'uid',
        'fn',
        'n',
        'x-phonetic-first-name',
        'x-phonetic-middle-name',
        'x-phonetic-last-name',
        'org',
        'title',
        'email',
        'tel',
        'tel',
        'adr',
        'url',
        'url',
        'note',
        'photo',
        'rev',
      ];
      if (version === '4.0') expected.splice(2, 0, 'kind');
      expect(names).to.deep.equal(expected);
      expect(cards[1]!.getFirstPropertyValue('fn')).to.equal('Plain Person');
    });

    it(`values round-trip minus the dropped control characters (${version})`, () => {
      const card = parseCards(toVCard(hostilePerson('h'), { version }))[0]!;
      const text = (name: string): string => {
        const value = card.getFirstPropertyValue(name);
        return version === '3.0' ? icalV3Text(value) : String(value);
      };
      // Names are one line: breaks become spaces.
      const oneLine = (s: string): string => expectedClean(s).replace(/\s+/g, ' ').trim();
      expect(card.getFirstPropertyValue('fn')).to.equal(oneLine(INJECTION));
      expect(card.getFirstPropertyValue('n')).to.deep.equal(['BEGIN:VCARD;x', 'Eve END:VCARD', PUNCTUATION, '', '']);
      expect(text('note')).to.equal(expectedClean(INJECTION + PUNCTUATION + CONTROLS));
      expect(card.getFirstPropertyValue('org')).to.equal(expectedClean(INJECTION + PUNCTUATION));
      expect(text('title')).to.equal('nulbelescdelc1tab\there');
      expect(card.getFirstPropertyValue('adr')).to.deep.equal([
        '',
        '',
        expectedClean(INJECTION),
        PUNCTUATION,
        '',
        '',
        expectedClean(CONTROLS),
      ]);
      // An email address is one line: its break becomes a space.
      expect(text('email')).to.equal('eve@example.com BEGIN:VCARD');
      // URLs lose their line breaks (the URL parser strips them); the avatar URL is kept only as a safe URI.
      expect(card.getAllProperties('url').map((p) => p.getFirstValue())).to.deep.equal([
        'https://example.com/END:VCARD',
        'https://example.com/ab',
      ]);
      expect(card.getFirstPropertyValue('photo')).to.equal('https://example.com/a.pngEND:VCARD');
    });
  }

  it('phones: 4.0 writes text when the number is not a plain number; 3.0 keeps dial characters', () => {
    const v4 = unfold(toVCard(hostilePerson('h')));
    expect(v4).to.include('TEL;TYPE="cell,voice":+1 555 END:VCARD');
    expect(v4).to.include('TEL;TYPE="home,voice":+1\\\\;555\\,0100');
    const v3 = unfold(toVCard(hostilePerson('h'), { version: '3.0' }));
    expect(v3).to.include('TEL;TYPE=CELL,VOICE:+1 555 END:VCARD');
    expect(v3).to.include('TEL;TYPE=HOME,VOICE:+1;555,0100');
  });

  it('escapes parameter values: SORT-AS with quotes and breaks stays one parameter', () => {
    const text = toVCard(makePerson('s', 'Ann Lee', { phoneticName: 'a"n\r\n:n L^ee' }));
    const n = unfold(text).find((l) => l.startsWith('N;'))!;
    expect(n).to.equal(`N;SORT-AS="L^^ee,a^'n":Lee;Ann;;;`);
    const card = parseCards(text)[0]!;
    expect(card.getFirstProperty('n')!.getParameter('sort-as')).to.equal('L^ee,a"n');
  });

  it('never writes the escape \\: (there is none)', () => {
    expect(toVCard(hostilePerson('h'))).not.to.include('\\:');
    expect(toVCard(hostilePerson('h'), { version: '3.0' })).not.to.include('\\:');
  });

  it('any name and note: exactly one card with exactly the expected properties (property)', () => {
    const hostileText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc
        .array(
          fc.constantFrom(
            '\r',
            '\n',
            '\r\n',
            '\u2028',
            '\u2029',
            'END:VCARD',
            'BEGIN:VCARD',
            ':',
            ';',
            ',',
            '\\',
            '"',
            '\0',
            '\x1b',
            'あ',
            '𠮷',
            ' ',
          ),
          { maxLength: 40 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(hostileText, hostileText, fc.constantFrom('4.0', '3.0'), (name, note, version) => {
        const v = version as '4.0' | '3.0';
        const text = toVCard([makePerson('a', name, { note }), makePerson('b', 'B')], { version: v });
        checkBytes(text);
        const lines = physicalLines(text);
        expect(lines.filter((l) => l === 'BEGIN:VCARD')).to.have.length(2);
        expect(lines.filter((l) => l === 'END:VCARD')).to.have.length(2);
        const cards = parseCards(text);
        expect(cards).to.have.length(2);
        const hasNote = expectedClean(note).trim() !== '';
        // VERSION, PRODID, (KIND), UID, FN, N, REV, and NOTE when there is one.
        expect(cards[0]!.getAllProperties().length).to.equal((v === '4.0' ? 7 : 6) + (hasNote ? 1 : 0));
        if (hasNote) {
          const value = cards[0]!.getFirstPropertyValue('note');
          expect(v === '3.0' ? icalV3Text(value) : value).to.equal(expectedClean(note));
        }
      }),
      { numRuns: 300 },
    );
  });
});
