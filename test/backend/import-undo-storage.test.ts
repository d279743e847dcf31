/**
 * Undo of a contact import leaves nothing behind in storage: what the viewer kept on a contact the import created
 * (a private note, a link) goes with it. The contract cannot read a deleted contact's note, so this looks at the
 * stores themselves, in both adapters that import.
 */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { ContactsBackend } from '../../src/backend/backend.js';
import type { ContactImports } from '../../src/backend/contact-imports.js';
import type { ContactLinks } from '../../src/backend/contact-links.js';
import type { PersonalContacts } from '../../src/backend/personal-contacts.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { createWorld, person } from '../helpers/world.js';

type Full = ContactsBackend & PersonalContacts & ContactImports & ContactLinks;

const PEOPLE = [person('ann', 'Ann Archer'), person('bob', 'Bob Brown', { emails: [{ type: 'work', value: 'bob@example.com' }] })];

/** Imports one card, keeps a note and a link on the contact it made, and undoes the import. */
async function importKeepUndo(ann: Full): Promise<void> {
  const begun = await ann.beginContactImport({
    writes: [{ contact: { displayName: 'Bob B', emails: [{ type: 'home', value: 'bob@example.com' }] } }],
  });
  await ann.continueContactImport(begun.id, 10);
  const [made] = (await ann.searchPeople({ filter: 'mine' })).items;
  expect(made).to.exist;
  await ann.setPrivateNote(made!.person.id, 'Met at the fair');
  await ann.linkContact(made!.person.id, 'bob');
  await ann.undoContactImport(begun.id);
}

describe('undoing a contact import leaves no note or link behind', () => {
  it('in IndexedDB', async () => {
    const world = await createWorld({ people: PEOPLE });
    try {
      await importKeepUndo(world.backendFor('ann'));
      const db = await openDB(world.databaseName);
      try {
        expect(await db.count('people')).to.equal(PEOPLE.length);
        expect(await db.count('notes')).to.equal(0);
        expect(await db.count('contactLinks')).to.equal(0);
      } finally {
        db.close();
      }
    } finally {
      await world.cleanup();
    }
  });

  it('in memory', async () => {
    const world = new MemoryWorld({ people: PEOPLE });
    await importKeepUndo(world.backendFor('ann'));
    expect(world.people.size).to.equal(PEOPLE.length);
    expect(world.notes.size).to.equal(0);
    expect(world.contactLinks.size).to.equal(0);
  });
});
