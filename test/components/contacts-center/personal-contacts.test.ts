import { expect, waitUntil } from '@open-wc/testing';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import { actionNames, badgeOf, mount, root, rowByName, rowNames, smallWorld } from './helpers.js';

describe('<contacts-center> personal contacts', () => {
  it('lists the viewer’s contact in All marked as theirs and under My contacts; its profile offers only the download', async () => {
    const world = new MemoryWorld(smallWorld());
    const backend = world.backendFor('me');
    await backend.addContact({ displayName: 'Pat Plumber', note: 'Fixed the boiler.' });
    const el = await mount(backend);
    expect(rowNames(el)).to.include('Pat Plumber');
    expect(badgeOf(rowByName(el, 'Pat Plumber'))).to.equal('Your contact');
    rowByName(el, 'Pat Plumber').querySelector<HTMLElement>('[part~="name"]')!.click();
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent?.trim() === 'Pat Plumber', 'the profile did not open');
    // Settled: the relationship was read, and still no social action: the download, and editing what is theirs.
    await waitUntil(() => root(el).querySelector('[part~="relationship"]') !== null, 'the relationship did not load');
    expect(actionNames(el)).to.deep.equal(['vCard', 'Edit or delete']);
    const mine = await mount(backend, { filter: 'mine' });
    expect(rowNames(mine)).to.deep.equal(['Pat Plumber']);
    const other = await mount(world.backendFor('jane'));
    expect(rowNames(other)).to.not.include('Pat Plumber');
  });
});
