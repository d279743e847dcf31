/** Every read takes an AbortSignal: an aborted read rejects with the signal's reason and changes nothing. */
import type { ContactsBackend } from '../../backend.js';
import { AssertionError, equal, ok } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Each read of the contract, called with `signal`. */
const READS: Record<string, (backend: ContactsBackend, signal: AbortSignal) => Promise<unknown>> = {
  getViewer: (b, signal) => b.getViewer({ signal }),
  getPerson: (b, signal) => b.getPerson('bob', { signal }),
  searchPeople: (b, signal) => b.searchPeople({ signal }),
  'searchPeople with a query': (b, signal) => b.searchPeople({ query: 'b', signal }),
  'searchPeople of a filter': (b, signal) => b.searchPeople({ filter: 'following', signal }),
  getCounts: (b, signal) => b.getCounts({ signal }),
  getRelationship: (b, signal) => b.getRelationship('bob', { signal }),
  listRequests: (b, signal) => b.listRequests('incoming', { signal }),
  getFeed: (b, signal) => b.getFeed({ signal }),
  'getFeed of one person': (b, signal) => b.getFeed({ actorId: 'bob', signal }),
};

/** Fails unless `read` rejects with `reason` itself, or (without one) with a DOMException named AbortError. */
async function rejectsAborted(read: Promise<unknown>, what: string, reason?: unknown): Promise<void> {
  try {
    await read;
  } catch (error) {
    if (reason !== undefined) ok(error === reason, `${what}: expected the signal's own reason, got ${String(error)}.`);
    else
      ok(
        error instanceof DOMException && error.name === 'AbortError',
        `${what}: expected a DOMException named AbortError, got ${String(error)}.`,
      );
    return;
  }
  throw new AssertionError(`${what}: expected the aborted read to reject, but it resolved.`);
}

/** A world where every read has something to read: a connection, a follow, a request, activities. */
const DATA = {
  people: CAST.slice(),
  relations: [
    { type: 'connection' as const, fromId: 'ann', toId: 'bob' },
    { type: 'follow' as const, fromId: 'ann', toId: 'cat' },
  ],
  requests: [{ fromId: 'dan', toId: 'ann' }],
  activities: [
    { id: 'a1', actorId: 'bob', kind: 'post', text: 'Hello from Bob', createdAt: 1_000 },
    { id: 'a2', actorId: 'cat', kind: 'post', text: 'Hello from Cat', createdAt: 2_000 },
  ],
};

/** Defines the tests of aborting reads. */
export function abortTests({ api, world }: SuiteContext): void {
  api.describe('aborting reads', () => {
    api.it('a read with an already aborted signal rejects with an AbortError', async () => {
      const w = await world(DATA);
      const ann = w.as('ann');
      for (const [name, read] of Object.entries(READS)) await rejectsAborted(read(ann, AbortSignal.abort()), name);
    });

    api.it("a read rejects with the signal's own reason when one was given", async () => {
      const w = await world(DATA);
      const ann = w.as('ann');
      for (const [name, read] of Object.entries(READS)) {
        const reason = new Error(`superseded ${name}`);
        await rejectsAborted(read(ann, AbortSignal.abort(reason)), name, reason);
      }
    });

    api.it('a read aborted while it runs rejects with an AbortError', async () => {
      const w = await world(DATA);
      const ann = w.as('ann');
      // Warm up first, so the abort lands during a read rather than while the adapter connects.
      await ann.getViewer();
      for (const [name, read] of Object.entries(READS)) {
        const controller = new AbortController();
        const reading = read(ann, controller.signal);
        controller.abort();
        await rejectsAborted(reading, `${name} aborted after it started`);
      }
    });

    api.it('aborted reads change nothing, and the adapter keeps answering', async () => {
      const w = await world(DATA);
      const before = await w.snapshot();
      const ann = w.as('ann');
      const controller = new AbortController();
      const reads = Object.values(READS).map((read) => read(ann, controller.signal).catch(() => undefined));
      controller.abort();
      await Promise.all(reads);
      equal(await w.snapshot(), before, 'data after aborted reads');
      const page = await ann.searchPeople({ signal: new AbortController().signal });
      equal(page.items.length, CAST.length - 1, 'a read with a live signal');
    });
  });
}
