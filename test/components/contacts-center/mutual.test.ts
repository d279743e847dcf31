import { expect, waitUntil } from '@open-wc/testing';
import { person, useWorld } from '../../helpers/world.js';
import { expectAccessible, focused, mount, root } from './helpers.js';

describe('<contacts-center> mutual connections on the profile', () => {
  const world = useWorld(() => ({
    people: [
      person('me', 'Mary Major'),
      person('jane', 'Jane Doe'),
      person('richard', 'Richard Roe'),
      person('amy', 'Amy Adams'),
      person('bo', 'Bo Bell'),
      person('cy', 'Cy Cole'),
      person('zed', 'Zed Zane'),
    ],
    relations: ['jane', 'richard', 'amy', 'bo', 'cy'].flatMap((id) => [
      { type: 'connection' as const, fromId: 'me', toId: id },
      ...(id === 'jane' ? [] : [{ type: 'connection' as const, fromId: 'zed', toId: id }]),
    ]),
  }));

  it('says who the viewer and the person both know, and the list opens their profiles', async () => {
    const el = await mount(world.backend, { personId: 'zed' });
    await waitUntil(() => root(el).querySelector('[part~="mutual"]'), 'the mutual connections', { timeout: 5000 });
    const mutual = root(el).querySelector<HTMLDetailsElement>('[part~="mutual"]')!;
    expect(mutual.querySelector('summary')!.textContent!.trim()).to.equal('Connected to Amy Adams, Bo Bell and 2 others you know');
    mutual.querySelector('summary')!.click();
    await el.updateComplete;
    const buttons = [...mutual.querySelectorAll<HTMLButtonElement>('[part~="mutual-person"]')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Amy Adams', 'Bo Bell', 'Cy Cole', 'Richard Roe']);
    await expectAccessible(el);
    buttons[3]!.click();
    await waitUntil(() => el.personId === 'richard' && focused(el)?.id === 'profile-name', 'Richard’s profile opened', { timeout: 5000 });
    // Richard's other connection, Zed, is not the viewer's: nothing in common.
    await waitUntil(() => root(el).querySelector('[part~="mutual"]') === null, 'no mutual connections with Richard', { timeout: 5000 });
  });

  it('shows nothing when there are none', async () => {
    const el = await mount(world.backend, { personId: 'jane' });
    await waitUntil(() => root(el).querySelector('#profile-name'));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="mutual"]')).to.equal(null);
  });
});
