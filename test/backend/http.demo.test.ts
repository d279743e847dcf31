/**
 * `npm run start:shared`'s path, short of the page: the demo world seeded by the server (`seedDemoWorld`, as the
 * launcher does), two demo people signed in through the development sign-in on two server instances, sharing
 * one graph live; the page finds the API in its `<meta name="contacts-api">`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { BackendChange } from '../../src/backend/backend.js';
import { contactsApi, devSignIn, openServerBackend } from '../../demo/server-backend.js';
import { DEMO_PEOPLE } from '../../demo/seed/world.js';
import { createServerWorld, serverConfig } from '../helpers/server-world.js';

for (const host of serverConfig.hosts) {
  describe(`the shared demo on ${host.name}`, function () {
    // Seeding the demo world is a few hundred writes: more than the 20 s default on a loaded CI machine.
    this.timeout(60_000);
    it('seeds the demo world, signs two demo people in, and one hears the other live across instances', async () => {
      const world = await createServerWorld(host, {}, { demo: { people: 24, postsPerPerson: 1 } });
      const joe = openServerBackend(world.urls[0], DEMO_PEOPLE.viewer);
      const richard = openServerBackend(world.urls[1], DEMO_PEOPLE.unrelated);
      try {
        expect((await joe.getViewer()).displayName).to.equal('Joe Bloggs');
        expect((await joe.getRelationship(DEMO_PEOPLE.connected)).connected).to.equal(true);
        expect((await joe.getRelationship(DEMO_PEOPLE.requestReceived)).requestReceived).to.equal(true);
        const heard: BackendChange[] = [];
        richard.subscribe((change) => heard.push(change));
        await richard.getViewer();
        await joe.requestConnection(DEMO_PEOPLE.unrelated);
        await waitUntil(() => heard.some((change) => change.personIds.includes(DEMO_PEOPLE.viewer)), 'richard hears the request live');
        const incoming = await richard.listRequests('incoming');
        expect(incoming.items.map((entry) => entry.person.id)).to.include(DEMO_PEOPLE.viewer);
      } finally {
        joe.close();
        richard.close();
        await world.cleanup();
      }
    });
  });
}

describe('the shared demo page', () => {
  it('finds the API in its meta tag (none: the IndexedDB demo), and a production server refuses the dev sign-in', async () => {
    expect(contactsApi()).to.equal(undefined);
    const meta = Object.assign(document.createElement('meta'), { name: 'contacts-api', content: '/api' });
    document.head.append(meta);
    expect(contactsApi()).to.equal('/api');
    meta.remove();
    const world = await createServerWorld(serverConfig.hosts[0]!, { people: [{ id: 'ann', displayName: 'Ann' }] });
    try {
      const failure = await devSignIn(world.productionUrl, 'ann').then(
        () => null,
        (error: unknown) => error,
      );
      expect(String(failure)).to.match(/answered 404/);
    } finally {
      await world.cleanup();
    }
  });
});
