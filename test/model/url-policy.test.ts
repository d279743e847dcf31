import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { imageUrl, linkText, linkUrl } from '../../src/model/url-policy.js';

const NOT_LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,x',
  'data:image/png;base64,AAAA',
  'file:///etc/passwd',
  'mailto:a@example.com',
  '/relative',
  '//example.com/protocol-relative',
  'example.com',
  'ftp://x.example/',
  'https://',
  'https://user:pass@example.com/',
  'https://bank.example@evil.example/',
  '',
  undefined,
];

describe('URL policy', () => {
  it('links only absolute http(s) URLs without user info, normalised', () => {
    expect(linkUrl('https://example.com/a?b=1')).to.equal('https://example.com/a?b=1');
    expect(linkUrl(' http://example.com ')).to.equal('http://example.com/');
    expect(linkUrl('HTTPS://EXAMPLE.COM/A')).to.equal('https://example.com/A');
    for (const bad of NOT_LINKS) expect(linkUrl(bad), String(bad)).to.equal(undefined);
  });

  it('never links anything whose parsed scheme is not http(s), or that carries user info, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
          fc.webUrl().map((u) => `javascript:${u}`),
        ),
        (text) => {
          const href = linkUrl(text);
          if (href === undefined) return;
          const url = new URL(href);
          expect(['http:', 'https:']).to.include(url.protocol);
          expect(url.username + url.password).to.equal('');
          expect(href).to.equal(url.href);
        },
      ),
    );
  });

  it('shows images from links and inline image data only', () => {
    expect(imageUrl('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(imageUrl('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).to.equal('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=');
    expect(imageUrl('data:image/webp;base64,AAAA')).to.equal('data:image/webp;base64,AAAA');
    for (const bad of ['data:text/html,<script>alert(1)</script>', '/avatars/me.png', 'javascript:alert(1)', 'blob:https://x/1']) {
      expect(imageUrl(bad), bad).to.equal(undefined);
    }
  });

  it('says where a link goes: the ASCII host the browser opens, http:// kept as a warning', () => {
    expect(linkText('https://example.com/')).to.equal('example.com');
    expect(linkText('https://example.com/a/b?q=1#x')).to.equal('example.com/a/b?q=1#x');
    expect(linkText('http://example.com/a')).to.equal('http://example.com/a');
    // Cyrillic "а" in "аpple.com" is not Apple: the text shows the punycode the browser goes to.
    expect(linkText(linkUrl('https://\u0430pple.com/')!)).to.equal('xn--pple-43d.com');
  });
});
