import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { PersonEntry } from '../../src/backend/backend.js';
import type { IndexedDBBackend } from '../../src/backend/indexeddb/index.js';
import { LatestRead } from '../../src/controllers/latest-read.js';
import { ListStatus, PagedListController, type PageReader, type PageRequest } from '../../src/controllers/paged-list-controller.js';
import { isContactsError } from '../../src/model/errors.js';
import { createWorld, person, type TestWorld } from '../helpers/world.js';

/** A host that only counts update requests. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

const nextFrame = (): Promise<number> => new Promise(requestAnimationFrame);
const ids = (list: PagedListController<PersonEntry>): string[] => list.items.map((e) => e.person.id);
const pad = (i: number): string => String(i).padStart(2, '0');

/** The people list of a real adapter, read through a reader that records every request it is given. */
function peopleReader(backend: IndexedDBBackend, query = '') {
  const requests: PageRequest[] = [];
  const reader: PageReader<PersonEntry> = (request) => {
    requests.push(request);
    return backend.searchPeople({ query, cursor: request.cursor, limit: request.limit, signal: request.signal });
  };
  return { reader, requests };
}

function peopleList(pageSize = 10, onError?: (error: unknown) => void): PagedListController<PersonEntry> {
  return new PagedListController<PersonEntry>(host(), {
    key: (e) => e.person.id,
    pageSize: () => pageSize,
    maxPageSize: 200,
    onError,
  });
}

