// The import flow without a UI: file errors, preview (new, duplicates by UID/email/phone/name, unreadable), merges,
// chunked writes with progress, cancel, resume after a "reload", undo; over both adapters.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContactsBackend } from '../../src/backend/backend.js';
import type { ContactImports } from '../../src/backend/contact-imports.js';
import type { PersonalContacts } from '../../src/backend/personal-contacts.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { toVCard } from '../../src/vcard/index.js';
import {
  LIST_FIELDS,
  SINGLE_FIELDS,
  VCardFileError,
  allContacts,
  differingFields,
  mergeContact,
  planOf,
  previewVCardImport,
  readVCardFile,
  resumeContactImport,
  runContactImport,
} from '../../src/vcard/import/index.js';
import { createWorld } from '../helpers/world.js';

type Importer = ContactsBackend & PersonalContacts & ContactImports;

const card = (lines: string[]): string => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n') + '\r\n';

const ADAPTERS: [string, () => Promise<{ backendFor(id: string): Importer; cleanup(): Promise<void> }>][] = [
  [
    'memory',
    async () => {
      const world = new MemoryWorld({ people: [{ id: 'me', displayName: 'Me Myself' }] });
      return { backendFor: (id) => world.backendFor(id), cleanup: async () => undefined };
    },
  ],
  ['IndexedDB', () => createWorld({ people: [{ id: 'me', displayName: 'Me Myself' }] })],
];

const snapshot = async (b: ContactsBackend): Promise<string> => JSON.stringify(await allContacts(b));

describe('vCard import: file errors', () => {
  it('a file too large, one with no vCard, and one in an undeclared charset are typed errors', async () => {
    const tooLarge = await readVCardFile(card(['FN:A']), { maxBytes: 10 }).catch((e: unknown) => e);
    expect(tooLarge).to.be.instanceOf(VCardFileError).and.to.have.property('code', 'too-large');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readVCardFile(new Blob([png])).catch((e: unknown) => e)).to.have.property('code', 'not-vcard');
    expect(await readVCardFile('name,email\nAnn,ann@example.org\n').catch((e: unknown) => e)).to.have.property('code', 'not-vcard');
    // "山田" in Shift_JIS, with no CHARSET parameter: not UTF-8, and nothing says what it is.
    const sjis = new Uint8Array([
      ...new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:'),
      0x8e,
      0x52,
      0x93,
      0x63,
      ...new TextEncoder().encode('\r\nEND:VCARD\r\n'),
    ]);
    expect(await readVCardFile(sjis).catch((e: unknown) => e)).to.have.property('code', 'bad-charset');
    const read = await readVCardFile(sjis, { charset: 'shift_jis' });
    expect(read.cards[0]!.person.displayName).to.equal('山田');
    expect(await readVCardFile(sjis, { charset: 'klingon' }).catch((e: unknown) => e)).to.have.property('code', 'bad-charset');
  });

  for (const [name, make] of ADAPTERS) {
    it(`${name}: generated bad files are refused or read, and never change what is stored`, async () => {
      const world = await make();
      try {
        const me = world.backendFor('me');
        await me.addContact({ displayName: 'Kept Contact', emails: [{ type: 'home', value: 'kept@example.org' }] });
        const before = await snapshot(me);
        const junk = fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 300 }),
          fc.string({ maxLength: 200 }).map((s) => `BEGIN:VCARD\n${s}`),
          fc.uint8Array({ maxLength: 100 }).map((b) => new Uint8Array([...new TextEncoder().encode('BEGIN:VCARD\nFN:'), ...b, 0xff])),
        );
        await fc.assert(
          fc.asyncProperty(junk, async (input) => {
            try {
              const preview = await previewVCardImport(me, input, { maxBytes: 250 });
              expect(preview.fresh.length + preview.duplicates.length + preview.unreadable.length).to.be.at.least(0);
            } catch (error) {
              expect(error).to.be.instanceOf(VCardFileError);
            }
          }),
          { numRuns: 60 },
        );
        expect(await snapshot(me)).to.equal(before);
        expect(await me.latestContactImport()).to.equal(null);
      } finally {
        await world.cleanup();
      }
    });
  }
});

