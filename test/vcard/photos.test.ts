import { expect } from '@open-wc/testing';
import { toVCardWithPhotos } from '../../src/vcard/index.js';
import { checkBytes, makePerson, parseCards, unfold } from './helpers.js';

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).href;

async function fixtureBase64(name: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(fixture(name))).arrayBuffer());
  return btoa(String.fromCharCode(...bytes));
}

describe('toVCardWithPhotos', () => {
  it('embeds a fetched image: 4.0 data URI, 3.0 ENCODING=b', async () => {
    const base64 = await fixtureBase64('avatar.png');
    const person = makePerson('p', 'Pic', { avatarUrl: fixture('avatar.png') });
    const v4 = await toVCardWithPhotos(person);
    checkBytes(v4);
    expect(parseCards(v4)[0]!.getFirstPropertyValue('photo')).to.equal('data:image/png;base64,' + base64);
    expect(unfold(v4)).to.include('PHOTO:data:image/png;base64,' + base64);
    const v3 = await toVCardWithPhotos(person, { version: '3.0' });
    checkBytes(v3);
    expect(unfold(v3)).to.include('PHOTO;ENCODING=b;TYPE=PNG:' + base64);
    const photo = parseCards(v3)[0]!.getFirstProperty('photo')!;
    expect(String(photo.getFirstValue())).to.equal(base64); // ical.js wraps binary values in ICAL.Binary
    expect(photo.getParameter('encoding')).to.equal('b');
  });

  it('falls back to the URI when the image is too large, missing, or not an image', async () => {
    const cases = [
      { url: fixture('avatar.png'), options: { maxPhotoBytes: 10 } },
      { url: fixture('missing.png'), options: {} },
      { url: fixture('not-an-image.png'), options: {} },
      { url: 'http://127.0.0.1:9/unreachable.png', options: { photoTimeoutMs: 2_000 } },
    ];
    for (const { url, options } of cases) {
      const text = await toVCardWithPhotos(makePerson('p', 'P', { avatarUrl: url }), options);
      expect(parseCards(text)[0]!.getFirstPropertyValue('photo'), url).to.equal(url);
      const v3 = await toVCardWithPhotos(makePerson('p', 'P', { avatarUrl: url }), { ...options, version: '3.0' });
      expect(unfold(v3), url).to.include('PHOTO;VALUE=uri:' + url);
    }
  });

  it('keeps data:image avatars, drops unsafe ones, and keeps order for many people', async () => {
    const people = [
      makePerson('a', 'A', { avatarUrl: fixture('avatar.png') }),
      makePerson('b', 'B', { avatarUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }),
      makePerson('c', 'C', { avatarUrl: 'javascript:alert(1)' }),
      makePerson('d', 'D'),
      makePerson('e', 'E', { avatarUrl: fixture('avatar.png') }),
    ];
    const cards = parseCards(await toVCardWithPhotos(people));
    expect(cards.map((c) => c.getFirstPropertyValue('fn'))).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    const photos = cards.map((c) => c.getFirstPropertyValue('photo'));
    expect(String(photos[0])).to.match(/^data:image\/png;base64,/);
    expect(photos[1]).to.equal('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    expect(photos[2]).to.equal(null);
    expect(photos[3]).to.equal(null);
    expect(photos[4]).to.equal(photos[0]);
  });

  it('an aborted signal leaves URIs', async () => {
    const controller = new AbortController();
    controller.abort();
    const text = await toVCardWithPhotos(makePerson('p', 'P', { avatarUrl: fixture('avatar.png') }), { signal: controller.signal });
    expect(parseCards(text)[0]!.getFirstPropertyValue('photo')).to.equal(fixture('avatar.png'));
  });

  it('rejects bad options before fetching', async () => {
    const bad = [{ version: '4.0' as const, outlook: true }, { maxPhotoBytes: NaN }, { maxPhotoBytes: -1 }, { photoTimeoutMs: 0 }];
    for (const options of bad) {
      let error: unknown;
      try {
        await toVCardWithPhotos(makePerson('p', 'P', { avatarUrl: fixture('avatar.png') }), options);
      } catch (e) {
        error = e;
      }
      expect((error as { code?: string }).code, JSON.stringify(options)).to.equal('invalid-input');
    }
  });
});
