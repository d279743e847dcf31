import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { ContactsBackend, Page, PersonEntry, SearchOptions } from '../../../src/backend/backend.js';
import { PeopleSearchController } from '../../../src/controllers/people-search-controller.js';
import { SelectionController } from '../../../src/controllers/selection-controller.js';
import { VirtualWindowController } from '../../../src/controllers/virtual-window-controller.js';
import { NO_RELATIONSHIP } from '../../../src/model/relationship.js';
import { toPerson } from '../../../src/model/person.js';

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

const entry = (name: string): PersonEntry => ({
  person: toPerson({ id: name.toLowerCase(), displayName: name }),
  relationship: { ...NO_RELATIONSHIP },
});

/**
 * A backend whose searchPeople answers from `answer` after `delay(query)` ms, recording every call.
 * Only searchPeople is used by the controller.
 */
function searchBackend(answer: (options: SearchOptions) => Page<PersonEntry>, delay: (query: string) => number = () => 0) {
  const calls: SearchOptions[] = [];
  const backend = {
    searchPeople: async (options: SearchOptions = {}) => {
      calls.push(options);
      await aTimeout(delay(options.query ?? ''));
      return answer(options);
    },
  } as unknown as ContactsBackend;
  return { backend, calls };
}

const names = (c: PeopleSearchController): string[] => c.entries.map((e) => e.person.displayName);