describe('vCard import: preview and merge', () => {
  it('sorts cards into new, duplicates by UID, email, phone and name, and unreadable with card and line', async () => {
    const world = new MemoryWorld({ people: [{ id: 'me', displayName: 'Me' }] });
    const me = world.backendFor('me');
    const byUid = await me.addContact({ displayName: 'Uid Person' });
    await me.addContact({ displayName: 'Mail Person', emails: [{ type: 'home', value: 'Mail@Example.org' }] });
    await me.addContact({ displayName: 'Phone Person', phones: [{ type: 'mobile', value: '+81 90-1234-5678' }] });
    await me.addContact({ displayName: 'Name Person' });
    const exported = toVCard([{ ...byUid, displayName: 'Renamed' }], { version: '4.0' });
    const file =
      exported +
      card(['FN:Other', 'EMAIL:mail@example.ORG ']) +
      card(['FN:Someone', 'TEL:090 1234 5678']) +
      card(['FN:name  person']) +
      card(['FN:Brand New']) +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name\r\nEND:VCARD\r\n';
    const preview = await previewVCardImport(me, file);
    expect(preview.fresh.map((c) => c.person.displayName)).to.deep.equal(['Brand New']);
    expect(preview.duplicates.map((d) => [d.by, d.contact.displayName])).to.deep.equal([
      ['uid', 'Uid Person'],
      ['email', 'Mail Person'],
      ['phone', 'Phone Person'],
      ['name', 'Name Person'],
    ]);
    expect(preview.duplicates[0]!.fields).to.include('displayName');
    expect(preview.unreadable).to.have.length(1);
    expect(preview.unreadable[0]).to.include({ code: 'no-name', card: 6 });
    expect(preview.unreadable[0]!.line).to.be.greaterThan(1);
  });

  it('a merge keeps both lists by default, mine for single values I have; theirs and mine when chosen', () => {
    const mine = {
      id: 'contact:1',
      displayName: 'Ann',
      note: 'Mine',
      emails: [{ type: 'home' as const, value: 'ann@example.org' }],
      phones: [],
      addresses: [],
      urls: ['https://a.example'],
      updatedAt: 5,
    };
    const theirs = {
      displayName: 'Ann Archer',
      jobTitle: 'Pilot',
      emails: [
        { type: 'work' as const, value: 'ANN@example.org' },
        { type: 'work' as const, value: 'ann@work.example' },
      ],
      phones: [{ type: 'mobile' as const, value: '+1 555 0100' }],
      addresses: [],
      urls: ['https://b.example'],
    };
    const merged = mergeContact(mine, theirs);
    expect(merged).to.deep.equal({
      displayName: 'Ann',
      note: 'Mine',
      jobTitle: 'Pilot',
      emails: [mine.emails[0], theirs.emails[1]],
      phones: theirs.phones,
      addresses: [],
      urls: ['https://a.example', 'https://b.example'],
    });
    const chosen = mergeContact(mine, theirs, { displayName: 'theirs', emails: 'theirs', urls: 'mine', jobTitle: 'mine' });
    expect(chosen.displayName).to.equal('Ann Archer');
    expect(chosen.emails).to.deep.equal(theirs.emails);
    expect(chosen.urls).to.deep.equal(['https://a.example']);
    expect(chosen.jobTitle).to.equal(undefined);
  });

  it("lists a field as differing exactly when taking the card's side (both, for a list) would change it", () => {
    const text = fc.option(fc.constantFrom('Ann', 'ann', 'Bo', ''), { nil: undefined });
    const emails = fc.array(
      fc.record({
        type: fc.constantFrom('home' as const, 'work' as const),
        value: fc.constantFrom('a@x.example', 'A@X.example', 'b@x.example'),
      }),
      { maxLength: 3 },
    );
    const phones = fc.array(
      fc.record({ type: fc.constant('mobile' as const), value: fc.constantFrom('+1 555 0100', '555-0100', '+81 90 1234 5678') }),
      { maxLength: 2 },
    );
    const urls = fc.array(fc.constantFrom('https://a.example', 'https://b.example'), { maxLength: 2 });
    const side = fc.record({ displayName: fc.constantFrom('Ann', 'Ann Archer'), jobTitle: text, note: text, emails, phones, urls });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const mine = { id: 'contact:1', ...a, addresses: [] };
        const theirs = { ...b, addresses: [] };
        const differing = differingFields(mine, theirs);
        for (const field of [...SINGLE_FIELDS, ...LIST_FIELDS]) {
          const taken = mergeContact(mine, theirs, { [field]: (LIST_FIELDS as readonly string[]).includes(field) ? 'both' : 'theirs' });
          const changes = JSON.stringify(taken[field] ?? null) !== JSON.stringify(mine[field as keyof typeof mine] ?? null);
          expect(differing.includes(field), field).to.equal(changes && (theirs as Record<string, unknown>)[field] !== undefined);
        }
      }),
    );
  });
});

