import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';
import { useWorld } from '../../helpers/world.js';
import { networkWorld } from './network-world.js';
import { button as requestButton, row as requestRow, settled } from '../contact-requests/dom.js';
import {
  actionNames,
  button,
  expectAccessible,
  mount,
  openDialog,
  openProfile,
  profile,
  root,
  rowByName,
  waitForStatus,
} from './helpers.js';

describe('<contacts-center> mutual connections on rows and people you may know', () => {
  const world = useWorld(networkWorld);

  it('says on each row whom the viewer also knows, read in one batch for the rows in view', async () => {
    const backend = world.backend;
    let batched = 0;
    let single = 0;
    const forMany = backend.getMutualConnectionsFor.bind(backend);
    const forOne = backend.getMutualConnections.bind(backend);
    backend.getMutualConnectionsFor = (ids, options) => (batched++, forMany(ids, options));
    backend.getMutualConnections = (id, options) => (single++, forOne(id, options));
    const el = await mount(backend);
    const line = (name: string) => rowByName(el, name).querySelector('[part~="mutual-line"]')?.textContent?.trim();
    await waitUntil(() => line('Zed Zane') !== undefined, 'the row of Zed says whom they know', { timeout: 5000 });
    expect(line('Zed Zane')).to.equal('Connected to Amy Adams, Jane Doe and 1 other you know');
    expect(line('Bo Bell')).to.equal('Connected to Amy Adams and Jane Doe, whom you know');
    expect(line('Cy Cole')).to.equal(undefined);
    expect(batched, 'one batched read').to.equal(1);
    expect(single, 'no read per row').to.equal(0);
    await expectAccessible(el);
  });

  it('suggests people on the home view with their reasons; Dismiss keeps them away, Connect asks them', async () => {
    const el = await mount(world.backend);
    const list = () => root(el).querySelector<HTMLElement>('[part~="suggestions"]');
    await waitUntil(() => list(), 'suggestions shown', { timeout: 5000 });
    const reasons = () =>
      [...list()!.querySelectorAll('[part~="suggestion"]')].map(
        (li) =>
          `${li.querySelector('[part~="suggestion-open"]')!.textContent!.trim()}: ${li.querySelector('[part~="suggestion-reason"]')!.textContent!.trim()}`,
      );
    expect(reasons()).to.deep.equal(['Zed Zane: 3 mutual connections', 'Bo Bell: 2 mutual connections', 'Cy Cole: Also at ACME']);
    await expectAccessible(el);
    const item = (id: string) => list()!.querySelector<HTMLElement>(`[part~="suggestion"][data-id="${id}"]`)!;
    const described = (b: HTMLButtonElement) => root(el).getElementById(b.getAttribute('aria-describedby')!)?.textContent?.trim();
    expect(described(button(item('zed'), 'Dismiss')), 'each button says whom it is for').to.equal('Zed Zane');
    button(item('zed'), 'Dismiss').click();
    await waitForStatus(el, 'Zed Zane will not be suggested again.');
    expect(reasons()).to.deep.equal(['Bo Bell: 2 mutual connections', 'Cy Cole: Also at ACME']);
    expect(root(el).activeElement?.textContent?.trim(), 'focus stays in the list').to.equal('Bo Bell');
    expect(described(button(item('bo'), 'Connect'))).to.equal('Bo Bell');
    button(item('bo'), 'Connect').click();
    await waitForStatus(el, 'Connection request sent to Bo Bell.');
    expect((await world.backend.getRelationship('bo')).requestSent).to.equal(true);
    expect((await world.backend.getSuggestions()).items.map((s) => s.person.id)).to.deep.equal(['cy']);
  });

  it('sends a note with Connect from the profile, and shows it to the recipient', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Cy Cole');
    const field = profile(el).querySelector<HTMLTextAreaElement>('textarea[part~="request-note"]')!;
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Note with your request (optional)');
    expect(field.maxLength).to.equal(300);
    field.value = 'We met at the Kyoto meetup.';
    button(profile(el), 'Connect').click();
    await waitForStatus(el, 'Connection request sent to Cy Cole.');
    await waitUntil(() => profile(el).querySelector('[part~="request-note-text"]'), 'the sent note shown', { timeout: 5000 });
    expect(profile(el).querySelector('[part~="request-note-text"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your note: We met at the Kyoto meetup.',
    );
    const [incoming] = (await world.backendFor('cy').listRequests('incoming')).items;
    expect(incoming?.request.note).to.equal('We met at the Kyoto meetup.');
    await expectAccessible(el);
  });
});

