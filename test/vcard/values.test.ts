import { expect } from '@open-wc/testing';
import { sha1, uuidV5 } from '../../src/vcard/uuid.js';
import { personUid } from '../../src/vcard/index.js';
import { httpUri, timestamp } from '../../src/vcard/values.js';
import fc from 'fast-check';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('name-based UIDs', () => {
  it('SHA-1 matches the browser digest on short, block-boundary and long input', async () => {
    for (const length of [0, 3, 55, 56, 63, 64, 65, 1000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 255);
      const expected = hex(new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)));
      expect(hex(sha1(bytes)), `length ${length}`).to.equal(expected);
    }
  });

  it('UUID v5 matches the reference vector and is stable', () => {
    expect(uuidV5(DNS_NAMESPACE, 'www.example.com')).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(personUid('p1')).to.equal('urn:uuid:b64ae02f-cc8c-5e0c-b7ba-f3e5a0065466');
    expect(personUid('山田' + 'a'.repeat(100))).to.equal('urn:uuid:644081e2-5a47-5c99-b466-18c006a8786a');
  });
});

describe('httpUri', () => {
  it('returns exactly what the URL parser would, through the fast path or not, and refuses user info', () => {
    const urls = [
      'https://example.com/',
      'https://example.com/a/b.jpg?x=1&y=2,3;4',
      'https://cdn.example.com/avatars/user1.jpg',
      'http://sub.example.co.jp/~taro/',
      'https://example.com',
      'HTTPS://EXAMPLE.COM/A',
      'https://example.com/a/../b',
      'https://example.com/./b',
      'https://example.com/a/.',
      'https://example.com/a/..?q',
      'https://example.com/.well-known/x',
      'https://example.com/a..b/c.',
      "https://example.com/it's?q='x'",
      'https://example.com/%7e/%zz',
      'https://192.168.0.1/a',
      'https://0x7f.1/a',
      'https://example.com:443/a',
      'https://example.com/a b',
      'https://example.com/a#frag',
      'https://xn--r8jz45g.jp/',
      'https://münchen.de/',
      'https://example.com\\evil.com/',
      ' https://example.com/trim ',
    ];
    for (const url of urls) {
      const parsed = new URL(url.trim());
      expect(httpUri(url), url).to.equal(parsed.href);
    }
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//example.com/a',
      'https://user:pass@example.com/a',
      'https://bank.example@evil.example/',
      'example.com',
      'https://',
      'ftp://x.example/',
    ]) {
      expect(httpUri(bad), bad).to.be.undefined;
    }
  });
});

describe('timestamp', () => {
  it('matches Date#toISOString over the whole writable range (property)', () => {
    const MIN = -62167219200000; // 0000-01-01T00:00:00.000Z
    const MAX = 253402300799999; // 9999-12-31T23:59:59.999Z
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: MIN, max: MAX }), fc.constantFrom(MIN, MAX, 0, -1, 951782400000, 951868799999)), (ms) => {
        const date = new Date(ms);
        const iso = String(date.getUTCFullYear()).padStart(4, '0') + date.toISOString().slice(-20, -5) + 'Z';
        expect(timestamp(ms, true)).to.equal(iso);
        expect(timestamp(ms, false)).to.equal(iso.replace(/[-:]/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