describe('PeopleSearchController', () => {
  it('searches the first key at once and debounces the rest of a burst into one query, aborting the first', async () => {
    const { backend, calls } = searchBackend(
      (o) => ({ items: [entry(`Match ${o.query}`)], next: null }),
      (q) => (q === 'a' ? 100 : 0),
    );
    const c = new PeopleSearchController(host(), { debounceMs: 50 });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'ready');
    calls.length = 0;
    for (const q of ['a', 'ab', 'abc']) {
      c.search(q, 'all');
      if (q === 'a') expect(calls.map((o) => o.query)).to.deep.equal(['a']);
      await aTimeout(10);
    }
    expect(c.status).to.equal('loading');
    await waitUntil(() => c.status === 'ready');
    expect(calls.map((o) => o.query)).to.deep.equal(['a', 'abc']);
    expect(calls[0]!.signal?.aborted, "the first key's read, once more was typed").to.equal(true);
    expect(names(c)).to.deep.equal(['Match abc']);
  });

  it('searches a key after a pause at once, and debounces the next key of its burst', async () => {
    const { backend, calls } = searchBackend((o) => ({ items: [entry(`Match ${o.query}`)], next: null }));
    const c = new PeopleSearchController(host(), { debounceMs: 150 });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'ready');
    c.search('a', 'all');
    await waitUntil(() => c.status === 'ready');
    await aTimeout(200);
    calls.length = 0;
    c.search('ab', 'all');
    expect(
      calls.map((o) => o.query),
      'sent as it was typed',
    ).to.deep.equal(['ab']);
    c.search('abc', 'all');
    expect(
      calls.map((o) => o.query),
      'the next key of the burst waits',
    ).to.deep.equal(['ab']);
    await waitUntil(() => c.status === 'ready');
    expect(calls.map((o) => o.query)).to.deep.equal(['ab', 'abc']);
    expect(names(c)).to.deep.equal(['Match abc']);
  });

  it('waits out typing for less than debounceMs when the adapter answers fast, and for all of it when it is slow', async () => {
    const waited = async (readMs: number): Promise<number> => {
      const { backend, calls } = searchBackend(
        (o) => ({ items: [entry(`Match ${o.query}`)], next: null }),
        () => readMs,
      );
      const c = new PeopleSearchController(host(), { debounceMs: 600 });
      c.setBackend(backend);
      await waitUntil(() => c.status === 'ready');
      calls.length = 0;
      // The first key is sent at once; the second, right after it, is in the burst and waits.
      c.search('a', 'all');
      const typed = performance.now();
      c.search('ab', 'all');
      await waitUntil(() => calls.length === 2, 'the query was sent', { timeout: 5_000 });
      return performance.now() - typed;
    };
    // A 5 ms read: about MIN_TYPING_PAUSE_MS (60 ms), far below 600; a 400 ms read: the whole 600 ms.
    expect(await waited(5)).to.be.below(400);
    expect(await waited(400)).to.be.at.least(590);
  });

  it('drops a slow answer to an older query', async () => {
    const { backend } = searchBackend(
      (o) => ({ items: [entry(`Match ${o.query}`)], next: null }),
      (q) => (q === 'slow' ? 150 : 5),
    );
    const c = new PeopleSearchController(host(), { debounceMs: 0 });
    c.setBackend(backend);
    c.search('slow', 'all');
    await aTimeout(20);
    c.search('fast', 'all');
    await aTimeout(250);
    expect(names(c)).to.deep.equal(['Match fast']);
  });

  it('aborts the read of a superseded query', async () => {
    const { backend, calls } = searchBackend(
      (o) => ({ items: [entry(`Match ${o.query}`)], next: null }),
      (q) => (q === 'slow' ? 150 : 5),
    );
    const c = new PeopleSearchController(host(), { debounceMs: 0 });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'ready');
    c.search('slow', 'all');
    await aTimeout(20);
    const slow = calls.find((o) => o.query === 'slow')!;
    expect(slow.signal?.aborted).to.equal(false);
    c.search('fast', 'all');
    expect(slow.signal?.aborted).to.equal(true);
    await waitUntil(() => c.status === 'ready');
    expect(names(c)).to.deep.equal(['Match fast']);
    expect(calls.find((o) => o.query === 'fast')!.signal?.aborted).to.equal(false);
  });

  it('pages on demand and refreshes in place keeping as many rows', async () => {
    const all = Array.from({ length: 25 }, (_, i) => entry(`P${String(i).padStart(2, '0')}`));
    let version = 0;
    const { backend, calls } = searchBackend((o) => {
      const start = o.cursor ? Number(o.cursor) : 0;
      const items = all
        .slice(start, start + (o.limit ?? 10))
        .map((e) => ({ ...e, relationship: { ...e.relationship, following: version > 0 } }));
      const end = start + items.length;
      return { items, next: end < all.length ? String(end) : null };
    });
    const c = new PeopleSearchController(host(), { pageSize: 10 });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'ready');
    c.loadMore();
    c.loadMore(); // ignored: one page at a time
    await waitUntil(() => !c.loadingMore);
    expect(c.entries).to.have.length(20);
    expect(calls).to.have.length(2);
    version = 1;
    calls.length = 0;
    c.refresh();
    await waitUntil(() => c.entries[0]!.relationship.following);
    expect(c.entries).to.have.length(20);
    expect(calls.map((o) => o.limit)).to.deep.equal([20]);
    expect(c.next).to.equal('20');
  });

  it('leaves the arrays the adapter answered with as they were when later pages load', async () => {
    // An adapter may answer from arrays it keeps (a cache, fixed test data): the list grows in its own array.
    const pages: Page<PersonEntry>[] = [
      { items: [entry('Ada'), entry('Bo')], next: '2' },
      { items: [entry('Cy'), entry('Di')], next: null },
    ];
    const { backend } = searchBackend((o) => pages[o.cursor ? 1 : 0]!);
    const c = new PeopleSearchController(host(), { pageSize: 2 });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'ready');
    c.loadMore();
    await waitUntil(() => !c.loadingMore);
    expect(names(c)).to.deep.equal(['Ada', 'Bo', 'Cy', 'Di']);
    expect(pages.map((p) => p.items.length)).to.deep.equal([2, 2]);
  });
  it('re-reads after a load that may predate a change', async () => {
    let version = 0;
    // The answer is read when the call is made, as a database transaction would, and arrives 40 ms later.
    const backend = {
      searchPeople: async () => {
        const page = { items: [entry(`V${version}`)], next: null };
        await aTimeout(40);
        return page;
      },
    } as unknown as ContactsBackend;
    const c = new PeopleSearchController(host(), {});
    c.setBackend(backend);
    await aTimeout(5);
    version = 1; // a change lands while the first page is in flight
    c.refresh();
    await waitUntil(() => c.status === 'ready');
    await waitUntil(() => names(c)[0] === 'V1', 'the change was lost');
  });

  it('shows a failure, then recovers on retry', async () => {
    let fail = true;
    const { backend } = searchBackend(() => {
      if (fail) throw new Error('boom');
      return { items: [entry('Back')], next: null };
    });
    const errors: unknown[] = [];
    const c = new PeopleSearchController(host(), { onError: (e) => errors.push(e) });
    c.setBackend(backend);
    await waitUntil(() => c.status === 'error');
    expect(errors).to.have.length(1);
    fail = false;
    c.retry();
    await waitUntil(() => c.status === 'ready');
    expect(names(c)).to.deep.equal(['Back']);
  });
});

describe('SelectionController', () => {
  it('keeps selected items by id, in order, and reports changes', () => {
    const changes: string[][] = [];
    const h = host();
    const s = new SelectionController<string>(h, (ids) => changes.push(ids));
    expect(s.toggle('a', 'A')).to.equal(true);
    s.set('b', 'B', true);
    s.set('b', 'B', true); // no change, no report
    expect(s.ids).to.deep.equal(['a', 'b']);
    s.refreshItem('a', 'A2');
    s.refreshItem('z', 'Z'); // not selected: ignored
    expect(s.items).to.deep.equal(['A2', 'B']);
    expect(s.toggle('a', 'A')).to.equal(false);
    s.clear();
    s.clear();
    expect(changes).to.deep.equal([['a'], ['a', 'b'], ['b'], []]);
    expect(s.size).to.equal(0);
  });
});

