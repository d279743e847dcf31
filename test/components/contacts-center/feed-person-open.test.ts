import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SelectEventDetail } from '../../../src/components/shared/events.js';
import { createWorld } from '../../helpers/world.js';
import { focused, mount, openProfile, root, smallWorld } from './helpers.js';

/** Records the named events that reach the document while `run` runs. */
async function heardOnDocument(types: string[], run: () => Promise<void>): Promise<CustomEvent[]> {
  const heard: CustomEvent[] = [];
  const listen = (event: Event): void => void heard.push(event as CustomEvent);
  for (const type of types) document.addEventListener(type, listen);
  try {
    await run();
  } finally {
    for (const type of types) document.removeEventListener(type, listen);
  }
  return heard;
}

describe('<contacts-center> and the cc-person-open of its profile feed', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeEach(async () => {
    const data = smallWorld();
    data.activities = [{ id: 'a1', actorId: 'jane', kind: 'post', text: 'Hello from Jane', createdAt: Date.now() - 60_000 }];
    world = await createWorld(data);
  });

  afterEach(async () => {
    await world.cleanup();
  });

  it('opens the person the feed names and tells the host with cc-select; the feed event goes no further', async () => {
    const el = await mount(world.backendFor('me'));
    const section = await openProfile(el, 'Richard Roe');
    const feed = section.querySelector('activity-feed')!;
    const heard = await heardOnDocument(['cc-select', 'cc-person-open'], async () => {
      const selected = oneEvent(el, 'cc-select');
      // What the feed fires when a name in it is clicked.
      feed.dispatchEvent(new CustomEvent('cc-person-open', { detail: { personId: 'john' }, bubbles: true, composed: true }));
      expect(((await selected) as CustomEvent<SelectEventDetail>).detail).to.deep.equal({ personId: 'john', selectedIds: [] });
    });
    expect(heard.map((e) => e.type)).to.deep.equal(['cc-select']);
    expect(el.personId).to.equal('john');
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent === 'John Doe');
    await waitUntil(() => focused(el)?.id === 'profile-name', 'the heading takes focus');
  });

  it('a real click on a name in the profile feed emits no cc-person-open outside the element', async () => {
    const el = await mount(world.backendFor('me'));
    const section = await openProfile(el, 'Jane Doe');
    const feed = section.querySelector('activity-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part~="actor"]'), 'the feed shows Jane');
    const heard = await heardOnDocument(['cc-select', 'cc-person-open'], async () => {
      const opened = oneEvent(feed, 'cc-person-open');
      feed.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actor"]')!.click();
      expect((await opened).detail).to.deep.equal({ personId: 'jane' });
      await el.updateComplete;
    });
    // Jane's profile is already open: nothing changed, so nothing is said.
    expect(heard).to.deep.equal([]);
    expect(el.personId).to.equal('jane');
  });
});
