import { expect } from '@open-wc/testing';
import { ContactsError } from '../../src/model/errors.js';
import { downloadVCard, toVCard, toVCardBlob, VCARD_MIME_TYPE, vCardFileName } from '../../src/vcard/index.js';
import { makePerson, parseCards } from './helpers.js';

const named = (displayName: string): string => vCardFileName(makePerson('x', displayName));
/** The REV of a person without `updatedAt`, fixed: two cards written a second apart would differ in it. */
const writeOptions = { version: '3.0', now: new Date('2026-12-04T12:00:00Z') } as const;

describe('vCardFileName', () => {
  it('uses the display name', () => {
    expect(named('Jane Doe')).to.equal('Jane Doe.vcf');
    expect(named('山田 太郎')).to.equal('山田 太郎.vcf');
    expect(named('Zoë 🎉')).to.equal('Zoë 🎉.vcf');
  });

  it('removes path separators, reserved and control characters', () => {
    expect(named('../../etc/passwd')).to.equal('etc passwd.vcf');
    expect(named('a\\b/c')).to.equal('a b c.vcf');
    expect(named('<>:"|?*name')).to.equal('name.vcf');
    expect(named('line\r\nbreak\0nul\ttab')).to.equal('line break nul tab.vcf');
    expect(named('evil\u202Efcv.exe')).to.equal('evil fcv.exe.vcf');
  });

  it('strips leading dots and trailing dots and spaces, trims', () => {
    expect(named('   .hidden  ')).to.equal('hidden.vcf');
    expect(named('...')).to.equal('contact.vcf');
    expect(named('name. . ')).to.equal('name.vcf');
  });

  it('avoids Windows device names', () => {
    expect(named('CON')).to.equal('_CON.vcf');
    expect(named('lpt1')).to.equal('_lpt1.vcf');
    expect(named('Connie')).to.equal('Connie.vcf');
  });

  it('caps the length without splitting a surrogate pair', () => {
    expect(named('a'.repeat(300))).to.equal('a'.repeat(100) + '.vcf');
    const astral = vCardFileName(makePerson('x', 'a' + '𠮷'.repeat(80)));
    const stem = astral.slice(0, -4);
    expect(stem.length).to.be.at.most(100);
    expect(stem).to.equal('a' + '𠮷'.repeat(49));
    const even = named('𠮷'.repeat(80)).slice(0, -4);
    expect(even).to.equal('𠮷'.repeat(50));
  });

  it('falls back to contact.vcf, and names several people contacts.vcf', () => {
    expect(named('')).to.equal('contact.vcf');
    expect(vCardFileName(makePerson('x', ' ', { givenName: 'Ann', familyName: 'Lee' }))).to.equal('Ann Lee.vcf');
    expect(named('/// ?? **')).to.equal('contact.vcf');
    expect(vCardFileName([makePerson('a', 'A'), makePerson('b', 'B')])).to.equal('contacts.vcf');
    expect(vCardFileName([makePerson('a', 'Ann')])).to.equal('Ann.vcf');
    expect(vCardFileName([])).to.equal('contacts.vcf');
  });
});

describe('toVCardBlob', () => {
  it('is text/vcard in UTF-8 without a byte-order mark', async () => {
    const person = makePerson('p', '山田 太郎');
    const blob = toVCardBlob(person, writeOptions);
    expect(blob.type).to.equal(VCARD_MIME_TYPE);
    expect(VCARD_MIME_TYPE).to.equal('text/vcard;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0x42, 0x45, 0x47]); // "BEG", no EF BB BF
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).to.equal(toVCard(person, writeOptions));
  });
});

describe('downloadVCard', () => {
  /**
   * Catches the temporary anchor's click (and stops the real download) while `action` runs. The type is the
   * Blob's own, the one the object URL was made from: read back through `fetch`, WebKit drops the
   * `;charset=utf-8` parameter from the type, though the URL serves the same Blob.
   */
  async function captureClick(
    action: () => Promise<string>,
  ): Promise<{ result: string; anchor: HTMLAnchorElement; text: string; type: string }> {
    let anchor: HTMLAnchorElement | undefined;
    let fetched: Promise<Blob> | undefined;
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource): string => {
      const url = createObjectURL.call(URL, object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const onClick = (event: Event): void => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        anchor = event.target;
        // Read the object URL while it is alive, and keep the browser from saving a file during tests.
        fetched = fetch(anchor.href).then((r) => r.blob());
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const result = await action();
      const blob = await fetched!;
      const type = blobs.get(anchor!.href)?.type ?? 'no Blob behind the link';
      return { result, anchor: anchor!, text: await blob.text(), type };
    } finally {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', onClick, true);
    }
  }

  it('clicks a temporary <a download> with the file name and the vCard, then cleans up', async () => {
    const person = makePerson('p', '山田 太郎', { emails: [{ type: 'work', value: 't@example.jp' }] });
    const anchorsBefore = document.querySelectorAll('a').length;
    const { result, anchor, text, type } = await captureClick(() => downloadVCard(person, writeOptions));
    expect(result).to.equal('山田 太郎.vcf');
    expect(anchor.download).to.equal('山田 太郎.vcf');
    expect(anchor.href).to.match(/^blob:/);
    expect(type).to.equal('text/vcard;charset=utf-8');
    expect(text).to.equal(toVCard(person, writeOptions));
    expect(parseCards(text)[0]!.getFirstPropertyValue('version')).to.equal('3.0');
    expect(anchor.isConnected).to.be.false;
    expect(document.querySelectorAll('a').length).to.equal(anchorsBefore);
    // The object URL is revoked shortly after the click.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    let revoked = false;
    try {
      await fetch(anchor.href);
    } catch {
      revoked = true;
    }
    expect(revoked).to.be.true;
  });

  it('saves several people as contacts.vcf, 4.0 by default', async () => {
    const people = [makePerson('a', 'Ann'), makePerson('b', 'Bo')];
    const { result, text } = await captureClick(() => downloadVCard(people));
    expect(result).to.equal('contacts.vcf');
    expect(parseCards(text).map((c) => c.getFirstPropertyValue('version'))).to.deep.equal(['4.0', '4.0']);
  });

  it('rejects nobody and bad options with a typed error, clicking nothing', async () => {
    let clicks = 0;
    const onClick = (): void => void clicks++;
    document.addEventListener('click', onClick, true);
    try {
      for (const call of [() => downloadVCard([]), () => downloadVCard(makePerson('a', 'A'), { outlook: true })]) {
        let error: unknown;
        try {
          await call();
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(ContactsError);
        expect((error as ContactsError).code).to.equal('invalid-input');
      }
      expect(clicks).to.equal(0);
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });
});