describe('VirtualWindowController slots', () => {
  const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, i) => start + i);
  const slotMap = (rows: { slot: number; index: number }[]): Map<number, number> => new Map(rows.map((r) => [r.index, r.slot]));

  it('keeps the slot of a row that stays rendered and gives the rows that left to the rows that came', () => {
    const w = new VirtualWindowController(host(), { rowHeight: 60 });
    const first = slotMap(w.slots(range(0, 10)));
    expect([...first.values()].sort((a, b) => a - b)).to.deep.equal(range(0, 10));
    const second = slotMap(w.slots(range(4, 14)));
    for (const index of range(4, 10)) expect(second.get(index)).to.equal(first.get(index));
    // Rows 10 to 13 re-use the slots of rows 0 to 3: no slot is added.
    expect([...second.values()].sort((a, b) => a - b)).to.deep.equal(range(0, 10));
  });

  it('keeps a row kept outside the window (the focusable one) in its slot, and returns rows in slot order', () => {
    const w = new VirtualWindowController(host(), { rowHeight: 60 });
    const first = slotMap(w.slots(range(0, 5)));
    const rows = w.slots([...range(100, 105), 2]);
    expect(slotMap(rows).get(2)).to.equal(first.get(2));
    expect(rows.map((r) => r.slot)).to.deep.equal([...rows.map((r) => r.slot)].sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r.slot)).size).to.equal(6);
  });
});

describe('VirtualWindowController windows', () => {
  /** A 600 px scroller over `rows` rows of 60 px, followed by a controller (rows 0–10 fit in view). */
  function setup(rows = 1000) {
    const scroller = document.createElement('div');
    scroller.style.cssText = 'height:600px;overflow-y:auto';
    const inner = document.createElement('div');
    inner.style.height = `${rows * 60}px`;
    scroller.append(inner);
    document.body.append(scroller);
    let scrolls = 0;
    const h = host();
    const w = new VirtualWindowController(h, { rowHeight: 60, overscan: 8, onScroll: () => scrolls++ });
    w.observe(scroller);
    w.indices(rows);
    /** Scrolls to `top` and waits for the scroll event. */
    const scrollTo = async (top: number): Promise<void> => {
      const event = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
      scroller.scrollTop = top;
      await event;
    };
    return { w, h, scroller, scrollTo, scrolls: () => scrolls, done: () => scroller.remove() };
  }

  it('tells onScroll, not the host, when a scroll changes the rows to render', async () => {
    const { h, scrollTo, scrolls, done } = setup();
    try {
      const before = scrolls();
      await scrollTo(600);
      expect(scrolls()).to.be.greaterThan(before);
      expect(h.updates).to.equal(0);
    } finally {
      done();
    }
  });

  it('renders one window around the view (and ahead of the scroll) when scrolling slowly', async () => {
    const { w, scrollTo, done } = setup();
    try {
      await scrollTo(600); // row 10 at the top; the scroll went 10 rows
      const indices = w.indices(1000);
      expect(indices[0]).to.equal(2); // 8 rows of overscan before
      expect(indices.at(-1)).to.equal(10 + 11 + 8 + 10 - 1); // in view, overscan, and one more scroll's length
      expect(indices.length).to.equal(indices.at(-1)! - indices[0]! + 1);
      expect(w.rowsPerScroll).to.equal(10);
    } finally {
      done();
    }
  });

  it('renders the rows in view and those one scroll ahead, not the rows in between, when scrolling fast', async () => {
    const { w, scrollTo, done } = setup();
    try {
      await scrollTo(1200); // row 20 at the top; the scroll went 20 rows, more than a screenful
      const indices = w.indices(1000);
      const inView = Array.from({ length: 11 }, (_, i) => 20 + i);
      const ahead = Array.from({ length: 15 }, (_, i) => 40 - 2 + i);
      expect(indices).to.deep.equal([...inView, ...ahead]);
      expect(w.range(1000)).to.deep.equal({ start: 20, end: 53 });
      // Back up as fast: the rows one scroll behind instead.
      await scrollTo(0);
      await scrollTo(6000); // row 100; the scroll went 100 rows (capped at two viewports: 20 rows)
      await scrollTo(4800); // row 80, going back 20 rows
      const back = w.indices(1000);
      expect(back).to.include.members([80, 90, 58, 60, 70]);
      expect(back).to.not.include(75);
      expect(back).to.deep.equal([...back].sort((a, b) => a - b));
    } finally {
      done();
    }
  });

  it('never renders past the last row, nor before the first', async () => {
    const { w, scrollTo, done } = setup(30);
    try {
      await scrollTo(1200); // the end: rows 20–29 in view
      const indices = w.indices(30);
      expect(indices.at(-1)).to.equal(29);
      expect(indices.every((i) => i >= 0 && i < 30)).to.equal(true);
      await scrollTo(0);
      expect(w.indices(30)[0]).to.equal(0);
    } finally {
      done();
    }
  });
});
