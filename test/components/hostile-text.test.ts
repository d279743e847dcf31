/** Layout and text survive any content: long, right-to-left, bidi controls, zero-width, combining floods. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { PersonEntry } from '../../src/backend/backend.js';
import { importWorld } from '../../src/backend/indexeddb/index.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import '../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../src/components/activity-feed/activity-feed.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import { memoryBackend, wrapBackend } from '../helpers/backend.js';
import { freshDatabaseNames, person } from '../helpers/world.js';
import { listSettled, mount, openProfile, root, rows, statusText } from './contacts-center/helpers.js';

/** Pieces hostile names are made of. */
const PIECE = fc.constantFrom(
  'A',
  'Jo',
  ' ',
  '(1)',
  'محمد',
  'שלום',
  '\u202E', // RIGHT-TO-LEFT OVERRIDE, never closed
  '\u202B',
  '\u2067',
  '\u200B\u200D',
  '\u0301'.repeat(60),
  'W'.repeat(3000),
);
const HOSTILE_NAME = fc.array(PIECE, { minLength: 1, maxLength: 6 }).map((parts) => `N${parts.join('')}`);

function pageScrollsSideways(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

describe('hostile text', () => {
  const newName = freshDatabaseNames('hostile-text');

  it('refuses a display name that renders as nothing, at the boundary, writing nothing', async () => {
    for (const invisible of ['\u200B\u200B', '\u202E\u202C', '\u0301\u0301', '\u3000']) {
      const data = { people: [person('me', 'Mary'), { id: 'ghost', displayName: invisible }] };
      expect(() => new MemoryWorld(data), JSON.stringify(invisible)).to.throw(
        /people\[1\]\.displayName: must (hold a visible character|not be blank)/,
      );
      const name = newName();
      const error = await importWorld(name, data).catch((e: unknown) => e);
      expect((error as { code?: string }).code, JSON.stringify(invisible)).to.equal('invalid-input');
      expect(
        (await indexedDB.databases()).some((d) => d.name === name),
        'no database was created',
      ).to.equal(false);
    }
  });

  it('still shows someone recognisable when an adapter hands over a name that renders as nothing', async () => {
    const real = memoryBackend({
      people: [
        person('me', 'Mary'),
        person('ghost', 'Ghost', { emails: [{ type: 'work', value: 'ghost@example.com' }] }),
        person('nomail', 'Nomail'),
      ],
    });
    const blank = (entry: PersonEntry): PersonEntry =>
      entry.person.id === 'me' ? entry : { ...entry, person: { ...entry.person, displayName: '\u200B\u202E' } };
    const backend = wrapBackend(real, {
      searchPeople: async (options) => {
        const page = await real.searchPeople(options);
        return { ...page, items: page.items.map(blank) };
      },
    });
    const el = await mount(backend);
    const names = rows(el).map((r) => r.querySelector('[part~="name"]')!.textContent!.trim());
    expect(names).to.include.members(['ghost@example.com', 'nomail']);
    for (const row of rows(el)) expect(row.querySelector('[part~="avatar"]')!.textContent!.trim()).not.to.equal('');
  });

  it('keeps generated hostile names inside their rows and the page from scrolling sideways', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(HOSTILE_NAME, { minLength: 3, maxLength: 5 }), async (names) => {
        const world = new MemoryWorld({ people: [person('me', 'Mary'), ...names.map((n, i) => person(`p${i}`, n, { jobTitle: n }))] });
        const el = await fixture<ContactsCenter>(
          html`<contacts-center
            .backend=${world.backendFor('me')}
            filter="all"
            style="width:420px; --cc-list-height: 400px"
          ></contacts-center>`,
        );
        await waitUntil(() => listSettled(el));
        expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
        const host = el.getBoundingClientRect();
        expect(el.scrollWidth, 'the element widened').to.be.at.most(Math.ceil(host.width) + 1);
        for (const row of rows(el)) {
          const box = row.getBoundingClientRect();
          for (const text of row.querySelectorAll<HTMLElement>('[part~="name"], [part~="job-title"]')) {
            const r = text.getBoundingClientRect();
            expect(r.right, 'text ends inside its row').to.be.at.most(box.right + 1);
            expect(r.bottom, 'text stays in its row').to.be.at.most(box.bottom + 1);
            // Its direction is its own: an unclosed override cannot reorder what follows it.
            expect(getComputedStyle(text).unicodeBidi).to.equal('isolate');
          }
        }
        el.remove();
      }),
      { numRuns: 6 },
    );
  });

  it('wraps a 10,000-character name, title and note in the profile without widening anything', async () => {
    const long = 'W'.repeat(10_000);
    const backend = memoryBackend({
      people: [person('me', 'Mary'), person('long', long, { jobTitle: long, organization: long, note: long })],
    });
    const el = await mount(backend, { width: 500 });
    rows(el)
      .find((r) => r.textContent!.includes('WWW'))!
      .querySelector<HTMLElement>('[part~="name"]')!
      .click();
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent?.includes('WWW'));
    const pane = root(el).querySelector<HTMLElement>('[part="profile-pane"]')!;
    expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
    expect(pane.scrollWidth, 'the profile scrolls sideways').to.be.at.most(pane.clientWidth + 1);
  });

  it('isolates a right-to-left name inside the sentences that confirm an action', async () => {
    const rtl = '\u202Eאבי';
    const backend = memoryBackend({ people: [person('me', 'Mary'), person('avi', rtl)] });
    const el = await mount(backend);
    await openProfile(el, rtl);
    root(el).querySelector<HTMLButtonElement>('[part~="action"][data-action="follow"], [part~="action"]')!.click();
    await waitUntil(() => statusText(el).includes('אבי'));
    // The name is its own direction run (a <bdi>), and the sentence's text is unchanged for scripts and readers.
    expect(root(el).querySelector('[role="status"] bdi')!.textContent).to.equal(rtl);
    expect(statusText(el)).not.to.match(/[\u2068\u2069]/);
  });

  it('isolates names in the feed and never lets the actor button widen the feed', async () => {
    const world = new MemoryWorld({
      people: [person('me', 'Mary'), person('a', `\u202E${'W'.repeat(5000)}`), person('b', 'محمد (Mo)')],
      relations: [
        { type: 'follow', fromId: 'me', toId: 'a' },
        { type: 'follow', fromId: 'me', toId: 'b' },
      ],
      activities: [
        { id: 'x1', actorId: 'a', kind: 'connected', text: '', targetId: 'b', createdAt: Date.now() - 1000 },
        { id: 'x2', actorId: 'b', kind: 'post', text: 'W'.repeat(10_000), createdAt: Date.now() },
      ],
    });
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${world.backendFor('me')} style="width:400px"></activity-feed>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 2);
    expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
    const isolated = [...el.shadowRoot!.querySelectorAll('[part="summary"] bdi')].map((b) => b.textContent);
    expect(isolated).to.deep.equal(['محمد (Mo)']);
    for (const actor of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="actor"]')) {
      expect(actor.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
  });
});
