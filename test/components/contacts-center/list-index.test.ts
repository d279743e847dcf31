import { expect, waitUntil } from '@open-wc/testing';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import { person, useWorld } from '../../helpers/world.js';
import {
  button,
  expectAccessible,
  focused,
  key,
  mount,
  root,
  rowByName,
  rowNames,
  rows,
  smallWorld,
  statusText,
  type,
  waitForStatus,
  listSettled,
} from './helpers.js';

/** The initial shown beside each rendered row ('' where none), in list order. */
function initials(el: ContactsCenter): string[] {
  return rows(el).map((r) => r.querySelector('.cell-initial')!.textContent!.trim());
}

function jumpButton(el: ContactsCenter, initial: string): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`[part~="jump-index"] button[data-initial="${initial}"]`)!;
}

const LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXY';

describe('<contacts-center> initial headings and the jump-to-letter index', () => {
  describe('a small mixed list', () => {
    const world = useWorld(() => ({
      people: [
        person('me', 'Mary Major'),
        person('anna', 'Anna Alm'),
        person('adam', 'Adam Ant'),
        person('emile', 'Émile Zola'),
        person('first', '1st Choice'),
        person('goto', '後藤 学', { phoneticName: 'ごとう まなぶ' }),
        person('kato', '加藤 健', { phoneticName: 'かとう けん' }),
        person('yamada', '山田 太郎', { phoneticName: 'やまだ たろう' }),
      ],
    }));

    it('heads the first row of each initial, in collation order, Japanese names by their gojūon row', async () => {
      const el = await mount(world.backend);
      expect(rowNames(el)).to.deep.equal(['1st Choice', 'Adam Ant', 'Anna Alm', 'Émile Zola', '加藤 健', '後藤 学', '山田 太郎']);
      expect(initials(el)).to.deep.equal(['#', 'A', '', 'E', 'か', '', 'や']);
      await expectAccessible(el);
    });

    it('jumps by keyboard: one tab stop, arrows move along the index, Enter focuses the first person under it', async () => {
      const el = await mount(world.backend);
      const index = root(el).querySelector<HTMLElement>('[part~="jump-index"]')!;
      expect(index.getAttribute('role')).to.equal('toolbar');
      expect(index.querySelectorAll('button[tabindex="0"]').length).to.equal(1);
      jumpButton(el, '#').focus();
      await key(jumpButton(el, '#'), 'End');
      await waitUntil(() => focused(el) === jumpButton(el, 'わ'));
      await key(jumpButton(el, 'わ'), 'ArrowUp');
      await waitUntil(() => focused(el) === jumpButton(el, 'ら'));
      for (let i = 0; i < 7; i++) await key(focused(el) as HTMLElement, 'ArrowUp');
      await waitUntil(() => focused(el) === jumpButton(el, 'か'));
      jumpButton(el, 'か').click();
      await waitUntil(() => focused(el)?.textContent?.includes('加藤 健'), 'the first person under か focused');
      jumpButton(el, 'B').click();
      await waitUntil(() => focused(el)?.textContent?.includes('Émile Zola'), 'the first person after B focused');
      await waitForStatus(el, 'No one under B; showing the next people.');
    });
  });

  describe('a long list, paged', function () {
    this.timeout(60_000);
    const world = useWorld(
      () => {
        const people = [person('me', 'Aaron Viewer')];
        for (const letter of LETTERS)
          for (let i = 0; i < 60; i++) people.push(person(`${letter}${i}`, `${letter}name ${String(i).padStart(2, '0')}`));
        return { people };
      },
      { once: true },
    );

    it('loads the pages before a letter far down the list and focuses its first person', async () => {
      const el = await mount(world.backendFor('me'), { pageSize: 50 });
      expect(rowNames(el)).to.not.include('Wname 00');
      jumpButton(el, 'W').click();
      await waitUntil(() => focused(el)?.textContent?.includes('Wname 00'), 'Wname 00 focused', { timeout: 20_000 });
      expect(initials(el)[rowNames(el).indexOf('Wname 00')]).to.equal('W');
      jumpButton(el, 'Z').click();
      await waitForStatus(el, 'No one under Z or after.');
      expect(focused(el)).to.equal(rowByName(el, 'Yname 59'));
    });

    it('selects everyone the filter and search show, loaded or not, and reports the count', async () => {
      const el = await mount(world.backendFor('me'), { pageSize: 50 });
      await type(el, 'tname');
      // "t", searched at once, shows Tname 00 first too: wait for the search of "tname" to settle.
      await waitUntil(() => rowNames(el)[0] === 'Tname 00' && listSettled(el));
      button(root(el), 'Select all').click();
      await waitForStatus(el, 'Selected all 60 people.');
      expect(root(el).querySelector('[part~="bulk-count"]')!.textContent).to.equal('60 selected');
      expect(el.selectedIds.length).to.equal(60);
      expect(root(el).querySelector('[part~="select-all"]')).to.equal(null);
      el.query = '';
      await waitUntil(() => rowNames(el)[0] === 'Aname 00');
      button(root(el), 'Clear selection').click();
      await el.updateComplete;
      button(root(el), 'Select all').click();
      await waitForStatus(el, `Selected all ${(LETTERS.length * 60).toLocaleString('en')} people.`);
    });
  });

  describe('bulk actions on requests and connections', () => {
    const world = useWorld(smallWorld);

    it('accepts in bulk and reports the outcome for each person', async () => {
      const el = await mount(world.backend);
      for (const name of ['Rita Request', 'Ralph Request', 'Jane Doe']) {
        rowByName(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      }
      await el.updateComplete;
      button(root(el).querySelector('[part~="bulk-bar"]')!, 'Accept').click();
      await waitUntil(() => /^Accepted the connection requests of 2 people; 1 failed: .+/.test(statusText(el)));
      const report = root(el).querySelector<HTMLDetailsElement>('[part~="bulk-report"]')!;
      expect(report.open).to.equal(true);
      const items = [...report.querySelectorAll('li')].map((li) => [li.dataset.personId, li.dataset.outcome]);
      expect(items).to.deep.equal([
        ['jane', 'failed'],
        ['rita', 'done'],
        ['ralph', 'done'],
      ]);
      expect((await world.backend.getRelationship('rita')).connected).to.equal(true);
      await expectAccessible(el);
    });

    it('says in the row which field the search matched when it was not the name', async () => {
      const el = await mount(world.backend);
      const matchOf = (name: string) => rowByName(el, name).querySelector('[part~="match"]')?.textContent?.trim();
      await type(el, 'example');
      await waitUntil(() => rowNames(el).join() === 'Richard Roe');
      expect(matchOf('Richard Roe')).to.equal('Email: richard@example.com');
      el.query = 'acme';
      await waitUntil(() => rowNames(el).join() === 'Jane Doe');
      expect(matchOf('Jane Doe')).to.equal('Organization: Acme');
      el.query = 'engineer';
      await waitUntil(() => matchOf('Jane Doe') === 'Job title: Engineer');
      el.query = 'jane';
      await waitUntil(() => rowNames(el).join() === 'Jane Doe' && matchOf('Jane Doe') === undefined);
      expect(rowByName(el, 'Jane Doe').querySelector('[part~="job-title"]')!.textContent).to.equal('Engineer');
    });

    it('disconnects, declines and unblocks in bulk', async () => {
      const el = await mount(world.backend);
      const bar = () => root(el).querySelector<HTMLElement>('[part~="bulk-bar"]')!;
      const run = async (names: string[], action: string, status: string) => {
        for (const name of names) rowByName(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await el.updateComplete;
        button(bar(), action).click();
        await waitForStatus(el, status);
        button(bar(), 'Clear selection').click();
        await el.updateComplete;
      };
      await run(['Jane Doe'], 'Disconnect', 'Disconnected from 1 person.');
      await run(['Rita Request', 'Ralph Request'], 'Decline', 'Declined the connection requests of 2 people.');
      expect((await world.backend.getRelationship('jane')).connected).to.equal(false);
      expect((await world.backend.getRelationship('ralph')).requestReceived).to.equal(false);
      el.filter = 'blocked';
      await waitUntil(() => rowNames(el).join() === 'Bob Blocked');
      await run(['Bob Blocked'], 'Unblock', 'Unblocked 1 person.');
      expect((await world.backend.getRelationship('bob')).blocking).to.equal(false);
    });
  });
});
