// A contact made by an import keeps its card's UID: a later import of the same card (renamed, with a new address)
// finds it by UID and merges, and the contact's vCard carries the UID again; over both adapters that import.
import { expect } from '@open-wc/testing';
import type { ContactsBackend } from '../../src/backend/backend.js';
import type { ContactImports } from '../../src/backend/contact-imports.js';
import type { PersonalContacts } from '../../src/backend/personal-contacts.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { toVCard } from '../../src/vcard/index.js';
import { allContacts, planOf, previewVCardImport, runContactImport } from '../../src/vcard/import/index.js';
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

for (const [name, make] of ADAPTERS) {
  describe(`vCard import: the card's UID (${name})`, () => {
    it('is kept on the new contact, so importing the card again matches it by UID and merges into it', async () => {
      const world = await make();
      try {
        const me = world.backendFor('me');
        const first = await previewVCardImport(
          me,
          card(['UID:urn:uuid:7D1B4A52-0C1E-4F7B-9A3C-2B8E5D6F1A90', 'FN:Sam Smith', 'TEL:+1 555 0100']),
        );
        await runContactImport(me, planOf(first));
        const [made] = await allContacts(me);
        expect(made?.uid).to.equal('urn:uuid:7D1B4A52-0C1E-4F7B-9A3C-2B8E5D6F1A90');
        // The same card from another phone: renamed, another number, an email, the UID written in lower case.
        const again = card([
          'UID:7d1b4a52-0c1e-4f7b-9a3c-2b8e5d6f1a90',
          'FN:Samuel Smith',
          'TEL:+44 20 7946 0000',
          'EMAIL:sam@example.org',
        ]);
        const second = await previewVCardImport(me, again);
        expect(second.fresh).to.have.length(0);
        expect(second.duplicates.map((d) => [d.contact.id, d.by])).to.deep.equal([[made!.id, 'uid']]);
        await runContactImport(me, planOf(second));
        const contacts = await allContacts(me);
        expect(contacts).to.have.length(1);
        const merged = contacts[0]!;
        expect(merged.id).to.equal(made!.id);
        expect(merged.displayName).to.equal('Sam Smith', 'a single value stays mine by default');
        expect(merged.phones.map((p) => p.value)).to.deep.equal(['+1 555 0100', '+44 20 7946 0000']);
        expect(merged.emails.map((e) => e.value)).to.deep.equal(['sam@example.org']);
        expect(merged.uid).to.equal(made!.uid, 'the UID stays');
        expect(toVCard(merged)).to.include('UID:urn:uuid:7D1B4A52-0C1E-4F7B-9A3C-2B8E5D6F1A90\r\n');
        // A third import of the contact's own export matches it too.
        const third = await previewVCardImport(me, toVCard(merged));
        expect(third.duplicates.map((d) => d.by)).to.deep.equal(['uid']);
      } finally {
        await world.cleanup();
      }
    });

    it('a card without a UID, or with one too long to keep, makes a contact without one', async () => {
      const world = await make();
      try {
        const me = world.backendFor('me');
        const preview = await previewVCardImport(me, card(['FN:No Uid']) + card([`UID:${'x'.repeat(300)}`, 'FN:Long Uid']));
        const status = await runContactImport(me, planOf(preview));
        expect(status.state).to.equal('done');
        expect((await allContacts(me)).map((p) => [p.displayName, p.uid])).to.deep.equal([
          ['Long Uid', undefined],
          ['No Uid', undefined],
        ]);
      } finally {
        await world.cleanup();
      }
    });
  });
}
