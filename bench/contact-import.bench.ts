/**
 * vCard import of a 10,000-card file into the IndexedDB adapter, as `<contacts-center>`'s Import does it: the
 * preview (bytes read into people and sorted against the viewer's 1,000 contacts, whose own cards are among
 * them) beside ical.js parsing the same file into its jCard, then the write in chunks of 250.
 * `npm run bench contact-import`.
 */
import ICAL from 'ical.js';
import { IndexedDBBackend, deleteWorld, importWorld } from '../src/backend/indexeddb/index.js';
import { toPerson, type PersonInput } from '../src/model/person.js';
import { toVCard } from '../src/vcard/index.js';
import { planOf, previewVCardImport, runContactImport } from '../src/vcard/import/index.js';
import { makePeople, random } from './adapter-world.js';
import type { BenchRow } from './bench.js';

const GROUP = 'vCard import';
const CARDS = 10_000;
const CONTACTS = 1_000;
const ROUNDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Medians of `ROUNDS` interleaved runs of each, after one warm-up of each. */
async function measurePair(ours: () => unknown, peer: () => unknown): Promise<{ ours: number; peer: number }> {
  await ours();
  await peer();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    a.push(await time(ours));
    b.push(await time(peer));
  }
  return { ours: median(a), peer: median(b) };
}

/** The file's people: the bench world's first 10,000 with card ids of their own; the first 1,000 change a title. */
function cardPeople(people: readonly PersonInput[]): PersonInput[] {
  return people.slice(0, CARDS).map((p, i) => ({ ...p, id: `card-${i}`, jobTitle: i < CONTACTS ? 'Manager' : p.jobTitle }));
}

export default async function contactImportBench(): Promise<BenchRow[]> {
  const name = `bench-contact-import-${Date.now()}`;
  const viewerId = 'viewer';
  await importWorld(name, { people: [{ id: viewerId, displayName: 'Bench Viewer' }] });
  const backend = new IndexedDBBackend({ databaseName: name, viewerId });
  const people = makePeople(random(7));
  // The viewer's 1,000 contacts, imported the same way from a file of their own.
  const known = people.slice(0, CONTACTS).map((p) => toPerson(p));
  const seeded = await runContactImport(backend, planOf(await previewVCardImport(backend, toVCard(known, { version: '4.0' }))));
  if (seeded.state !== 'done') throw new Error(`seeding the contacts ended ${seeded.state}`);

  const now = new Date(Date.UTC(2025, 0, 1));
  const text = toVCard(cardPeople(people).map(toPerson), { version: '4.0', now });
  const bytes = new TextEncoder().encode(text);
  const mb = (bytes.length / 1e6).toFixed(1);
  const check = await previewVCardImport(backend, bytes);
  // Every contact's card comes back as a duplicate (by email); other cards may match a contact by name.
  if (check.duplicates.length < CONTACTS || check.fresh.length + check.duplicates.length !== CARDS || check.unreadable.length)
    throw new Error(`preview: ${check.fresh.length} new, ${check.duplicates.length} duplicates, ${check.unreadable.length} unreadable`);
  const counts = `${check.fresh.length.toLocaleString('en')} new, ${check.duplicates.length.toLocaleString('en')} duplicates`;

  const preview = await measurePair(
    () => previewVCardImport(backend, bytes),
    () => ICAL.parse(text),
  );
  const rows: BenchRow[] = [
    {
      group: GROUP,
      name: `preview of ${CARDS.toLocaleString('en')} cards 4.0, ${mb} MB, against ${CONTACTS.toLocaleString('en')} contacts (bytes → ${counts})`,
      value: preview.ours,
      reference: { name: 'ical.js 2.2.1, string → jCard only, same file', value: preview.peer },
      target: 'faster',
      holds: preview.ours < preview.peer,
    },
  ];

  const plan = planOf(check, 'bench.vcf');
  const start = performance.now();
  const status = await runContactImport(backend, plan);
  const importMs = performance.now() - start;
  if (status.state !== 'done' || status.done !== plan.writes.length) throw new Error(`import ended ${status.state} at ${status.done}`);
  rows.push({
    group: GROUP,
    name: `import of the previewed file: ${plan.writes.length.toLocaleString('en')} writes (${counts}; chunks of 250)`,
    value: importMs,
  });
  backend.close();
  await deleteWorld(name);
  return rows;
}