describe('<contact-requests> request notes and ignoring', () => {
  const world = useWorld(networkWorld);

  it('shows the note and declines with "ignore further requests", which the sender cannot get past', async () => {
    await world.backendFor('zed').requestConnection('me', { note: 'Hello from Zed <b>!</b>' });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${world.backendFor('me')}></contact-requests>`);
    await settled(el);
    const note = requestRow(el, 'incoming', 'Zed Zane')!.querySelector('[part~="note"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Their note: Hello from Zed <b>!</b>');
    expect(note.querySelector('b'), 'plain text, never HTML').to.equal(null);
    await expect(el).to.be.accessible();
    requestButton(el, 'incoming', 'Zed Zane', 'Decline and ignore').click();
    // Asked first (contact-requests.confirm.test.ts tests the question itself).
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the question opens');
    dialog.querySelector<HTMLButtonElement>('[part~="dialog-confirm"]')!.click();
    await waitUntil(() => !requestRow(el, 'incoming', 'Zed Zane'), 'the row goes', { timeout: 5000 });
    expect((await world.backendFor('me').getRelationship('zed')).ignoringRequests).to.equal(true);
    const refusal = await world
      .backendFor('zed')
      .requestConnection('me')
      .catch((e: unknown) => e as Error);
    expect((refusal as { code?: string }).code).to.equal('forbidden');
  });

  it('offers Decline and ignore on the profile of someone whose request is pending, asking first', async () => {
    await world.backendFor('zed').requestConnection('me');
    const el = await mount(world.backend);
    await openProfile(el, 'Zed Zane');
    expect(actionNames(el)).to.deep.equal(['Accept', 'Decline', 'Decline and ignore', 'Follow', 'Block', 'vCard']);
    button(profile(el), 'Decline and ignore').click();
    let dialog = await openDialog(el);
    expect(dialog.querySelector('h2')!.textContent).to.equal("Decline and ignore Zed Zane's requests?");
    await expectAccessible(el);
    button(dialog, 'Cancel').click();
    await waitUntil(() => !dialog.open);
    expect((await world.backend.getRelationship('zed')).requestReceived, 'nothing changed on Cancel').to.equal(true);
    button(profile(el), 'Decline and ignore').click();
    dialog = await openDialog(el);
    button(dialog, 'Decline and ignore').click();
    await waitForStatus(el, "You declined Zed Zane's request and will not get further requests from them.");
    const r = await world.backend.getRelationship('zed');
    expect([r.requestReceived, r.ignoringRequests, r.blocking]).to.deep.equal([false, true, false]);
    await waitUntil(() => actionNames(el).includes('Stop ignoring requests'), 'the profile offers to stop ignoring');
    const refusal = await world
      .backendFor('zed')
      .requestConnection('me')
      .catch((e: unknown) => e as Error);
    expect((refusal as { code?: string }).code, 'later requests are refused').to.equal('forbidden');
  });

  it('offers Stop ignoring requests on the profile', async () => {
    await world.backend.ignoreRequests('zed');
    const el = await mount(world.backend);
    await openProfile(el, 'Zed Zane');
    expect(actionNames(el)).to.include('Stop ignoring requests');
    button(profile(el), 'Stop ignoring requests').click();
    await waitForStatus(el, 'Zed Zane can send you connection requests again.');
  });
});
