import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import type { ActionEventDetail } from '../../../src/components/shared/events.js';
import { useWorld } from '../../helpers/world.js';
import {
  badgeOf,
  button,
  captureDownloads,
  chooseFilter,
  expectAccessible,
  focused,
  key,
  mount,
  openDialog,
  openProfile,
  root,
  rowByName,
  rows,
  smallWorld,
  waitForStatus,
} from './helpers.js';

function check(el: ContactsCenter, name: string): void {
  rowByName(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
}

function bulkBar(el: ContactsCenter): HTMLElement {
  const bar = root(el).querySelector<HTMLElement>('[part~="bulk-bar"]');
  if (!bar) throw new Error('no bulk bar');
  return bar;
}

describe('<contacts-center> bulk actions, keyboard and accessibility', () => {
  const world = useWorld(smallWorld);

  it('selects rows with their checkboxes and follows them in bulk', async () => {
    const el = await mount(world.backend);
    const selected = oneEvent(el, 'cc-select');
    check(el, 'Richard Roe');
    expect((await selected).detail.selectedIds).to.deep.equal(['richard']);
    check(el, 'Sam Sent');
    await el.updateComplete;
    expect(bulkBar(el).querySelector('[part~="bulk-count"]')!.textContent).to.equal('2 selected');
    expect(rowByName(el, 'Richard Roe').getAttribute('aria-selected')).to.equal('true');
    expect(el.selectedIds).to.deep.equal(['richard', 'sam']);
    const done = oneEvent(el, 'cc-action');
    button(bulkBar(el), 'Follow').click();
    await waitForStatus(el, 'Followed 2 people.');
    expect(((await done).detail as ActionEventDetail).personIds).to.deep.equal(['richard', 'sam']);
    await waitUntil(() => badgeOf(rowByName(el, 'Richard Roe')) === 'Following');
    expect((await world.backend.getRelationship('sam')).following).to.equal(true);
    button(bulkBar(el), 'Clear selection').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="bulk-bar"]')).to.equal(null);
  });

  it('reports partial failures of a bulk action', async () => {
    const el = await mount(world.backend);
    check(el, 'Richard Roe');
    check(el, 'Jane Doe');
    await el.updateComplete;
    // Jane is already connected: connecting again is invalid; Richard gets a request.
    button(bulkBar(el), 'Connect').click();
    await waitUntil(() =>
      /^Sent a connection request to 1 person; 1 failed: .+/.test(root(el).querySelector('[role="status"]')!.textContent!),
    );
    expect((await world.backend.getRelationship('richard')).requestSent).to.equal(true);
  });

  it('blocks in bulk after confirmation', async () => {
    const el = await mount(world.backend);
    check(el, 'Richard Roe');
    check(el, 'John Doe');
    await el.updateComplete;
    button(bulkBar(el), 'Block').click();
    const dialog = await openDialog(el);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Block 2 people?');
    await expectAccessible(el);
    button(dialog, 'Block').click();
    await waitForStatus(el, 'Blocked 2 people.');
    expect((await world.backend.getRelationship('john')).blocking).to.equal(true);
  });

  it('downloads one vCard file for all selected people, and all connections', async () => {
    const capture = captureDownloads();
    try {
      const el = await mount(world.backend);
      check(el, 'Richard Roe');
      check(el, 'Jane Doe');
      check(el, 'John Doe');
      await el.updateComplete;
      button(bulkBar(el), 'vCard').click();
      await waitForStatus(el, 'Downloaded a vCard of 3 people.');
      const [file] = await capture.downloads();
      expect(file!.fileName).to.equal('contacts.vcf');
      expect(file!.text.match(/BEGIN:VCARD/g)).to.have.length(3);
      expect(file!.text).to.contain('VERSION:3.0').and.contain('FN:Jane Doe').and.contain('FN:John Doe');

      el.clearSelection();
      await chooseFilter(el, 'connections');
      button(root(el), 'Download all connections as vCard').click();
      await waitForStatus(el, 'Downloaded 1 connection as vCard.');
      const all = (await capture.downloads())[1]!;
      expect(all.text.match(/BEGIN:VCARD/g)).to.have.length(1);
      expect(all.text).to.contain('FN:Jane Doe');
    } finally {
      capture.restore();
    }
  });

  it('is keyboard-complete: arrows, Home/End, Space selects, Enter opens, Escape returns', async () => {
    const el = await mount(world.backend);
    const all = rows(el);
    // Roving tabindex: exactly one row is in the tab order.
    expect(all.filter((r) => r.tabIndex === 0)).to.have.length(1);
    all[0]!.focus();
    await key(all[0]!, 'ArrowDown');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('Jane Doe');
    expect(rows(el).filter((r) => r.tabIndex === 0)[0]!.textContent).to.contain('Jane Doe');
    await key(focused(el) as HTMLElement, 'End');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('Sam Sent');
    await key(focused(el) as HTMLElement, 'Home');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('Fred Follower');
    await key(focused(el) as HTMLElement, 'ArrowUp');
    expect(focused(el)!.textContent).to.contain('Fred Follower');
    await key(focused(el) as HTMLElement, ' ');
    await el.updateComplete;
    expect(rowByName(el, 'Fred Follower').getAttribute('aria-selected')).to.equal('true');
    expect(el.selectedIds).to.deep.equal(['fred']);
    await key(focused(el) as HTMLElement, 'ArrowDown');
    await key(focused(el) as HTMLElement, 'Enter');
    // The first profile opened loads the profile pane (on first use), which can take over a second in a busy WebKit.
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent === 'Jane Doe', 'Jane’s profile opens', { timeout: 5_000 });
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('profile-name');
    await key(focused(el) as HTMLElement, 'Escape');
    await waitUntil(() => focused(el)?.getAttribute('role') === 'row');
    expect(focused(el)!.textContent).to.contain('Jane Doe');
  });

  it('passes axe at home, with a selection, in a profile and in the block dialog', async () => {
    const el = await mount(world.backend);
    await waitUntil(() => root(el).querySelectorAll('[part~="count"]').length === 4);
    await expectAccessible(el);
    check(el, 'Richard Roe');
    await expectAccessible(el);
    await openProfile(el, 'Richard Roe');
    await expectAccessible(el);
    button(root(el).querySelector<HTMLElement>('[part~="actions"]')!, 'Block').click();
    await openDialog(el);
    await expectAccessible(el);
  });

  it('passes axe in the narrow one-pane layout and in empty and filtered lists', async () => {
    const el = await mount(world.backend, { width: 360 });
    await openProfile(el, 'Jane Doe');
    // Narrow: the profile replaces the list.
    expect(getComputedStyle(root(el).querySelector('[part~="main-pane"]')!).display).to.equal('none');
    await expectAccessible(el);
    button(root(el), 'Back to list').click();
    await waitUntil(() => getComputedStyle(root(el).querySelector('[part~="main-pane"]')!).display !== 'none');
    await chooseFilter(el, 'blocked');
    await expectAccessible(el);
    el.query = 'nobody-matches';
    await waitUntil(() => root(el).querySelector('[part~="empty"]'));
    await expectAccessible(el);
  });

  it('shows two panes side by side when wide', async () => {
    const el = await mount(world.backend, { width: 1000 });
    await openProfile(el, 'Jane Doe');
    const main = root(el).querySelector<HTMLElement>('[part~="main-pane"]')!;
    const side = root(el).querySelector<HTMLElement>('[part~="profile-pane"]')!;
    expect(getComputedStyle(main).display).to.not.equal('none');
    expect(side.getBoundingClientRect().left).to.be.greaterThan(main.getBoundingClientRect().left + 100);
  });
});
