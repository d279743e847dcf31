import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold } from '../../src/vcard/fold.js';
import { toVCard } from '../../src/vcard/index.js';
import { checkBytes, expectedClean, icalV3Text, makePerson, parseCards, physicalLines, unfold } from './helpers.js';

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

const SAMPLES: Record<string, string> = {
  japanese:
    '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。'.repeat(
      3,
    ),
  // 𠮷 is outside the BMP: a surrogate pair in UTF-16, four octets in UTF-8.
  astral: '𠮷野家の𠮷'.repeat(30),
  // ZWJ sequences (family, rainbow flag) and skin-tone modifiers: long runs of 4-octet code points joined by U+200D.
  zwj: '👨‍👩‍👧‍👦🏳️‍🌈👩🏽‍💻'.repeat(20),
  // Combining marks: e + U+0301, Devanagari and Vietnamese stacked marks.
  combining: 'e\u0301'.repeat(40) + 'क्षि'.repeat(20) + 'ệ̃'.repeat(20),
  mixed: 'aé漢😀'.repeat(40),
  ascii: 'x'.repeat(300),
};

describe('folding', () => {
  for (const [label, value] of Object.entries(SAMPLES)) {
    it(`keeps every physical line ≤ 75 octets and whole code points (${label})`, () => {
      for (const version of ['4.0', '3.0'] as const) {
        const text = toVCard(makePerson('f', value, { note: value, organization: value }), { version });
        checkBytes(text);
        expect(physicalLines(text).length).to.be.greaterThan(6);
        const card = parseCards(text)[0]!;
        expect(card.getFirstPropertyValue('fn')).to.equal(value);
        const note = card.getFirstPropertyValue('note');
        expect(version === '3.0' ? icalV3Text(note) : note).to.equal(value);
      }
    });
  }

  it('fills lines up to the limit and unfolds to the exact line', () => {
    const line = 'NOTE:' + 'あ'.repeat(100);
    const folded = fold(line);
    const parts = folded.split('\r\n');
    expect(octets(parts[0]!)).to.equal(74); // 'NOTE:' (5) + 23 × 3 = 74: a 24th あ would make 77.
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).to.be.true;
      expect(octets(part)).to.be.at.most(75);
    }
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(fold('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(fold('x'.repeat(76))).to.equal('x'.repeat(75) + '\r\n x');
    expect(fold('x'.repeat(75 + 74 + 1))).to.equal('x'.repeat(75) + '\r\n ' + 'x'.repeat(74) + '\r\n x');
  });

  it('never splits a surrogate pair, even at the exact boundary', () => {
    for (let pad = 0; pad < 8; pad++) {
      const line = 'N'.repeat(pad) + '𠮷'.repeat(40);
      const folded = fold(line);
      for (const part of folded.split('\r\n')) {
        expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part)), `pad ${pad}`).to.equal(part);
        expect(octets(part)).to.be.at.most(75);
      }
      expect(folded.replace(/\r\n /g, '')).to.equal(line);
    }
  });

  it('any text at all: lines ≤ 75 octets, valid UTF-8 per line, value restored by unfolding (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('4.0', '3.0'), (value, version) => {
        const text = toVCard(makePerson('p', 'P', { note: value }), { version: version as '4.0' | '3.0' });
        checkBytes(text);
        const cards = parseCards(text);
        expect(cards).to.have.length(1);
        const note = cards[0]!.getFirstPropertyValue('note');
        const expected = expectedClean(value);
        if (expected.trim() === '') expect(note).to.equal(null);
        else expect(version === '3.0' ? icalV3Text(note) : note).to.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('fold alone: restores any line and respects the octet limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (value) => {
        const folded = fold(value.replace(/[\r\n]/g, ''));
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).to.be.at.most(75);
          expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part))).to.equal(part);
        }
        expect(folded.replace(/\r\n /g, '')).to.equal(value.replace(/[\r\n]/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('a long base64 photo folds and unfolds exactly', () => {
    const base64 = btoa(String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7) & 255)));
    const avatarUrl = 'data:image/png;base64,' + base64;
    for (const version of ['4.0', '3.0'] as const) {
      const text = toVCard(makePerson('p', 'P', { avatarUrl }), { version });
      checkBytes(text);
      const photo = unfold(text).find((l) => l.startsWith('PHOTO'))!;
      expect(photo.endsWith(base64)).to.be.true;
    }
  });
});
