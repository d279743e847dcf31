/** Contact imports (contact-imports.ts): a stored plan, chunks with a marker, resume, cancel and undo. */
import type { ContactsBackend } from '../../backend.js';
import { hasContactImports, type ContactImports, type ContactImportWrite } from '../../contact-imports.js';
import { hasContactLinks } from '../../contact-links.js';
import type { PersonalContacts } from '../../personal-contacts.js';
import { deepEqual, equal, ok, rejects, sorted } from '../assert.js';
import { nextChange, person, type SuiteContext } from '../context.js';

type Importer = ContactsBackend & PersonalContacts & ContactImports;

function importer(b: ContactsBackend): Importer {
  ok(hasContactImports(b), 'the adapter imports contacts');
  return b;
}

const card = (n: number): ContactImportWrite => ({
  contact: { displayName: `Card ${String(n).padStart(3, '0')}`, emails: [{ type: 'home', value: `card${n}@example.org` }] },
});

const mine = async (b: ContactsBackend) =>
  (await b.searchPeople({ filter: 'mine', limit: 200 })).items.map((e) => e.person).sort((a, b) => a.id.localeCompare(b.id));

/** Defines the contact-import tests (`runConformanceSuite(…, { contactImports: true })`). */
export function contactImportTests({ api, world }: SuiteContext): void {
  api.describe('contact imports', () => {
    api.it('begin stores the plan and writes nothing; chunks write in plan order and move the marker; done at the end', async () => {
      const w = await world();
      const ann = importer(w.as('ann'));
      equal(await ann.latestContactImport(), null, 'no import yet');
      const before = await w.snapshot();
      const begun = await ann.beginContactImport({ source: 'phone.vcf', writes: [1, 2, 3, 4, 5].map(card) });
      deepEqual(
        { ...begun, id: '', startedAt: 0 },
        { id: '', state: 'running', source: 'phone.vcf', total: 5, done: 0, merges: 0, startedAt: 0 },
        'marker at 0',
      );
      equal(await w.snapshot(), before, 'no contact written by begin');
      deepEqual(await ann.latestContactImport(), begun, 'latest is the marker');
      const change = nextChange(ann);
      const first = await ann.continueContactImport(begun.id, 2);
      equal(first.done, 2, 'two written');
      equal(first.state, 'running', 'still running');
      deepEqual((await change).topics, ['people'], 'a people change is announced');
      deepEqual((await mine(ann)).map((p) => p.displayName).sort(), ['Card 001', 'Card 002'], 'the first two cards');
      const last = await ann.continueContactImport(begun.id, 100);
      deepEqual([last.done, last.state], [5, 'done'], 'done');
      equal((await mine(ann)).length, 5, 'five contacts');
      await rejects(() => ann.continueContactImport(begun.id, 1), 'invalid-state', 'continue after done');
    });

    api.it('another adapter resumes where the marker stopped: nothing twice, nothing lost', async () => {
      const w = await world();
      const ann = importer(w.as('ann'));
      const begun = await ann.beginContactImport({ writes: [1, 2, 3, 4].map(card) });
      await ann.continueContactImport(begun.id, 3);
      // A reload: a new adapter over the same data reads the marker and goes on.
      const again = importer(w.world.backendFor('ann', { fresh: true }));
      const latest = await again.latestContactImport();
      deepEqual([latest?.id, latest?.state, latest?.done], [begun.id, 'running', 3], 'the interrupted import is reported');
      await rejects(() => again.beginContactImport({ writes: [card(9)] }), 'invalid-state', 'no second import while one runs');
      await again.continueContactImport(begun.id, 10);
      deepEqual((await mine(again)).map((p) => p.displayName).sort(), ['Card 001', 'Card 002', 'Card 003', 'Card 004'], 'each card once');
    });

    api.it('a merge replaces the fields of a contact; undo restores it exactly and deletes the new ones', async () => {
      const w = await world();
      const ann = importer(w.as('ann'));
      const kept = await ann.addContact({ displayName: 'Mario Rossi', phones: [{ type: 'work', value: '+39 06 1' }], note: 'Boiler.' });
      const before = await w.snapshot();
      const begun = await ann.beginContactImport({
        writes: [
          card(1),
          {
            mergeInto: kept.id,
            contact: {
              displayName: 'Mario Rossi',
              phones: [
                { type: 'work', value: '+39 06 1' },
                { type: 'mobile', value: '+39 333' },
              ],
            },
          },
          card(2),
        ],
      });
      equal(begun.merges, 1, 'one merge');
      await ann.continueContactImport(begun.id, 10);
      const merged = await ann.getPerson(kept.id);
      equal(merged.phones.length, 2, 'merged fields written');
      equal(merged.note, undefined, 'the write replaces every field');
      const undone = await ann.undoContactImport(begun.id);
      equal(undone.state, 'undone', 'undone');
      equal(await w.snapshot(), before, 'everything as it was');
      deepEqual(sorted(await ann.getPerson(kept.id)), sorted(kept), 'the merged contact is back, updatedAt too');
      await rejects(() => ann.undoContactImport(begun.id), 'invalid-state', 'undo twice');
    });

    api.it('undo also removes what the viewer kept on a contact it created (note, link), never on one it merged', async () => {
      const bob = person('bob', 'Bob Brown', { emails: [{ type: 'work', value: 'bob@example.com' }] });
      const w = await world({ people: [person('ann', 'Ann Archer'), bob] });
      const ann = importer(w.as('ann'));
      const kept = await ann.addContact({ displayName: 'Kept' });
      await ann.setPrivateNote(kept.id, 'Kept note');
      const created = { displayName: 'Bob B', emails: [{ type: 'home' as const, value: 'BOB@example.com' }] };
      const begun = await ann.beginContactImport({
        writes: [{ contact: created }, { mergeInto: kept.id, contact: { displayName: 'Kept too' } }],
      });
      await ann.continueContactImport(begun.id, 10);
      const made = (await mine(ann)).find((p) => p.displayName === 'Bob B');
      ok(made, 'the import created the contact');
      await ann.setPrivateNote(made.id, 'Met at the fair');
      const links = hasContactLinks(ann);
      if (links) await ann.linkContact(made.id, 'bob');
      await ann.undoContactImport(begun.id);
      deepEqual(
        (await mine(ann)).map((p) => p.displayName),
        ['Kept'],
        'only the kept contact, as it was',
      );
      equal(await ann.getPrivateNote(kept.id), 'Kept note', 'its note stays');
      await rejects(() => ann.getPrivateNote(made.id), 'not-found', 'the created contact is gone');
      if (links) {
        equal(await ann.getLinkedContact('bob'), null, 'its link is gone');
        equal((await ann.searchPeople()).items.find((e) => e.person.id === 'bob')?.linkedContact, undefined, 'Bob’s row without the note');
      }
    });

    api.it('cancel stops it, keeps what was written, and undo removes that', async () => {
      const w = await world();
      const ann = importer(w.as('ann'));
      const before = await w.snapshot();
      const begun = await ann.beginContactImport({ writes: [1, 2, 3].map(card) });
      await ann.continueContactImport(begun.id, 1);
      const cancelled = await ann.cancelContactImport(begun.id);
      deepEqual([cancelled.state, cancelled.done], ['cancelled', 1], 'cancelled after one');
      equal((await mine(ann)).length, 1, 'the written card stays');
      await rejects(() => ann.continueContactImport(begun.id, 1), 'invalid-state', 'no chunk after cancel');
      await ann.undoContactImport(begun.id);
      equal(await w.snapshot(), before, 'nothing left');
    });

    api.it('a bad plan is refused naming the write, and nothing is stored; imports are the viewer’s alone', async () => {
      const w = await world();
      const ann = importer(w.as('ann'));
      const bob = importer(w.as('bob'));
      const before = await w.snapshot();
      const bad = await rejects(
        () => ann.beginContactImport({ writes: [card(1), { contact: { displayName: ' ' } }] }),
        'invalid-input',
        'blank name',
      );
      ok(/writes\[1\]/.test(bad.message), `names the write: ${bad.message}`);
      await rejects(
        () => ann.beginContactImport({ writes: [{ mergeInto: 'bob', contact: { displayName: 'B' } }] }),
        'not-found',
        'merge into a member',
      );
      await rejects(() => ann.beginContactImport(null as never), 'invalid-input', 'no plan');
      equal(await ann.latestContactImport(), null, 'no import stored');
      equal(await w.snapshot(), before, 'data unchanged');
      const begun = await ann.beginContactImport({ writes: [card(1)] });
      equal(await bob.latestContactImport(), null, 'not seen by another viewer');
      await rejects(() => bob.continueContactImport(begun.id, 1), 'not-found', 'continued by another viewer');
      await rejects(() => bob.undoContactImport(begun.id), 'not-found', 'undone by another viewer');
      const empty = await bob.beginContactImport({ writes: [] });
      equal(empty.state, 'done', 'an empty plan is done at once');
    });
  });
}
