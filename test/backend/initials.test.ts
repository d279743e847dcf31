import { expect } from '@open-wc/testing';
import { INDEX_INITIALS, initialOf, initialStartKey } from '../../src/backend/initials.js';
import { sortKeyOf } from '../../src/backend/search-text.js';

const names: { displayName: string; phoneticName?: string }[] = [
  { displayName: 'Zoë Zimmer' },
  { displayName: '山田 太郎', phoneticName: 'やまだ たろう' },
  { displayName: 'Émile Zola' },
  { displayName: '1st Choice' },
  { displayName: 'anna' },
  { displayName: 'Øre Olsen' },
  { displayName: '後藤 学', phoneticName: 'ごとう まなぶ' },
  { displayName: 'Bob' },
  { displayName: '佐藤 健', phoneticName: 'サトウ ケン' },
  { displayName: 'パク', phoneticName: 'ぱく' },
  { displayName: '安藤', phoneticName: 'あんどう' },
  { displayName: '渡辺', phoneticName: 'わたなべ' },
  { displayName: "'Quote" },
];

describe('initials of the people list', () => {
  it('puts Latin names under A–Z, Japanese readings under gojūon rows, digits and symbols under #', () => {
    const of = (displayName: string) => initialOf(names.find((n) => n.displayName === displayName)!);
    expect(of('Émile Zola')).to.equal('E');
    expect(of('Øre Olsen')).to.equal('O');
    expect(of('anna')).to.equal('A');
    expect(of('1st Choice')).to.equal('#');
    expect(of("'Quote")).to.equal('#');
    expect(of('山田 太郎')).to.equal('や');
    expect(of('後藤 学')).to.equal('か');
    expect(of('佐藤 健')).to.equal('さ');
    expect(of('パク')).to.equal('は');
    expect(of('渡辺')).to.equal('わ');
    expect(initialOf({ displayName: 'Ω' })).to.equal('Ω');
  });

  it('in name order, initials come in index order, each in one run, starting where initialStartKey says', () => {
    const sorted = [...names].sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1));
    const initials = sorted.map(initialOf);
    const ranks = initials.map((i) => INDEX_INITIALS.indexOf(i));
    expect(ranks.every((r) => r >= 0)).to.equal(true);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    for (const initial of new Set(initials)) {
      const first = initials.indexOf(initial);
      const start = initialStartKey(initial);
      expect(
        sorted.findIndex((n) => sortKeyOf(n) >= start),
        `where ${initial} starts`,
      ).to.equal(first);
    }
    expect(initialStartKey('#')).to.equal('');
  });
});
