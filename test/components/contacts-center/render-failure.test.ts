import { expect, waitUntil } from '@open-wc/testing';
import type { Person } from '../../../src/model/person.js';
import { memoryBackend, wrapBackend } from '../../helpers/backend.js';
import { person } from '../../helpers/world.js';
import { actionNames, button, mount, openProfile, root, rowByName, waitForStatus } from './helpers.js';

/** A world where Sam's record, as one faulty adapter hands it over, cannot be drawn (emails is not a list). */
function faultyBackend() {
  const real = memoryBackend({ people: [person('me', 'Mary'), person('victor', 'Victor Vale'), person('sam', 'Sam Sent')] });
  const backend = wrapBackend(real, {
    getPerson: async (id, options) => {
      const found = await real.getPerson(id, options);
      return id === 'sam' ? ({ ...found, emails: null } as unknown as Person) : found;
    },
  });
  return { real, backend };
}

describe('<contacts-center> never acts on someone it is not showing', () => {
  it('shows an error in place of a profile that cannot be drawn, with no one else’s buttons, and keeps updating', async () => {
    const { real, backend } = faultyBackend();
    const el = await mount(backend);
    await openProfile(el, 'Victor Vale');
    rowByName(el, 'Sam Sent').querySelector<HTMLElement>('[part~="name"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="profile"] [part~="error"]'), 'no error in place of the profile');
    const pane = root(el).querySelector('[part="profile-pane"]')!;
    expect(pane.textContent).to.contain('This profile cannot be shown');
    expect(pane.textContent, 'the previous person is gone').not.to.contain('Victor Vale');
    expect(actionNames(el).filter((n) => n !== 'Back to list')).to.deep.equal([]);
    // The element still works: Victor opens and his Follow follows Victor.
    await openProfile(el, 'Victor Vale');
    button(root(el).querySelector('[part~="profile"]')!, 'Follow').click();
    await waitForStatus(el, 'You are now following Victor Vale.');
    expect((await real.getRelationship('victor')).following).to.equal(true);
    expect((await real.getRelationship('sam')).following).to.equal(false);
  });

  it('acts on the person whose profile drew the button, even after another was chosen', async () => {
    const backend = memoryBackend({ people: [person('me', 'Mary'), person('victor', 'Victor Vale'), person('sam', 'Sam Sent')] });
    const el = await mount(backend);
    await openProfile(el, 'Victor Vale');
    const follow = button(root(el).querySelector('[part~="profile"]')!, 'Follow');
    // Another person is chosen by the host while Victor's profile (and this button) is still on screen.
    el.personId = 'sam';
    follow.click();
    await waitUntil(async () => (await backend.getRelationship('victor')).following, 'Victor was not followed');
    expect((await backend.getRelationship('sam')).following).to.equal(false);
  });
});
