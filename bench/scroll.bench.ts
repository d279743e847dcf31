// Scrolling <contacts-center> through 10,000 people end to end: main-thread work per frame from a Chrome trace
// (thread time, so the shared machine's load does not count), and the JS heap the loaded list holds beside the
// same people held as plain objects. The trace and the heap come from bench/probes.js through bench/run.js.
import { openDB } from 'idb';
import { deleteWorld, importWorld } from '../src/backend/indexeddb/index.js';
import type { BenchRow } from './bench.js';
import { PEOPLE, mountCenter, nextFrame, people } from './elements.bench.js';

declare global {
  interface Window {
    benchProbe?: ((what: 'trace-start' | 'heap') => Promise<number | null>) &
      ((what: 'trace-stop') => Promise<{ work: number[]; threadTime: boolean }>);
  }
}

const GROUP = 'elements';
const SCROLL_PX_PER_FRAME = 1200;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export default async function scrollBench(): Promise<BenchRow[]> {
  const probe = window.benchProbe;
  if (!probe) throw new Error('run through bench/run.js, which exposes benchProbe');
  const databaseName = `bench-scroll-${Date.now()}`;
  await importWorld(databaseName, { people: people() });
  try {
    const empty = (await probe('heap'))!;
    const { el, list, backend } = await mountCenter(databaseName);
    await probe('trace-start');
    let frames = 0;
    // As the elements suite scrolls: a steady step a frame until every row is loaded and the list is at its end.
    while (list.getAttribute('aria-rowcount') !== String(PEOPLE) || list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      list.scrollTop += SCROLL_PX_PER_FRAME;
      await nextFrame();
      if (++frames > 20_000) throw new Error('the list never reached its end');
    }
    const { work, threadTime } = await probe('trace-stop');
    const loaded = (await probe('heap'))! - empty;
    el.remove();
    backend.close();
    const cleared = (await probe('heap'))!;
    const db = await openDB(databaseName);
    const held = ((await db.getAll('people')) as { person: unknown }[]).map((r) => r.person);
    db.close();
    const plain = (await probe('heap'))! - cleared;
    const p99 = percentile(work, 0.99);
    const ratio = loaded / plain;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return [
      {
        group: GROUP,
        name: `main-thread work (${threadTime ? 'thread' : 'wall'} time) per frame scrolling ${PEOPLE.toLocaleString('en')} rows, p99 of ${work.length} frames (median ${percentile(work, 0.5).toFixed(2)} ms, max ${Math.max(...work).toFixed(1)} ms)`,
        value: p99,
        target: '≤ 8 ms',
        holds: p99 <= 8,
      },
      {
        group: GROUP,
        name: `JS heap after scrolling ${PEOPLE.toLocaleString('en')} rows: ${mb(loaded)}, beside ${held.length.toLocaleString('en')} people as plain objects: ${mb(plain)}`,
        value: ratio,
        unit: '×',
        target: '≤ 1.2×',
        holds: ratio <= 1.2,
      },
    ];
  } finally {
    await deleteWorld(databaseName);
  }
}