for (const [name, make] of ADAPTERS) {
  describe(`vCard import: writing (${name})`, () => {
    it('writes in chunks with progress, merges, and one undo restores exactly what was there', async () => {
      const world = await make();
      try {
        const me = world.backendFor('me');
        const kept = await me.addContact({ displayName: 'Kept', emails: [{ type: 'home', value: 'kept@example.org' }], note: 'Mine.' });
        const before = await snapshot(me);
        const file =
          Array.from({ length: 9 }, (_, i) => card([`FN:Card ${i}`])).join('') +
          card(['FN:Kept K', 'EMAIL:kept@example.org', 'TEL:+1 555 0199']);
        const preview = await previewVCardImport(me, file);
        expect([preview.fresh.length, preview.duplicates.length]).to.deep.equal([9, 1]);
        const progress: number[] = [];
        const status = await runContactImport(me, planOf(preview, 'f.vcf'), { chunkSize: 4, onProgress: (s) => progress.push(s.done) });
        expect(progress).to.deep.equal([0, 4, 8, 10]);
        expect(status).to.include({ state: 'done', total: 10, merges: 1, source: 'f.vcf' });
        const merged = await me.getPerson(kept.id);
        expect(merged.phones.map((p) => p.value)).to.deep.equal(['+1 555 0199']);
        expect(merged.note).to.equal('Mine.');
        expect((await allContacts(me)).length).to.equal(10);
        await me.undoContactImport(status.id);
        expect(await snapshot(me)).to.equal(before);
      } finally {
        await world.cleanup();
      }
    });

    it('an abort cancels after the chunk in flight; an import cut off resumes from a new adapter with no duplicates', async () => {
      const world = await make();
      try {
        const me = world.backendFor('me');
        const file = Array.from({ length: 12 }, (_, i) => card([`FN:Card ${String(i).padStart(2, '0')}`])).join('');
        const plan = planOf(await previewVCardImport(me, file));
        const controller = new AbortController();
        const cancelled = await runContactImport(me, plan, {
          chunkSize: 5,
          onProgress: (s) => s.done >= 5 && controller.abort(),
          signal: controller.signal,
        });
        expect(cancelled).to.include({ state: 'cancelled', done: 5 });
        await me.undoContactImport(cancelled.id);
        expect(await allContacts(me)).to.have.length(0);
        // Begin and one chunk, then "reload": a new adapter finds the marker and finishes.
        const begun = await me.beginContactImport(plan);
        await me.continueContactImport(begun.id, 7);
        const again = world.backendFor('me');
        const latest = (await again.latestContactImport())!;
        expect(latest).to.include({ id: begun.id, state: 'running', done: 7 });
        const done = await resumeContactImport(again, latest.id, { chunkSize: 2 });
        expect(done.state).to.equal('done');
        const names = (await allContacts(again)).map((p) => p.displayName);
        expect(names).to.deep.equal(Array.from({ length: 12 }, (_, i) => `Card ${String(i).padStart(2, '0')}`));
      } finally {
        await world.cleanup();
      }
    });
  });
}
