/**
 * <contact-requests> asks before "Decline and ignore" (later requests are refused without a word), in the shared
 * confirmation dialog <contacts-center> uses: Cancel keeps the request and returns focus, confirming declines and
 * ignores, and the inbox's empty text stays while a live change re-reads the list.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';
import { person, useWorld } from '../../helpers/world.js';
import { announcement, button, part, row, section, settled } from './dom.js';

describe('<contact-requests> asks before declining and ignoring', () => {
  const world = useWorld(() => ({
    people: [person('me', 'Mary Major'), person('zed', 'Zed Zane'), person('bo', 'Bo Bell')],
    requests: [{ fromId: 'zed', toId: 'me', note: 'Hello from Zed' }],
  }));

  async function inbox(): Promise<ContactRequests> {
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${world.backendFor('me')}></contact-requests>`);
    await settled(el);
    return el;
  }

  async function ask(el: ContactRequests): Promise<HTMLDialogElement> {
    // Focused first, as a click or a key press leaves it.
    const decline = button(el, 'incoming', 'Zed Zane', 'Decline and ignore');
    decline.focus();
    decline.click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the question did not open');
    return dialog;
  }

  it('Cancel keeps the request, changes nothing and returns focus to the button', async () => {
    const el = await inbox();
    const dialog = await ask(el);
    expect(dialog.querySelector('h2')!.textContent).to.equal("Decline and ignore Zed Zane's requests?");
    expect(dialog.querySelector('p')!.textContent).to.contain('later ones will not reach you');
    expect(dialog.querySelector('[part~="dialog-confirm"]')!.textContent!.trim()).to.equal('Decline and ignore');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[part~="dialog-cancel"]')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close');
    expect(row(el, 'incoming', 'Zed Zane'), 'the request is still listed').to.exist;
    const r = await world.backendFor('me').getRelationship('zed');
    expect([r.requestReceived, r.ignoringRequests], 'nothing changed').to.deep.equal([true, false]);
    await waitUntil(
      () => el.shadowRoot!.activeElement === button(el, 'incoming', 'Zed Zane', 'Decline and ignore'),
      'focus did not return to the button',
    );
    expect(announcement(el)).to.equal('');
  });

  it('Escape cancels like Cancel', async () => {
    const el = await inbox();
    const dialog = await ask(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await el.updateComplete;
    expect(row(el, 'incoming', 'Zed Zane')).to.exist;
    expect((await world.backendFor('me').getRelationship('zed')).requestReceived).to.equal(true);
  });

  it('confirming declines and ignores; the empty text stays through a live re-read', async () => {
    const el = await inbox();
    const dialog = await ask(el);
    dialog.querySelector<HTMLButtonElement>('[part~="dialog-confirm"]')!.click();
    await waitUntil(
      () => announcement(el) === "You declined Zed Zane's request and will not get further requests from them.",
      'no announcement',
      { timeout: 5000 },
    );
    await settled(el);
    expect(row(el, 'incoming', 'Zed Zane'), 'the row is gone').to.equal(undefined);
    const r = await world.backendFor('me').getRelationship('zed');
    expect([r.requestReceived, r.ignoringRequests, r.blocking]).to.deep.equal([false, true, false]);
    const refusal = await world
      .backendFor('zed')
      .requestConnection('me')
      .catch((e: unknown) => e as { code?: string });
    expect((refusal as { code?: string }).code, 'later requests are refused').to.equal('forbidden');

    const incoming = section(el, 'incoming');
    expect(part(el, 'empty')!.textContent).to.equal('No pending requests.');
    // A change elsewhere (Mary asks Bo) makes both lists re-read: the inbox's empty text never leaves meanwhile.
    let flashed = false;
    const observer = new MutationObserver(() => {
      if (!incoming.querySelector('[part~="empty"]') || incoming.querySelector('[part~="loading"]')) flashed = true;
    });
    observer.observe(incoming, { childList: true, subtree: true, characterData: true });
    await world.backendFor('me').requestConnection('bo');
    await waitUntil(() => row(el, 'outgoing', 'Bo Bell') !== undefined, 'the sent request did not arrive live', { timeout: 5000 });
    await settled(el);
    observer.disconnect();
    expect(flashed, 'the empty text stayed, with no loading text').to.equal(false);
    expect(incoming.querySelector('[part~="empty"]')!.textContent).to.equal('No pending requests.');
    await expect(el).to.be.accessible();
  });
});
