import { expect, waitUntil } from '@open-wc/testing';
import { useWorld } from '../../helpers/world.js';
import { networkWorld } from './network-world.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import { expectAccessible, mount, root, rowByName, rowNames } from './helpers.js';

describe('<contacts-center> the Suggested filter', () => {
  const world = useWorld(networkWorld);
  const reason = (el: ContactsCenter, name: string) =>
    rowByName(el, name).querySelector('[part~="suggestion-reason"]')?.textContent?.trim();

  it('is offered by the filter list and lists suggestions in rank order, each with its reason, without letter headings', async () => {
    const el = await mount(world.backend);
    const select = root(el).querySelector<HTMLSelectElement>('select[part~="filter"]')!;
    const option = [...select.options].find((o) => o.value === 'suggested');
    expect(option?.textContent?.trim()).to.equal('Suggested');
    select.value = 'suggested';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => rowNames(el).join() === 'Zed Zane,Bo Bell,Cy Cole', 'ranked, not by name', { timeout: 5000 });
    expect(reason(el, 'Zed Zane')).to.equal('3 mutual connections');
    expect(reason(el, 'Bo Bell')).to.equal('2 mutual connections');
    expect(reason(el, 'Cy Cole')).to.equal('Also at ACME');
    expect(root(el).querySelector('[part~="initial"]'), 'no initial headings in a ranked list').to.equal(null);
    expect(root(el).querySelector('[part~="jump-index"]'), 'no jump-to-letter index').to.equal(null);
    await expectAccessible(el);
  });

  it('narrows by the search and leaves out dismissed people', async () => {
    await world.backend.dismissSuggestion('zed');
    const el = await mount(world.backend, { filter: 'suggested' });
    await waitUntil(() => rowNames(el).join() === 'Bo Bell,Cy Cole', 'the dismissed person is gone', { timeout: 5000 });
    el.query = 'cy';
    await waitUntil(() => rowNames(el).join() === 'Cy Cole', 'the search narrows the suggestions', { timeout: 5000 });
  });

  it('says so when there is no one to suggest', async () => {
    for (const id of ['zed', 'bo', 'cy']) await world.backend.dismissSuggestion(id);
    const el = await mount(world.backend, { filter: 'suggested' });
    await waitUntil(() => root(el).textContent?.includes('No one to suggest yet'), 'the empty state', { timeout: 5000 });
  });
});
