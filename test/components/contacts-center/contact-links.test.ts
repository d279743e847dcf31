import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import {
  button,
  expectAccessible,
  mount,
  openDialog,
  openProfile,
  profile,
  root,
  rowByName,
  rowNames,
  smallWorld,
  waitForStatus,
} from './helpers.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';

const rowNote = (el: ContactsCenter, name: string): string | undefined =>
  rowByName(el, name).querySelector('[part~="contact-note"]')?.textContent?.trim();

/** Mary keeps "Rick", whose email is Richard Roe's (written differently), with a note. */
async function setUp(): Promise<{ el: ContactsCenter; world: MemoryWorld }> {
  const world = new MemoryWorld(smallWorld());
  await world
    .backendFor('me')
    .addContact({ displayName: 'Rick', emails: [{ type: 'home', value: ' Richard@Example.com' }], note: 'Owes me lunch.' });
  return { el: await mount(world.backendFor('me')), world };
}

describe('<contacts-center> contact links', () => {
  it('offers to link a contact to the member with its email, confirmed, then the member’s row and profile show the note', async () => {
    const { el, world } = await setUp();
    await openProfile(el, 'Rick');
    await waitUntil(() => profile(el).querySelector('[part~="contact-link-link"]'), 'no link was offered', { timeout: 5000 });
    await expectAccessible(el);
    // By keyboard: focus the offer and press Enter; the dialog asks first.
    button(profile(el), 'Link to Richard Roe').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(el);
    expect(dialog.textContent).to.include('Only you can see the link');
    root(el).querySelector<HTMLButtonElement>('[part~="dialog-confirm"]')!.click();
    await waitForStatus(el, 'Linked to Richard Roe. Their row and profile now show this contact’s note.');
    await waitUntil(() => profile(el).querySelector('[part~="contact-link-unlink"]'), 'Unlink was not offered');
    expect(profile(el).querySelector('[part~="contact-link-state"]')!.textContent).to.include('Linked to Richard Roe');
    await waitUntil(() => rowNote(el, 'Richard Roe') === 'Your note: Owes me lunch.', 'Richard’s row did not show the note', {
      timeout: 5000,
    });
    await expectAccessible(el);
    expect((await world.backendFor('me').getLinkedContact('richard'))?.displayName).to.equal('Rick');

    await openProfile(el, 'Richard Roe');
    await waitUntil(() => profile(el).querySelector('[part~="contact-link-note"]'), 'Richard’s profile did not show the note', {
      timeout: 5000,
    });
    expect(profile(el).querySelector('[part~="contact-link-note"]')!.textContent!.trim()).to.equal('Owes me lunch.');
    await expectAccessible(el);
    button(profile(el), 'Open your contact Rick').click();
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent?.trim() === 'Rick', 'the contact did not open');

    await waitUntil(() => profile(el).querySelector('[part~="contact-link-unlink"]'), 'Unlink was not offered', { timeout: 5000 });
    button(profile(el), 'Unlink').click();
    await waitForStatus(el, 'Unlinked. The member’s row and profile no longer show this contact’s note.');
    await waitUntil(() => rowNote(el, 'Richard Roe') === undefined, 'Richard’s row still shows the note', { timeout: 5000 });
    expect(await world.backendFor('me').getLinkedContact('richard')).to.equal(null);
    await waitUntil(() => profile(el).querySelector('[part~="contact-link-link"]'), 'the offer did not come back');
  });

  it('links nothing when the question is cancelled, and offers nothing for a contact without a matching member', async () => {
    const { el, world } = await setUp();
    await world.backendFor('me').addContact({ displayName: 'Zoe Nomatch', emails: [{ type: 'home', value: 'zoe@example.org' }] });
    await waitUntil(() => rowNames(el).includes('Zoe Nomatch'), 'the new contact was not listed', { timeout: 5000 });
    await openProfile(el, 'Rick');
    await waitUntil(() => profile(el).querySelector('[part~="contact-link-link"]'), 'no link was offered', { timeout: 5000 });
    button(profile(el), 'Link to Richard Roe').click();
    await openDialog(el);
    root(el).querySelector<HTMLButtonElement>('[part~="dialog-cancel"]')!.click();
    await waitUntil(() => !root(el).querySelector('dialog')!.open, 'the dialog did not close');
    expect(await world.backendFor('me').getLinkedContact('richard')).to.equal(null);
    expect(profile(el).querySelector('[part~="contact-link-unlink"]')).to.equal(null);
    await openProfile(el, 'Zoe Nomatch');
    // The section appears only when there is a member to link; let the profile's reads (the note's among them) settle first.
    await waitUntil(() => profile(el).querySelector('[part~="private-note"]'), 'the profile’s reads did not settle', { timeout: 5000 });
    await aTimeout(50);
    expect(profile(el).querySelector('[part~="contact-link"]')).to.equal(null);
  });
});
