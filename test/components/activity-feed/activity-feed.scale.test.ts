import { expect, fixture, html } from '@open-wc/testing';
import type { Activity } from '../../../src/model/activity.js';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import { createWorld, person } from '../../helpers/world.js';
import { articles, labels, settled } from './dom.js';

const ACTIVITIES = 100_000;
const ACTORS = 500;
/** The viewer follows or is connected to these few actors. */
const FOLLOWED = ['a0', 'a7', 'a123'];

/** One IndexedDB read request, as the spy saw it. */
interface Read {
  store: string;
  index: string | null;
  method: string;
  /** The `count` argument of getAll/getAllKeys, if any. */
  limit: number | undefined;
}

const READ_METHODS = ['get', 'getKey', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const;

/**
 * Counts every IndexedDB read and every row it delivers while `run` runs: patches the read methods of
 * IDBObjectStore and IDBIndex (and cursor skips), then restores them.
 */
async function spyOnReads<T>(run: () => Promise<T>): Promise<{ result: T; reads: Read[]; rows: number }> {
  const reads: Read[] = [];
  let rows = 0;
  const restore: Array<() => void> = [];
  const patch = (proto: object, name: string, wrap: (original: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown) => {
    const original = Reflect.get(proto, name) as (...a: unknown[]) => unknown;
    Reflect.set(proto, name, wrap(original));
    restore.push(() => Reflect.set(proto, name, original));
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of READ_METHODS) {
      patch(
        proto,
        method,
        (original) =>
          function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
            const isIndex = this instanceof IDBIndex;
            const store = isIndex ? (this as IDBIndex).objectStore.name : (this as IDBObjectStore).name;
            const limit = method === 'getAll' || method === 'getAllKeys' ? (args[1] as number | undefined) : undefined;
            reads.push({ store, index: isIndex ? this.name : null, method, limit });
            const request = original.apply(this, args) as IDBRequest;
            if (method !== 'count') {
              request.addEventListener('success', () => {
                const result = request.result as unknown;
                if (Array.isArray(result)) rows += result.length;
                else if (result !== undefined && result !== null) rows += 1;
              });
            }
            return request;
          },
      );
    }
  }
  // A cursor request fires "success" once per row it delivers (counted above); advance(n) also walks past
  // n - 1 rows without delivering them, which is still work proportional to the rows.
  patch(
    IDBCursor.prototype,
    'advance',
    (original) =>
      function (this: IDBCursor, ...args: unknown[]) {
        rows += Math.max(0, Number(args[0]) - 1);
        return original.apply(this, args);
      },
  );
  try {
    const result = await run();
    return { result, reads, rows };
  } finally {
    restore.forEach((undo) => undo());
  }
}

describe('<activity-feed> at 100,000 activities', function () {
  this.timeout(180_000);
  let world: Awaited<ReturnType<typeof createWorld>>;
  let newestFollowed: Activity[];

  before(async function () {
    this.timeout(180_000);
    const start = Date.parse('2026-01-01T00:00:00Z');
    const activities: Activity[] = [];
    for (let i = 0; i < ACTIVITIES; i++) {
      const actorId = `a${(i * 7919) % ACTORS}`;
      activities.push({ id: `act${String(i).padStart(6, '0')}`, actorId, kind: 'post', text: `post ${i}`, createdAt: start + i * 60_000 });
    }
    newestFollowed = activities
      .filter((a) => FOLLOWED.includes(a.actorId))
      .sort((x, y) => y.createdAt - x.createdAt)
      .slice(0, 20);
    world = await createWorld({
      people: [person('me', 'Mia Viewer'), ...Array.from({ length: ACTORS }, (_, i) => person(`a${i}`, `Actor ${i}`))],
      relations: [
        { type: 'connection', fromId: 'me', toId: 'a0' },
        { type: 'follow', fromId: 'me', toId: 'a7' },
        { type: 'follow', fromId: 'me', toId: 'a123' },
      ],
      activities,
    });
  });

  after(async () => {
    await world?.cleanup();
  });

  it('reads the first page without scanning the activities', async () => {
    const backend = world.backendFor('me');
    await backend.getViewer(); // open the database outside the measurement
    const started = performance.now();
    const { result: page, reads, rows } = await spyOnReads(() => backend.getFeed());
    const elapsed = performance.now() - started;
    console.log(`getFeed first page at ${ACTIVITIES} activities: ${elapsed.toFixed(1)} ms, ${reads.length} reads, ${rows} rows`);

    expect(page.items.map((e) => e.activity.id)).to.deep.equal(newestFollowed.map((a) => a.id));
    expect(page.next).to.be.a('string');
    // The activity stores must only ever be read a bounded slice at a time (other stores are read by key range).
    const activityReads = reads.filter((r) => r.store === 'activities' || r.store === 'feed');
    const unbounded = activityReads.filter(
      (r) =>
        r.method === 'openCursor' ||
        r.method === 'openKeyCursor' ||
        ((r.method === 'getAll' || r.method === 'getAllKeys') && !(r.limit! > 0 && r.limit! <= 200)),
    );
    expect(unbounded, `unbounded reads: ${JSON.stringify(unbounded)}`).to.deep.equal([]);
    expect(rows, 'rows touched by the first page').to.be.at.most(500);
  });

  it('renders the first page of the element in order', async () => {
    const backend = world.backendFor('me');
    const el = await fixture<ActivityFeed>(html`<activity-feed .backend=${backend}></activity-feed>`);
    await settled(el);
    expect(articles(el)).to.have.length(20);
    const names = new Set(labels(el));
    for (const name of names) expect(['Actor 0', 'Actor 7', 'Actor 123']).to.include(name);
    const times = articles(el).map((a) => Date.parse(a.querySelector('time')!.getAttribute('datetime')!));
    expect(times).to.deep.equal(newestFollowed.map((a) => a.createdAt));
  });
});
