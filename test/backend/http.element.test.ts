/** `<contacts-backend api-url>` builds the HTTP adapter from attributes, against the in-process reference server. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '../../src/backend/http/index.js';
import { CAST } from '../../src/backend/conformance/context.js';
import '../../src/components/contacts-backend/contacts-backend.js';
import '../../src/components/activity-feed/activity-feed.js';
import type { ContactsBackendElement } from '../../src/components/contacts-backend/contacts-backend.js';
import { isContactsError } from '../../src/model/errors.js';
import { createServerWorld, serverConfig, type ServerWorld } from '../helpers/server-world.js';

const host = serverConfig.hosts[0]!;

describe('<contacts-backend api-url> on the reference server', () => {
  let world: ServerWorld;
  const urls: string[] = [];
  /** A token endpoint as a host would serve it (a blob URL the element fetches like any other). */
  const tokenUrl = (body: string, type = 'application/json') => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    urls.push(url);
    return url;
  };
  beforeEach(async () => {
    world = await createServerWorld(host, {
      people: CAST.slice(),
      activities: [
        { id: 'a1', actorId: 'bob', kind: 'post', text: 'Hello from the server', createdAt: Date.parse('2026-11-01T10:00:00.000Z') },
      ],
      relations: [{ type: 'follow', fromId: 'ann', toId: 'bob' }],
    });
  });
  afterEach(async () => {
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    await world.cleanup();
  });

  it('signs in with the token from token-url (JSON or bare text), so plain HTML needs no script', async () => {
    const token = await world.token('ann');
    for (const url of [tokenUrl(JSON.stringify({ token })), tokenUrl(token, 'text/plain')]) {
      const el = await fixture<ContactsBackendElement>(
        html`<contacts-backend api-url=${world.urls[0]} token-url=${url} viewer-id="ann"
          ><activity-feed></activity-feed
        ></contacts-backend>`,
      );
      // The HTTP adapter loads on first use.
      await waitUntil(() => el.currentBackend, 'the HTTP adapter is provided');
      expect(el.currentBackend).to.be.instanceOf(HttpBackend);
      expect((await el.currentBackend!.getViewer()).id).to.equal('ann');
      const feed = el.querySelector('activity-feed')!;
      await waitUntil(() => feed.shadowRoot?.textContent?.includes('Hello from the server'), 'the feed shows the server activity');
      el.remove();
    }
  });

  it('takes a getToken function instead, and is re-built (the old adapter closed) when api-url changes', async () => {
    const asked: string[] = [];
    const getToken = () => (asked.push('ann'), world.token('ann'));
    const el = await fixture<ContactsBackendElement>(
      html`<contacts-backend api-url=${world.urls[0]} viewer-id="ann" .getToken=${getToken}></contacts-backend>`,
    );
    await waitUntil(() => el.currentBackend, 'the HTTP adapter is provided');
    const first = el.currentBackend!;
    expect((await first.getCounts()).following).to.equal(1);
    expect(asked.length).to.be.greaterThan(0);
    el.apiUrl = world.urls[1];
    await el.updateComplete;
    expect(el.currentBackend).not.to.equal(first);
    expect((await el.currentBackend!.getCounts()).following).to.equal(1);
    const closed = await first.getViewer().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isContactsError(closed, 'storage')).to.equal(true);
    el.remove();
  });

  it('provides nothing without a token source, and an unauthorized error when the token endpoint refuses', async () => {
    const el = await fixture<ContactsBackendElement>(html`<contacts-backend api-url=${world.urls[0]} viewer-id="ann"></contacts-backend>`);
    expect(el.currentBackend).to.equal(undefined);
    el.tokenUrl = tokenUrl(JSON.stringify({ error: 'signed out' }));
    await waitUntil(() => el.currentBackend, 'the HTTP adapter is provided');
    const error = await el.currentBackend!.getViewer().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isContactsError(error, 'unauthorized'), String(error)).to.equal(true);
    el.remove();
  });
});