describe('PagedListController on the IndexedDB adapter', () => {
  let world: TestWorld;
  let backend: IndexedDBBackend;
  beforeEach(async () => {
    // 25 people sorted by name (Person 00 … Person 24), and the viewer, whom `all` never lists.
    world = await createWorld({
      people: [person('me', 'Viewer'), ...Array.from({ length: 25 }, (_, i) => person(`p${pad(i)}`, `Person ${pad(i)}`))],
    });
    backend = world.backendFor('me');
  });
  afterEach(() => world.cleanup());

  it('drops a superseded answer and aborts its signal, even when the stale read fails on the abort', async () => {
    const errors: unknown[] = [];
    const list = peopleList(10, (e) => errors.push(e));
    const signals: AbortSignal[] = [];
    // An adapter that honours the signal (as a network one would): the read fails with the abort's reason.
    const stale: PageReader<PersonEntry> = ({ signal }) => {
      signals.push(signal);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const first = list.load(stale);
    expect(list.status).to.equal(ListStatus.LOADING);
    const { reader } = peopleReader(backend, '1');
    const second = list.load(reader);
    expect(signals[0]!.aborted).to.equal(true);
    await Promise.all([first, second]);
    expect(errors).to.deep.equal([]);
    expect(list.status).to.equal(ListStatus.LOADED);
    expect(ids(list)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `p1${i}`));
  });

  it('drops a superseded answer that arrives after the newer one', async () => {
    const list = peopleList(5);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let staleSignal: AbortSignal | undefined;
    // An adapter that ignores the signal: its answer still arrives, late, and must not be shown.
    const slow: PageReader<PersonEntry> = async (request) => {
      staleSignal = request.signal;
      const page = await backend.searchPeople({ query: '0', limit: request.limit });
      await gate;
      return page;
    };
    const first = list.load(slow);
    await list.load(peopleReader(backend, '2').reader);
    expect(staleSignal!.aborted).to.equal(true);
    release();
    await first;
    expect(ids(list)).to.deep.equal(['p20', 'p21', 'p22', 'p23', 'p24']);
  });

  it('shows a failure, keeps it until a retry succeeds, and retries the right read', async () => {
    const errors: unknown[] = [];
    const list = peopleList(10, (e) => errors.push(e));
    let broken = true;
    // A tampered cursor is a real adapter failure (`invalid-input`).
    const reader: PageReader<PersonEntry> = ({ cursor, limit, signal }) =>
      backend.searchPeople({ cursor: broken ? 'p1.tampered' : cursor, limit, signal });
    await list.load(reader);
    expect(list.status).to.equal(ListStatus.ERROR);
    expect(isContactsError(list.error, 'invalid-input')).to.equal(true);
    expect(list.items).to.have.length(0);
    broken = false;
    await list.retry();
    expect(list.status).to.equal(ListStatus.LOADED);
    expect(list.error).to.equal(undefined);
    expect(ids(list)[0]).to.equal('p00');
    // A failed next page keeps the rows, and "retry" asks for that page again.
    broken = true;
    await list.loadMore();
    expect(list.status).to.equal(ListStatus.ERROR);
    expect(list.items).to.have.length(10);
    broken = false;
    await list.retry();
    expect(list.status).to.equal(ListStatus.LOADED);
    expect(ids(list)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `p${pad(i)}`));
    expect(errors).to.have.length(2);
  });

  it('says empty when the source has nothing', async () => {
    const list = peopleList();
    expect(list.status).to.equal(ListStatus.INITIAL);
    await list.load(peopleReader(backend, 'nobody by this name').reader);
    expect(list.status).to.equal(ListStatus.EMPTY);
    expect(list.items).to.deep.equal([]);
    expect(list.next).to.equal(null);
    await list.loadMore(); // nothing to load
    expect(list.status).to.equal(ListStatus.EMPTY);
  });

  it('appends pages with loadMore, one at a time, until the end', async () => {
    const list = peopleList(10);
    const { reader, requests } = peopleReader(backend);
    await list.load(reader);
    expect(list.next).to.be.a('string');
    const more = list.loadMore();
    expect(list.loadingMore).to.equal(true);
    void list.loadMore(); // ignored: a page is already being read
    await more;
    expect(requests.map((r) => r.cursor === null)).to.deep.equal([true, false]);
    expect(list.items).to.have.length(20);
    await list.loadMore();
    expect(ids(list)).to.deep.equal(Array.from({ length: 25 }, (_, i) => `p${pad(i)}`));
    expect(list.next).to.equal(null);
    await list.loadMore();
    expect(requests).to.have.length(3);
  });

  it('merges the changes reported within a frame into one re-read, and a later change into another', async () => {
    const list = peopleList(10);
    const { reader, requests } = peopleReader(backend);
    await list.load(reader);
    const unsubscribe = backend.subscribe(() => list.changed());
    try {
      const before = requests.length;
      await backend.follow('p03'); // reported by the adapter before its promise settles
      list.changed();
      list.changed();
      await waitUntil(() => list.items[3]!.relationship.following, 'the change was not re-read');
      await nextFrame();
      await nextFrame();
      expect(requests.length - before).to.equal(1);
      await backend.follow('p04');
      await waitUntil(() => list.items[4]!.relationship.following, 'the second change was lost');
      expect(requests.length - before).to.equal(2);
    } finally {
      unsubscribe();
    }
  });

  it('re-reads every loaded page in place after a change, keeping the position and the cursor', async () => {
    const list = peopleList(10);
    const { reader: read, requests } = peopleReader(backend);
    const seen: { reading: boolean; shown: number }[] = [];
    // What the list says while a request is made: during the re-read, what is shown stays.
    const reader: PageReader<PersonEntry> = (request) => (seen.push({ reading: list.reading, shown: list.items.length }), read(request));
    await list.load(reader);
    await list.loadMore();
    const shown = ids(list);
    const next = list.next;
    requests.length = 0;
    const unsubscribe = backend.subscribe(() => list.changed());
    try {
      await backend.follow('p15');
      await waitUntil(() => list.items[15]!.relationship.following, 'the change was not re-read');
    } finally {
      unsubscribe();
    }
    expect(list.rereading).to.equal(false);
    expect(ids(list)).to.deep.equal(shown);
    expect(list.next).to.equal(next);
    // The 20 rows shown, re-read in one request rather than page by page.
    expect(requests.map((r) => [r.cursor, r.limit])).to.deep.equal([[null, 20]]);
    expect(seen.at(-1)).to.deep.equal({ reading: true, shown: 20 });
  });

  it('aborts a next page that a re-read supersedes', async () => {
    const list = peopleList(10);
    const { reader: read, requests } = peopleReader(backend);
    // The next page answers only once aborted, so the re-read must be the one that ends it (the batched re-read comes
    // a frame later, after which a quick adapter would already have answered).
    const reader: PageReader<PersonEntry> = (request) =>
      request.cursor === null
        ? read(request)
        : read(request).then(
            () =>
              new Promise<Awaited<ReturnType<typeof read>>>((_, reject) =>
                request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }),
              ),
          );
    await list.load(reader);
    void list.loadMore();
    list.changed();
    await waitUntil(() => requests.length === 3 && !list.rereading && !list.loadingMore);
    expect(requests[1]!.signal.aborted).to.equal(true);
    expect(requests[2]!.cursor).to.equal(null);
    expect(list.items).to.have.length(10);
  });

  it('replaces and removes shown items without a read, and says empty when the last one goes', async () => {
    const list = peopleList(2);
    const { reader, requests } = peopleReader(backend, '2');
    await list.load(reader);
    const [first, second] = list.items as PersonEntry[];
    const followed = { person: first!.person, relationship: { ...first!.relationship, following: true } };
    list.replace('p20', followed);
    expect(list.items[0]).to.equal(followed);
    list.remove('p20');
    list.remove('p21');
    list.remove('nobody');
    expect(list.items).to.deep.equal([]);
    expect(list.status).to.equal(ListStatus.EMPTY);
    expect(second!.person.id).to.equal('p21');
    expect(requests).to.have.length(1);
  });

  it('forgets everything and aborts the read in flight on reset', async () => {
    const list = peopleList(10);
    const { reader, requests } = peopleReader(backend);
    const load = list.load(reader);
    list.reset();
    await load;
    expect(requests[0]!.signal.aborted).to.equal(true);
    expect(list.status).to.equal(ListStatus.INITIAL);
    expect(list.items).to.deep.equal([]);
    list.changed(); // no source: nothing to re-read
    await nextFrame();
    expect(requests).to.have.length(1);
  });
});

describe('LatestRead', () => {
  it('hands over only the newest answer and aborts the ones before', async () => {
    const latest = new LatestRead();
    const values: string[] = [];
    const signals: AbortSignal[] = [];
    const read = (value: string, ms: number) => (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));
    };
    const older = latest.run(
      read('older', 40),
      (v) => values.push(v),
      () => values.push('error'),
    );
    const newer = latest.run(
      read('newer', 5),
      (v) => values.push(v),
      () => values.push('error'),
    );
    expect(latest.pending).to.equal(true);
    await Promise.all([older, newer]);
    expect(values).to.deep.equal(['newer']);
    expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
    expect(latest.pending).to.equal(false);
  });

  it('reports a failure of the newest read, including one thrown before any await', async () => {
    const latest = new LatestRead();
    const errors: unknown[] = [];
    await latest.run(
      () => {
        throw new Error('at once');
      },
      () => {},
      (e) => errors.push(e),
    );
    expect(errors.map((e) => (e as Error).message)).to.deep.equal(['at once']);
  });
});
