import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ContactsBackend } from '../../../src/backend/backend.js';
import type { ActionEventDetail, ErrorEventDetail } from '../../../src/components/shared/events.js';
import { ContactsError } from '../../../src/model/errors.js';
import type { Relationship } from '../../../src/model/relationship.js';
import { useWorld } from '../../helpers/world.js';
import {
  act,
  actionNames,
  alertText,
  button,
  captureDownloads,
  focused,
  mount,
  openDialog,
  openProfile,
  profile,
  root,
  smallWorld,
  waitForStatus,
} from './helpers.js';
import { deferred, wrapBackend } from '../../helpers/backend.js';

describe('<contacts-center> profile and actions', () => {
  const world = useWorld(smallWorld);

  it('opens a profile with every detail, safe links only, and the person-id attribute', async () => {
    const el = await mount(world.backend);
    const selected = oneEvent(el, 'cc-select');
    const section = await openProfile(el, 'Richard Roe');
    expect((await selected).detail).to.deep.equal({ personId: 'richard', selectedIds: [] });
    expect(el.getAttribute('person-id')).to.equal('richard');
    expect(focused(el)).to.equal(section.querySelector('#profile-name'));
    expect(section.querySelector('[part~="job-title"]')!.textContent).to.equal('Architect');
    expect(section.querySelector('[part~="organization"]')!.textContent).to.equal('Roe & Sons');
    expect(section.querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('Not connected');
    const links = [...section.querySelectorAll<HTMLAnchorElement>('[part~="details"] a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:richard@example.com', 'tel:+15550109999', 'https://roe.example/']);
    expect(section.querySelector('[part~="details"] a[href^="https:"]')!.textContent).to.equal('roe.example');
    const text = section.querySelector('[part~="details"]')!.textContent!;
    expect(text).to.contain('javascript:alert(1)'); // shown, never linked
    expect(text).to.contain('1 Main St');
    expect(text).to.contain('Springfield 12345'); // US order: town, then ZIP code
    expect(text).to.contain('April 5, 1980');
    expect(text).to.contain('Met at the conference.');
    const feed = section.querySelector('activity-feed') as HTMLElement & { backend?: ContactsBackend };
    expect(feed.getAttribute('person-id')).to.equal('richard');
    expect(feed.backend).to.equal(world.backend);
  });

  it('offers only the valid actions for each relationship', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Richard Roe');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
    await openProfile(el, 'Jane Doe');
    expect(actionNames(el)).to.deep.equal(['Disconnect', 'Follow', 'Block', 'vCard']);
    await openProfile(el, 'Rita Request');
    expect(actionNames(el)).to.deep.equal(['Accept', 'Decline', 'Decline and ignore', 'Follow', 'Block', 'vCard']);
    await openProfile(el, 'Sam Sent');
    expect(actionNames(el)).to.deep.equal(['Cancel request', 'Follow', 'Block', 'vCard']);
    await openProfile(el, 'John Doe');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Unfollow', 'Block', 'vCard']);
  });

  it('connects, then cancels the request', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Richard Roe');
    const done = oneEvent(el, 'cc-action');
    await act(el, 'Connect', 'Connection request sent to Richard Roe.');
    const detail = (await done).detail as ActionEventDetail;
    expect(detail.action).to.equal('connect');
    expect(detail.personIds).to.deep.equal(['richard']);
    expect(detail.relationship!.requestSent).to.equal(true);
    expect(actionNames(el)).to.deep.equal(['Cancel request', 'Follow', 'Block', 'vCard']);
    expect(profile(el).querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('Request sent');
    // Focus stays in the actions although the Connect button is gone.
    expect(focused(el)?.textContent?.trim()).to.equal('Cancel request');
    await act(el, 'Cancel request', 'Connection request to Richard Roe cancelled.');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
    expect(await world.backend.getRelationship('richard')).to.include({ requestSent: false, connected: false });
  });

  it('accepts a request, then disconnects', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Rita Request');
    await act(el, 'Accept', 'You are now connected with Rita Request.');
    expect(actionNames(el)).to.deep.equal(['Disconnect', 'Follow', 'Block', 'vCard']);
    expect(profile(el).querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('Connected');
    await waitUntil(() => root(el).querySelector('[part~="home"]')!.textContent!.includes('You have 2 connections'));
    await act(el, 'Disconnect', 'You are no longer connected with Rita Request.');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
    expect((await world.backend.getRelationship('rita')).connected).to.equal(false);
  });

  it('declines a request', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Ralph Request');
    await act(el, 'Decline', "You declined Ralph Request's connection request.");
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
    expect((await world.backend.getRelationship('ralph')).requestReceived).to.equal(false);
  });

  it('follows and unfollows', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Richard Roe');
    await act(el, 'Follow', 'You are now following Richard Roe.');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Unfollow', 'Block', 'vCard']);
    await act(el, 'Unfollow', 'You unfollowed Richard Roe.');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
    expect((await world.backend.getRelationship('richard')).following).to.equal(false);
  });

  it('blocks only after confirmation, returns focus on Cancel, and unblocks', async () => {
    const el = await mount(world.backend);
    const section = await openProfile(el, 'Richard Roe');
    const block = button(section, 'Block');
    block.focus();
    block.click();
    let dialog = await openDialog(el);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Block Richard Roe?');
    button(dialog, 'Cancel').click();
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(focused(el)).to.equal(block);
    expect((await world.backend.getRelationship('richard')).blocking).to.equal(false);

    block.click();
    dialog = await openDialog(el);
    button(dialog, 'Block').click();
    await waitForStatus(el, 'You blocked Richard Roe.');
    expect(actionNames(el)).to.deep.equal(['Unblock', 'vCard']);
    expect(profile(el).querySelector('[part~="relationship"]')!.textContent!.trim()).to.equal('Blocked');
    expect((await world.backend.getRelationship('richard')).blocking).to.equal(true);
    await act(el, 'Unblock', 'You unblocked Richard Roe.');
    expect(actionNames(el)).to.deep.equal(['Connect', 'Follow', 'Block', 'vCard']);
  });

  it('disables the buttons while an action is pending (no double submit)', async () => {
    const gate = deferred();
    let calls = 0;
    const slow = wrapBackend(world.backend, {
      follow: async (id: string): Promise<Relationship> => {
        calls++;
        await gate.promise;
        return world.backend.follow(id);
      },
    });
    const el = await mount(slow);
    const section = await openProfile(el, 'Richard Roe');
    const follow = button(section, 'Follow');
    follow.click();
    await el.updateComplete;
    expect(follow.disabled).to.equal(true);
    follow.click();
    follow.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    gate.resolve();
    await waitForStatus(el, 'You are now following Richard Roe.');
    expect(calls).to.equal(1);
    expect(button(profile(el), 'Unfollow').disabled).to.equal(false);
  });

  it('shows a failure in words, emits cc-error and reloads the relationship', async () => {
    // The adapter knows better than the screen: Richard was followed behind the element's back.
    const failing = wrapBackend(world.backend, {
      requestConnection: async () => {
        await world.backend.follow('richard');
        throw new ContactsError('blocked', 'You cannot connect with Richard Roe.');
      },
    });
    const el = await mount(failing);
    await openProfile(el, 'Richard Roe');
    const error = oneEvent(el, 'cc-error');
    button(profile(el), 'Connect').click();
    const detail = (await error).detail as ErrorEventDetail;
    expect(detail.message).to.equal('You cannot connect with Richard Roe.');
    expect(detail.action).to.equal('connect');
    expect(detail.personIds).to.deep.equal(['richard']);
    await waitUntil(() => alertText(el) === 'You cannot connect with Richard Roe.');
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await waitUntil(() => actionNames(el).join() === 'Connect,Unfollow,Block,vCard', 'the relationship was not reloaded');
  });

  it('downloads one vCard 3.0 by default, or 4.0 when asked', async () => {
    const capture = captureDownloads();
    try {
      const el = await mount(world.backend);
      await openProfile(el, 'Richard Roe');
      await act(el, 'vCard', "Downloaded Richard Roe's vCard.");
      el.vcardVersion = '4.0';
      await el.updateComplete;
      expect(el.getAttribute('vcard-version')).to.equal('4.0');
      button(profile(el), 'vCard').click();
      await waitUntil(async () => (await capture.downloads()).length === 2);
      const [v3, v4] = await capture.downloads();
      expect(v3!.fileName).to.equal('Richard Roe.vcf');
      expect(v3!.text).to.contain('VERSION:3.0').and.contain('FN:Richard Roe').and.contain('richard@example.com');
      expect(v4!.text).to.contain('VERSION:4.0');
    } finally {
      capture.restore();
    }
  });

  it('goes back to the list on Escape, focusing the row it came from', async () => {
    const el = await mount(world.backend);
    const section = await openProfile(el, 'John Doe');
    const select = oneEvent(el, 'cc-select');
    section
      .querySelector<HTMLElement>('#profile-name')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect((await select).detail.personId).to.equal(null);
    await waitUntil(() => focused(el)?.getAttribute('role') === 'row');
    expect(focused(el)!.textContent).to.contain('John Doe');
    expect(el.hasAttribute('person-id')).to.equal(false);
    await aTimeout(0);
  });
});
