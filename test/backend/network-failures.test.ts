/**
 * What a remote adapter adds to the contract's failures: `network` (unreachable, timed out, rate-limited, each
 * with its own typed `network` and words) and `unauthorized` (a refused sign-in), Retry offered only where it
 * can work, in English and Japanese.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/activity-feed/activity-feed.js';
import { errorText } from '../../src/components/shared/error-text.js';
import { setLocale } from '../../src/i18n/localization.js';
import { canRetry, ContactsError, NETWORK_FAILURES, type NetworkFailure } from '../../src/model/errors.js';
import { part, settled } from '../components/activity-feed/dom.js';
import { memoryBackend, wrapBackend } from '../helpers/backend.js';

const networkError = (network?: NetworkFailure) => new ContactsError('network', 'English words', network ? { network } : undefined);
const signedOut = () => new ContactsError('unauthorized', 'English words');

describe('network and unauthorized failures', () => {
  afterEach(() => setLocale('en'));

  it('carry their kind as a typed field (network default offline), never a storage reason', () => {
    expect(networkError().network).to.equal('offline');
    expect(networkError('timeout').network).to.equal('timeout');
    expect(networkError('timeout').reason).to.equal(undefined);
    expect(signedOut().network).to.equal(undefined);
    expect(new ContactsError('storage', 'x').network).to.equal(undefined);
  });

  it('each have their own words, in English and in Japanese; Retry for the network, not for a refused sign-in', async () => {
    const errors = [...NETWORK_FAILURES.map(networkError), signedOut()];
    const english = errors.map(errorText);
    expect(english[0]).to.equal('The contacts server could not be reached. Check your connection, then try again.');
    expect(english.at(-1)).to.equal('You are not signed in, or your sign-in has expired. Sign in again, then reload this page.');
    expect(new Set(english).size).to.equal(errors.length);
    expect(english).not.to.include('English words');
    await setLocale('ja');
    const japanese = errors.map(errorText);
    expect(new Set(japanese).size).to.equal(errors.length);
    for (const text of japanese) expect(text).not.to.match(/[A-Za-z]{3,}/);
    expect(errors.map(canRetry)).to.deep.equal([true, true, true, false]);
  });

  for (const [error, retry] of [
    [networkError('timeout'), true],
    [signedOut(), false],
  ] as const) {
    it(`<activity-feed> shows the ${error.code} sentence ${retry ? 'with' : 'without'} "Try again"`, async () => {
      const backend = wrapBackend(memoryBackend({ people: [{ id: 'me', displayName: 'Me' }] }), {
        getFeed: () => Promise.reject(error),
      });
      const el = await fixture(html`<activity-feed .backend=${backend}></activity-feed>`);
      await settled(el as never);
      await new Promise((r) => setTimeout(r, 50));
      expect(part(el as never, 'error')!.textContent).to.contain(errorText(error));
      expect(part(el as never, 'retry') !== null).to.equal(retry);
    });
  }
});
