import { expect } from '@open-wc/testing';
import { sha1, uuidV5 } from '../../src/vcard/uuid.js';
import { personUid } from '../../src/vcard/index.js';

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
