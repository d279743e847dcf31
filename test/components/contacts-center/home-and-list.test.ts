import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SearchOptions } from '../../../src/backend/backend.js';
import { ContextProvider } from '@lit/context';
import { backendContext } from '../../../src/backend/context.js';
import { ContactsError } from '../../../src/model/errors.js';
import { createWorld, useWorld, person } from '../../helpers/world.js';
import {
  badgeOf,
  button,
  chooseFilter,
  expectAccessible,
  listSettled,
  mount,
  root,
  rowByName,
  rowNames,
  searchInput,
  smallWorld,
  type,
} from './helpers.js';
import { deferred, wrapBackend } from '../../helpers/backend.js';

describe('<contacts-center> home and list', () => {
  const world = useWorld(smallWorld);

  it('shows the viewer and their numbers in plural-correct words', async () => {
    const el = await mount(world.backend);
    const home = root(el).querySelector<HTMLElement>('[part~="home"]')!;
    await waitUntil(() => home.querySelectorAll('[part~="count"]').length === 4);
    expect(home.querySelector('[part~="viewer-name"]')!.textContent).to.equal('Mary Major');
    expect(home.querySelector('[part~="avatar"]')!.textContent).to.contain('MM');
    button(home, 'You have 1 connection');
    button(home, 'You are following 1 person');
    button(home, '2 pending requests');
    button(home, '1 follower');
  });

  it('opens the list a count names', async () => {
    const el = await mount(world.backend);
    const home = root(el).querySelector<HTMLElement>('[part~="home"]')!;
    await waitUntil(() => home.querySelectorAll('[part~="count"]').length === 4);
    button(home, '2 pending requests').click();
    await waitUntil(() => el.filter === 'incoming' && listSettled(el) && rowNames(el).length === 2);
    expect(el.getAttribute('filter')).to.equal('incoming');
    expect(rowNames(el)).to.deep.equal(['Ralph Request', 'Rita Request']);
    button(home, 'You have 1 connection').click();
    await waitUntil(() => rowNames(el).join() === 'Jane Doe');
    expect(button(root(el), 'Download all connections as vCard')).to.exist;
  });

  it('lists everyone but the viewer (and the blocked), by name, with their relationship badge and job title', async () => {
    const el = await mount(world.backend);
    expect(rowNames(el)).to.deep.equal([
      'Fred Follower',
      'Jane Doe',
      'John Doe',
      'Ralph Request',
      'Richard Roe',
      'Rita Request',
      'Sam Sent',
    ]);
    expect(badgeOf(rowByName(el, 'Jane Doe'))).to.equal('Connected');
    expect(badgeOf(rowByName(el, 'John Doe'))).to.equal('Following');
    expect(badgeOf(rowByName(el, 'Rita Request'))).to.equal('Wants to connect with you');
    expect(badgeOf(rowByName(el, 'Sam Sent'))).to.equal('Request sent');
    expect(badgeOf(rowByName(el, 'Fred Follower'))).to.equal('Follows you');
    expect(badgeOf(rowByName(el, 'Richard Roe'))).to.equal('');
    expect(rowByName(el, 'Jane Doe').querySelector('[part~="job-title"]')!.textContent).to.equal('Engineer');
    expect(rowByName(el, 'Jane Doe').querySelector('input[type="checkbox"]')).to.exist;
  });

  it('filters by relationship', async () => {
    const el = await mount(world.backend);
    await chooseFilter(el, 'following');
    expect(rowNames(el)).to.deep.equal(['John Doe']);
    await chooseFilter(el, 'followers');
    expect(rowNames(el)).to.deep.equal(['Fred Follower']);
    await chooseFilter(el, 'outgoing');
    expect(rowNames(el)).to.deep.equal(['Sam Sent']);
    await chooseFilter(el, 'blocked');
    expect(rowNames(el)).to.deep.equal(['Bob Blocked']);
    expect(badgeOf(rowByName(el, 'Bob Blocked'))).to.equal('Blocked');
    expect(el.getAttribute('filter')).to.equal('blocked');
  });

  it('says when a list is empty', async () => {
    const lonely = await createWorld({ people: [person('me', 'Mary Major'), person('x', 'Xavier Stranger')] });
    try {
      const el = await mount(lonely.backendFor('me'), { filter: 'connections' });
      expect(root(el).querySelector('[part~="empty"]')!.textContent).to.equal('You have no connections yet');
      const home = root(el).querySelector<HTMLElement>('[part~="home"]')!;
      await waitUntil(() => home.querySelectorAll('[part~="count"]').length === 4);
      button(home, 'You have 0 connections');
      button(home, 'You are following 0 people');
      button(home, '0 pending requests');
      button(home, '0 followers');
    } finally {
      await lonely.cleanup();
    }
  });

  it('searches the first key at once, debounces the rest of the burst, and says when nothing matches', async () => {
    const queries: (string | undefined)[] = [];
    const counting = wrapBackend(world.backend, {
      searchPeople: (options?: SearchOptions) => {
        queries.push(options?.query);
        return world.backend.searchPeople(options);
      },
    });
    const el = await mount(counting);
    queries.length = 0;
    await type(el, 'doe', 20);
    // "d" finds the Does too: wait for the answer to "doe" itself.
    await waitUntil(
      () => queries.includes('doe') && listSettled(el) && rowNames(el).join() === 'Jane Doe,John Doe',
      'search results did not arrive',
    );
    // Three keystrokes 20 ms apart make two queries: the first key at once, the rest of the burst as one.
    expect(queries).to.deep.equal(['d', 'doe']);
    expect(el.query).to.equal('doe');
    expect(el.getAttribute('query')).to.equal('doe');
    await type(el, 'zz', 0);
    await waitUntil(() => root(el).querySelector('[part~="empty"]'));
    expect(root(el).querySelector('[part~="empty"]')!.textContent).to.equal('No people match “doezz”');
  });

  it('never lets a slow answer to an old query overtake a newer one', async () => {
    const gate = deferred();
    const slow = wrapBackend(world.backend, {
      searchPeople: async (options?: SearchOptions) => {
        const page = await world.backend.searchPeople(options);
        // The answer for "r" is held back until the answer for "ri" has been shown.
        if (options?.query === 'r') await gate.promise;
        return page;
      },
    });
    const el = await mount(slow);
    await type(el, 'r', 0);
    await aTimeout(250); // the "r" query is now in flight
    await type(el, 'i', 0);
    await waitUntil(() => rowNames(el).join() === 'Richard Roe,Rita Request', 'the newer results did not arrive');
    gate.resolve();
    await aTimeout(50);
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Richard Roe', 'Rita Request']);
    expect(searchInput(el).value).to.equal('ri');
  });

  it('shows a load failure with a Retry button that works', async () => {
    let fail = true;
    const flaky = wrapBackend(world.backend, {
      searchPeople: (options?: SearchOptions) =>
        fail ? Promise.reject(new ContactsError('storage', 'disk on fire')) : world.backend.searchPeople(options),
    });
    const errorEvent = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('cc-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await mount(flaky);
    const error = root(el).querySelector<HTMLElement>('[part~="list-error"]')!;
    expect(error.textContent).to.contain('could not be saved or read');
    expect((await errorEvent).detail.action).to.equal('load');
    await expectAccessible(el);
    fail = false;
    button(error, 'Retry').click();
    await waitUntil(() => rowNames(el).length === 7, 'retry did not load the list');
  });

  it('refreshes counts and badges live when the backend reports a change', async () => {
    const el = await mount(world.backend);
    const home = root(el).querySelector<HTMLElement>('[part~="home"]')!;
    await waitUntil(() => home.querySelectorAll('[part~="count"]').length === 4);
    const grid = root(el).querySelector<HTMLElement>('[role="grid"]')!;
    await world.backend.follow('richard');
    await waitUntil(() => badgeOf(rowByName(el, 'Richard Roe')) === 'Following', 'the badge did not update');
    await waitUntil(() => !!home.textContent!.includes('You are following 2 people'), 'the count did not update');
    // The list was refreshed in place, not rebuilt.
    expect(root(el).querySelector('[role="grid"]')).to.equal(grid);
  });

  it('follows changes made through another adapter (another tab)', async () => {
    const el = await mount(world.backend);
    const other = world.backendFor('me');
    await other.follow('richard');
    await waitUntil(() => badgeOf(rowByName(el, 'Richard Roe')) === 'Following', 'the change in the other adapter was not seen');
  });

  it('finds its backend through backendContext from an ancestor', async () => {
    const provider = document.createElement('div');
    new ContextProvider(provider, { context: backendContext, initialValue: world.backend });
    document.body.append(provider);
    try {
      const el = document.createElement('contacts-center');
      provider.append(el);
      await waitUntil(() => listSettled(el) && rowNames(el).length === 7, 'the list did not load from context');
      // ArrowDown in the search field moves to the results.
      searchInput(el).focus();
      searchInput(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => root(el).activeElement?.getAttribute('role') === 'row');
    } finally {
      provider.remove();
    }
  });

  it('starts over for another viewer when the backend is replaced', async () => {
    const el = await mount(world.backend);
    rowByName(el, 'Jane Doe').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal(['jane']);
    el.backend = world.backendFor('jane');
    await waitUntil(() => root(el).querySelector('[part~="viewer-name"]')?.textContent === 'Jane Doe');
    await waitUntil(() => rowNames(el).includes('Mary Major') && !rowNames(el).includes('Jane Doe'));
    expect(badgeOf(rowByName(el, 'Mary Major'))).to.equal('Connected');
    expect(el.selectedIds).to.deep.equal([]);
  });

  it('says when a deep-linked person does not exist, and offers Retry', async () => {
    const el = await mount(world.backend, { personId: 'nobody' });
    // The profile pane loads on first use (its loading state shows meanwhile).
    await waitUntil(() => root(el).querySelector('[part~="profile"]'), 'the profile pane loads');
    const section = root(el).querySelector<HTMLElement>('[part~="profile"]')!;
    await waitUntil(() => section.querySelector('[part~="error"]'), 'no error shown');
    expect(section.querySelector('[part~="error"]')!.textContent).to.match(/\S/);
    button(section, 'Retry');
    button(section, 'Back to list');
    await expectAccessible(el);
  });

  it('applies a query set right after creation, with a single search', async () => {
    const queries: (string | undefined)[] = [];
    const counting = wrapBackend(world.backend, {
      searchPeople: (options?: SearchOptions) => {
        queries.push(options?.query);
        return world.backend.searchPeople(options);
      },
    });
    const el = document.createElement('contacts-center');
    el.backend = counting;
    document.body.append(el);
    el.query = 'rita';
    try {
      await waitUntil(() => listSettled(el) && rowNames(el).join() === 'Rita Request');
      await aTimeout(200);
      expect(rowNames(el)).to.deep.equal(['Rita Request']);
      expect(queries.filter((q) => q === 'rita')).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('opens a deep-linked profile from the person-id attribute', async () => {
    const el = await mount(world.backend, { personId: 'richard' });
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent === 'Richard Roe');
    const select = oneEvent(el, 'cc-select');
    el.personId = null;
    await el.updateComplete;
    expect(root(el).querySelector('#profile-name')).to.equal(null);
    expect(el.hasAttribute('person-id')).to.equal(false);
    // Setting the property is the host's own doing: no event for it.
    const raced = await Promise.race([select.then(() => 'event'), aTimeout(50).then(() => 'none')]);
    expect(raced).to.equal('none');
  });
});
