import { expect } from '@open-wc/testing';
import { errorText } from '../../src/components/shared/error-text.js';
import { setLocale } from '../../src/i18n/localization.js';
import { CONTACTS_ERROR_CODES, ContactsError } from '../../src/model/errors.js';

describe('errorText', () => {
  afterEach(() => setLocale('en'));

  it("shows an adapter's own message in English, which names the person", () => {
    expect(errorText(new ContactsError('blocked', 'You have blocked Richard Roe.'))).to.equal('You have blocked Richard Roe.');
  });

  it('gives a storage failure the actionable sentence, and anything else a generic one', () => {
    expect(errorText(new ContactsError('storage', 'QuotaExceededError'))).to.equal(
      'Your contacts could not be saved or read. Check that this site may store data, then try again.',
    );
    expect(errorText(new TypeError('x is undefined'))).to.equal('Something went wrong. Please try again.');
  });

  it('speaks Japanese for every error code instead of leaking the English message', async () => {
    await setLocale('ja');
    const codes = CONTACTS_ERROR_CODES;
    const texts = codes.map((code) => errorText(new ContactsError(code, 'English message from the adapter.')));
    expect(texts[2]).to.equal('この人との間にブロックがあるため、この操作はできません。');
    for (const [i, text] of texts.entries()) {
      expect(text, codes[i]).not.to.match(/[A-Za-z]{3,}/);
    }
    expect(new Set(texts).size).to.equal(codes.length);
  });
});
