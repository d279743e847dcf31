import { expect } from '@open-wc/testing';
import { allLocales } from '../../src/i18n/locale-codes.js';
import { formatCount } from '../../src/i18n/formatters.js';

describe('formatCount', () => {
  it('writes counts below 1,000 as every shipped locale’s formatter would, without building one', () => {
    for (const locale of allLocales) {
      const format = new Intl.NumberFormat(locale);
      for (let n = 0; n < 1000; n++) expect(String(n), locale).to.equal(format.format(n));
    }
    expect(formatCount(0)).to.equal('0');
    expect(formatCount(999)).to.equal('999');
  });

  it('groups larger counts for the locale', () => {
    expect(formatCount(10_000)).to.equal('10,000');
    expect(formatCount(1.5)).to.equal('1.5');
  });
});
