/**
 * The built drop-in bundle (`npm run build:bundle`, which `npm test` runs first): the minified file people load
 * from a CDN, with its templates squeezed by scripts/minify-templates.ts, must still render, style, pass axe and
 * speak Japanese. It is loaded with a query string, as CMSs load scripts (`?ver=`): the chunks beside it (the one a
 * first paint needs, those loaded on first use, the Japanese messages) must never import it back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { minifyCssText, minifyHtmlText } from '../scripts/template-text.js';

const BUNDLE = '/dist/contacts-center.bundle.js?ver=1';
const DATABASE = `bundle-test-${crypto.randomUUID()}`;

interface Bundle {
  importWorld(databaseName: string, data: unknown): Promise<unknown>;
  deleteWorld(databaseName: string): Promise<void>;
}

/** Names of the files this page has fetched so far. */
function loadedFiles(): string[] {
  return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop()!);
}

function shadowText(el: Element | null | undefined): string {
  return el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('template text minification', () => {
  it('collapses whitespace that spans lines in markup and keeps it within a line', () => {
    expect(minifyHtmlText('<div\n    class="a">\n  <span>a  b</span>\n</div>')).to.equal('<div class="a"> <span>a  b</span> </div>');
  });

  it('drops comments and needless spaces in CSS, keeping the space that makes a descendant selector', () => {
    const css = `/* why */\n:host {\n  color: var(--x, red);\n}\n.row :focus-visible,\n.b > .c {\n  margin: 0 auto;\n}\n`;
    expect(minifyCssText(css)).to.equal(' :host{color:var(--x,red)}.row :focus-visible,.b > .c{margin:0 auto}');
  });

  it('leaves the text at a binding alone, so the value lands where it did', () => {
    expect(minifyCssText('border: 1px solid ')).to.equal('border:1px solid ');
  });
});

describe('drop-in bundle', function () {
  this.timeout(30_000);
  let bundle: Bundle;

  before(async () => {
    bundle = (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
    await bundle.importWorld(DATABASE, {
      people: [
        { id: 'me', displayName: 'Joe Bloggs' },
        { id: 'jane', displayName: 'Jane Doe', jobTitle: 'Engineer' },
        { id: 'rich', displayName: 'Richard Roe' },
      ],
      relations: [{ type: 'connection', fromId: 'me', toId: 'jane' }],
      activities: [{ id: 'a1', actorId: 'jane', kind: 'post', text: 'Shipped it', createdAt: Date.now() - 60_000 }],
    });
  });

  after(async () => {
    document.documentElement.removeAttribute('lang');
    await bundle.deleteWorld(DATABASE);
  });

  it('renders, styles and passes axe, then switches to Japanese', async () => {
    const root = await fixture<HTMLElement>(html`
      <contacts-backend database-name=${DATABASE} viewer-id="me">
        <contact-requests compact></contact-requests>
        <contacts-center filter="all"></contacts-center>
        <activity-feed></activity-feed>
      </contacts-backend>
    `);
    const center = root.querySelector('contacts-center')!;
    const feed = root.querySelector('activity-feed')!;
    await waitUntil(() => center.shadowRoot?.querySelectorAll('[role="row"]').length === 2, 'Jane and Richard listed (not the viewer)', {
      timeout: 10_000,
    });
    await waitUntil(() => shadowText(feed).includes('Shipped it'), 'the feed shows Jane’s activity', { timeout: 10_000 });

    expect(shadowText(center)).to.include('Jane Doe').and.include('Richard Roe');
    // The minified styles still apply: the host is a block with the theme's font, rows are positioned.
    expect(getComputedStyle(center).display).to.equal('block');
    const row = center.shadowRoot!.querySelector<HTMLElement>('[role="row"]')!;
    expect(getComputedStyle(row).position).to.equal('absolute');
    await expect(root).to.be.accessible();

    // An English page never fetches the Japanese messages; they come from the file beside the bundle on first use.
    expect(loadedFiles()).not.to.include('contacts-center.ja.js');
    document.documentElement.lang = 'ja';
    await waitUntil(() => /[ぁ-ん]/.test(shadowText(center)), 'Japanese text appears', { timeout: 10_000 });
    expect(shadowText(center)).to.include('Jane Doe');
    // Wait for the file itself: Intl already writes some Japanese (list and date words) before the messages arrive.
    await waitUntil(() => loadedFiles().includes('contacts-center.ja.js'), 'the Japanese messages load', { timeout: 10_000 });
  });

  it('exports what src/index.ts exports, each name defined (those loaded after the first paint too)', async () => {
    const modular = (await import('../src/index.js')) as Record<string, unknown>;
    const dropIn = bundle as unknown as Record<string, unknown>;
    expect(Object.keys(dropIn).sort()).to.deep.equal(Object.keys(modular).sort());
    expect(Object.keys(dropIn).filter((name) => dropIn[name] === undefined)).to.deep.equal([]);
  });

  it('loads the elements a first paint needs with the bundle and the rest from chunks it imports after them', () => {
    const files = loadedFiles();
    expect(files.some((name) => name.startsWith('contacts-center.core-'))).to.equal(true);
    expect(files.some((name) => name.startsWith('contacts-center.later-'))).to.equal(true);
  });

  it('runs once when loaded again with another query string: the shared chunk beside it has one URL', async () => {
    const again = (await import(/* @vite-ignore */ `${BUNDLE.split('?')[0]}?ver=2`)) as Bundle & { ContactsCenter: unknown };
    expect(again.ContactsCenter).to.equal(customElements.get('contacts-center'));
  });

  it('loads a second copy from another folder (a second copy on the page) without throwing, keeping the first definitions', async () => {
    const tags = ['contacts-backend', 'contacts-center', 'activity-feed', 'contact-requests'];
    const defined = tags.map((tag) => customElements.get(tag));
    expect(defined.every(Boolean), 'the first copy defined every element').to.equal(true);
    // The test server answers /dist-copy/ with dist/ (web-test-runner.config.js): another URL for every chunk.
    const secondCopy = '/dist-copy/contacts-center.bundle.js?copy=2';
    const second = (await import(/* @vite-ignore */ secondCopy)) as Bundle & { ContactsCenter: unknown };
    expect(second).not.to.equal(bundle);
    expect(second.ContactsCenter).not.to.equal(defined[1]);
    expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(defined);
  });
});
