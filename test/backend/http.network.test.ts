/** What a network adds to the contract: identity from tokens only, live events across instances, cancellation, failures. */
import { expect } from '@open-wc/testing';
import { SignJWT } from 'jose';
import { HttpBackend, type HttpFailure } from '../../src/backend/http/index.js';
import { CAST } from '../../src/backend/conformance/context.js';
import { isContactsError, type ContactsError } from '../../src/model/errors.js';
import { createServerWorld, serverConfig, type ServerWorld } from '../helpers/server-world.js';

const secret = new TextEncoder().encode(serverConfig.secret);
const sign = (sub: string, expires: string | number = '1h', key = secret) =>
  new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(expires).sign(key);

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Reads an SSE response until `count` change events came; returns their data. */
async function readChanges(response: Response, count: number): Promise<{ id: string; data: unknown }[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const found: { id: string; data: unknown }[] = [];
  while (found.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    found.length = 0;
    for (const block of text.split('\n\n')) {
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(block)?.[1];
      if (field('event') === 'change') found.push({ id: field('id')!, data: JSON.parse(field('data')!) });
    }
  }
  await reader.cancel();
  return found;
}

for (const host of serverConfig.hosts) {
  describe(`HttpBackend on ${host.name}: network`, () => {
    let world: ServerWorld;
    beforeEach(async () => {
      world = await createServerWorld(host, { people: CAST.slice(), relations: [{ type: 'follow', fromId: 'bob', toId: 'cat' }] });
    });
    afterEach(() => world.cleanup());

    describe('identity', () => {
      it('refuses a request without a token, with a forged, expired or unsigned one (401, typed body)', async () => {
        const url = `${world.urls[0]}/viewer`;
        const forged = await sign('ann', '1h', new TextEncoder().encode('another-secret-that-is-long-enough-32'));
        const expired = await sign('ann', Math.floor(Date.now() / 1000) - 60);
        const unsigned = `${btoa(JSON.stringify({ alg: 'none' }))}.${btoa(JSON.stringify({ sub: 'ann' }))}.`;
        for (const authorization of [undefined, `Bearer ${forged}`, `Bearer ${expired}`, `Bearer ${unsigned}`, 'Basic YW5uOmFubg==']) {
          const response = await fetch(url, { headers: authorization ? { authorization } : {} });
          expect(response.status, String(authorization)).to.equal(401);
          const body = await response.json();
          expect(body.error.code).to.equal('unauthorized');
          expect(JSON.stringify(body)).not.to.match(/at .*\.(js|ts):\d+/);
        }
        const adapter = new HttpBackend({ baseUrl: world.urls[0], viewerId: 'ann', token: expired });
        const error = await failure(adapter.getViewer());
        expect(isContactsError(error, 'unauthorized')).to.equal(true);
        expect(((error as Error).cause as HttpFailure).kind).to.equal('unauthorized');
        adapter.close();
      });

      it('stops accepting a token it has accepted once when the token expires', async () => {
        const exp = Math.floor(Date.now() / 1000) + 2;
        const headers = { authorization: `Bearer ${await sign('ann', exp)}` };
        const url = `${world.urls[0]}/viewer`;
        expect((await fetch(url, { headers })).status, 'while valid').to.equal(200);
        expect((await fetch(url, { headers })).status, 'again while valid (remembered)').to.equal(200);
        await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 100));
        expect((await fetch(url, { headers })).status, 'after its expiry').to.equal(401);
      });

      it('after a refused token, asks a token function once for a fresh one and sends the request (even a change) again', async () => {
        const expired = await sign('ann', Math.floor(Date.now() / 1000) - 60);
        const fresh = await world.token('ann');
        const asked: (boolean | undefined)[] = [];
        let current = expired;
        const adapter = new HttpBackend({
          baseUrl: world.urls[0],
          viewerId: 'ann',
          token: (request) => {
            asked.push(request?.refresh);
            if (request?.refresh) current = fresh;
            return current;
          },
        });
        expect((await adapter.follow('bob')).following).to.equal(true);
        expect(asked).to.deep.equal([undefined, true]);
        const stale = new HttpBackend({ baseUrl: world.urls[0], viewerId: 'ann', token: () => expired });
        const error = await failure(stale.unfollow('bob'));
        expect(isContactsError(error, 'unauthorized')).to.equal(true);
        expect((await world.backendFor('ann').getRelationship('bob')).following, 'the refused change did nothing').to.equal(true);
        adapter.close();
        stale.close();
      });

      it("a token for one viewer never reads or changes another's data, whatever the client claims", async () => {
        const token = await world.token('ann');
        for (const path of ['/viewer?viewerId=bob', '/viewer?sub=bob', '/viewer?as=bob']) {
          const response = await fetch(world.urls[0] + path, { headers: { authorization: `Bearer ${token}` } });
          expect((await response.json()).id).to.equal('ann');
        }
        const bob = world.backendFor('bob');
        const before = JSON.stringify([await bob.getCounts(), await bob.searchPeople({ filter: 'following' })]);
        // An adapter whose host claims it is bob but holds ann's token acts as ann, and only as ann.
        const claimed = new HttpBackend({ baseUrl: world.urls[0], viewerId: 'bob', token });
        expect((await claimed.getViewer()).id).to.equal('ann');
        await claimed.follow('dan');
        expect((await claimed.getCounts()).following).to.equal(1);
        expect((await world.backendFor('ann').getRelationship('dan')).following).to.equal(true);
        expect(JSON.stringify([await bob.getCounts(), await bob.searchPeople({ filter: 'following' })])).to.equal(before);
        expect(isContactsError(await failure(claimed.unfollow('cat')), 'invalid-state')).to.equal(true);
        expect((await bob.getRelationship('cat')).following).to.equal(true);
        claimed.close();
      });

      it('offers the dev sign-in only outside production mode', async () => {
        const body = JSON.stringify({ viewerId: 'ann' });
        const headers = { 'content-type': 'application/json' };
        expect((await fetch(`${world.urls[0]}/dev/sign-in`, { method: 'POST', headers, body })).status).to.equal(200);
        const refused = await fetch(`${world.productionUrl}/dev/sign-in`, { method: 'POST', headers, body });
        expect(refused.status).to.equal(404);
        const prod = new HttpBackend({ baseUrl: world.productionUrl, viewerId: 'ann', token: await sign('ann') });
        expect((await prod.getViewer()).id).to.equal('ann');
        prod.close();
      });
    });

    describe('live events', () => {
      it('a change committed through one instance reaches a subscriber on the other', async () => {
        const listener = world.backendFor('bob', 1);
        const heard = new Promise<unknown>((resolve) => listener.subscribe(resolve));
        await world.backendFor('ann', 0).requestConnection('bob');
        const change = (await heard) as { topics: string[]; personIds: string[] };
        expect(change.topics).to.include('requests');
        expect(change.personIds).to.have.members(['ann', 'bob']);
      });

      it('tells people outside a change its topics only; resumes after Last-Event-ID', async () => {
        const ann = world.backendFor('ann');
        await ann.follow('bob');
        await ann.follow('cat');
        await ann.postActivity({ kind: 'post', text: 'hello' });
        const token = await world.token('dan');
        const response = await fetch(`${world.urls[1]}/events`, { headers: { authorization: `Bearer ${token}`, 'last-event-id': '0' } });
        expect(response.headers.get('content-type')).to.match(/^text\/event-stream/);
        const changes = await readChanges(response, 3);
        expect(changes.map((c) => c.data)).to.deep.equal([
          { topics: ['relationships', 'activities'], personIds: [] },
          { topics: ['relationships', 'activities'], personIds: [] },
          { topics: ['activities'], personIds: [] },
        ]);
        const resumed = await readChanges(
          await fetch(`${world.urls[0]}/events`, {
            headers: { authorization: `Bearer ${await world.token('bob')}`, 'last-event-id': changes[0]!.id },
          }),
          2,
        );
        expect(resumed.map((c) => c.data)).to.deep.equal([
          { topics: ['relationships', 'activities'], personIds: [] },
          { topics: ['activities'], personIds: [] },
        ]);
      });
    });

    describe('races between instances', () => {
      it('two people asking each other at once on two instances make one connection, never two requests', async () => {
        for (const [a, b] of [
          ['ann', 'bob'],
          ['cat', 'dan'],
          ['eve', 'ann'],
        ] as const) {
          await Promise.allSettled([world.backendFor(a, 0).requestConnection(b), world.backendFor(b, 1).requestConnection(a)]);
          const [ra, rb] = [await world.backendFor(a).getRelationship(b), await world.backendFor(b).getRelationship(a)];
          // Either one request is pending (one side asked first and the other's call accepted it later) or they are connected.
          expect(ra.connected).to.equal(rb.connected);
          expect(ra.requestSent && ra.requestReceived).to.equal(false);
          expect(ra.connected && (ra.requestSent || ra.requestReceived)).to.equal(false);
          expect(ra.connected || ra.requestSent || ra.requestReceived).to.equal(true);
        }
      });

      it('many concurrent identical changes store one relation', async () => {
        await Promise.allSettled(Array.from({ length: 8 }, (_, i) => world.backendFor('ann', (i % 2) as 0 | 1).follow('bob')));
        expect((await world.backendFor('bob').getCounts()).followers).to.equal(1);
        await Promise.allSettled(Array.from({ length: 6 }, (_, i) => world.backendFor('cat', (i % 2) as 0 | 1).block('dan')));
        expect((await world.backendFor('cat').getCounts()).blocked).to.equal(1);
      });
    });

    describe('contact imports between instances', () => {
      const cards = Array.from({ length: 6 }, (_, i) => ({ contact: { displayName: `Card ${i}` } }));
      const settled = <T>(results: PromiseSettledResult<T>[]) => ({
        values: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
        codes: results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as ContactsError).code] : [])),
      });

      it('two begins at once leave one running; chunks continued at once on both instances write each card once', async () => {
        const begins = settled(
          await Promise.allSettled([0, 1].map((i) => world.backendFor('ann', i as 0 | 1).beginContactImport({ writes: cards }))),
        );
        expect([begins.values.length, begins.codes]).to.deep.equal([1, ['invalid-state']]);
        const id = begins.values[0]!.id;
        const steps = settled(
          await Promise.allSettled(
            Array.from({ length: 6 }, (_, i) => world.backendFor('ann', (i % 2) as 0 | 1).continueContactImport(id, 2)),
          ),
        );
        // Each chunk locks the marker: three write two cards each, in turn, and the rest find the import done.
        expect(steps.values.map((s) => s.done).sort()).to.deep.equal([2, 4, 6]);
        expect(steps.codes).to.deep.equal(['invalid-state', 'invalid-state', 'invalid-state']);
        const mine = await world.backendFor('ann').searchPeople({ filter: 'mine', limit: 50 });
        expect(mine.items.map((e) => e.person.displayName).sort()).to.deep.equal(cards.map((c) => c.contact.displayName));
      });

      it('takes a plan larger than other bodies, and another viewer never sees or continues it', async () => {
        const big = Array.from({ length: 1000 }, (_, i) => ({ contact: { displayName: `Card ${i}`, note: 'n'.repeat(100) } }));
        const begun = await world.backendFor('ann').beginContactImport({ source: 'big.vcf', writes: big });
        expect([begun.state, begun.total]).to.deep.equal(['running', 1000]);
        const bob = world.backendFor('bob', 1);
        expect(await bob.latestContactImport()).to.equal(null);
        expect(((await failure(bob.continueContactImport(begun.id, 10))) as ContactsError).code).to.equal('not-found');
        expect((await world.backendFor('ann', 1).latestContactImport())?.done).to.equal(0);
      });
    });

    describe('cancellation and failures', () => {
      it('an aborted signal rejects a read with its reason, before or during the request', async () => {
        const ann = world.backendFor('ann');
        const reason = new DOMException('gone', 'AbortError');
        const before = new AbortController();
        before.abort(reason);
        expect(await failure(ann.searchPeople({ signal: before.signal }))).to.equal(reason);
        const during = new AbortController();
        const pending = ann.getFeed({ signal: during.signal });
        during.abort(reason);
        expect(await failure(pending)).to.equal(reason);
        expect((await ann.getViewer()).id).to.equal('ann');
      });

      it('an unreachable server and a timeout are network errors saying which; only reads are retried', async () => {
        const offline = new HttpBackend({ baseUrl: 'http://127.0.0.1:9/api', viewerId: 'ann', token: 't', retries: 0 });
        const down = (await failure(offline.getViewer())) as Error;
        expect([isContactsError(down, 'network'), (down as ContactsError).network]).to.deep.equal([true, 'offline']);
        offline.close();
        let calls = 0;
        const hanging: typeof fetch = (_input, init) => {
          calls++;
          return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new TypeError('aborted'))));
        };
        const slow = new HttpBackend({ baseUrl: world.urls[0], viewerId: 'ann', token: 't', timeoutMs: 50, retries: 2, fetch: hanging });
        const timedOut = (await failure(slow.getCounts())) as Error;
        expect([isContactsError(timedOut, 'network'), (timedOut as ContactsError).network, calls]).to.deep.equal([true, 'timeout', 3]);
        calls = 0;
        await failure(slow.follow('bob'));
        expect(calls, 'a change is sent once').to.equal(1);
        slow.close();
      });

      it("rebuilds the server's ContactsError with the same code and message as the IndexedDB adapter", async () => {
        const ann = world.backendFor('ann');
        const error = (await failure(ann.getPerson('nobody'))) as Error;
        expect([isContactsError(error, 'not-found'), error.message]).to.deep.equal([true, 'There is no person with the id "nobody".']);
        const blocked = (await failure((await ann.block('bob'), ann.follow('bob')))) as Error;
        expect([isContactsError(blocked, 'blocked'), blocked.message]).to.deep.equal([
          true,
          'You have blocked Bob Brown. Unblock them before you follow them.',
        ]);
      });

      it('limits body size and requests per viewer, and publishes the OpenAPI document', async () => {
        const token = await world.token('ann');
        const big = await fetch(`${world.urls[0]}/activities`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'post', text: 'x'.repeat(100_000) }),
        });
        expect([big.status, (await big.json()).error.code]).to.deep.equal([413, 'too-large']);
        const doc = await fetch(`${world.urls[0]}/openapi.json`);
        const document = await doc.json();
        const paths = Object.keys(document.paths);
        expect(paths).to.include.members(['/people', '/feed', '/events', '/relationships/{id}/{action}', '/activities']);
        expect(paths).to.include.members(['/profile', '/contacts', '/contacts/{id}', '/contacts/{id}/delete']);
        // A person's body is described field by field, with the contract's kinds and limits.
        for (const name of ['ProfileInput', 'ContactInput']) {
          const schema = document.components.schemas[name];
          expect(schema.required, name).to.deep.equal(['displayName']);
          expect(schema.properties.emails.items.properties.type.enum, name).to.deep.equal(['work', 'home', 'other']);
          expect(schema.properties.avatarUrl.maxLength, name).to.equal(400_000);
          expect(Object.keys(schema.properties), name).to.include.members(['phoneticName', 'addresses', 'urls', 'birthday', 'note']);
        }
        const limited = await createServerWorld(host, { people: CAST.slice() }, { rateLimitPerMinute: 3 });
        const adapter = limited.backendFor('ann');
        for (let i = 0; i < 3; i++) await adapter.getCounts();
        const error = (await failure(adapter.getCounts())) as Error;
        expect([isContactsError(error, 'network'), (error as ContactsError).network]).to.deep.equal([true, 'rate-limited']);
        await limited.cleanup();
      });

      it('counts the rate limit across instances and says when to retry (Retry-After, in the OpenAPI document)', async () => {
        const limited = await createServerWorld(host, { people: CAST.slice() }, { rateLimitPerMinute: 4 });
        const call = async (instance: 0 | 1, viewer = 'ann') =>
          fetch(`${limited.urls[instance]}/counts`, { headers: { authorization: `Bearer ${await limited.token(viewer)}` } });
        const statuses = [];
        for (const instance of [0, 1, 0, 1] as const) statuses.push((await call(instance)).status);
        const refused = await call(1);
        const retryAfter = Number(refused.headers.get('retry-after'));
        expect([...statuses, refused.status, (await refused.json()).error.code]).to.deep.equal([200, 200, 200, 200, 429, 'rate-limited']);
        expect(retryAfter).to.be.within(1, 60);
        expect((await call(0)).status, 'the other instance refuses too').to.equal(429);
        expect((await call(0, 'bob')).status, 'another viewer has their own count').to.equal(200);
        const doc = await (await fetch(`${limited.urls[0]}/openapi.json`)).json();
        expect(Object.keys(doc.paths['/counts'].get.responses['429'].headers)).to.deep.equal(['Retry-After']);
        await limited.cleanup();
      });
    });
  });
}
