/** Schema v9: a version-8 database keeps every row, and its members are found by email for contact links. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DB_VERSION, IndexedDBBackend, migrate } from '../../src/backend/indexeddb/index.js';
import { searchKeysOf, sortKeyOf } from '../../src/backend/search-text.js';
import { toPerson, type Person } from '../../src/model/person.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

const work = (value: string) => [{ type: 'work' as const, value }];
const MEMBERS = [
  person('me', 'Me Myself', { emails: work('me@example.com') }),
  person('jane', 'Jane Doe', { emails: work('Jane.Doe@Example.com') }),
  person('john', 'John Roe', { emails: work('john@example.com') }),
];
const CONTACT: Person = { ...toPerson(person('contact:1', 'Janey', { emails: work(' jane.doe@example.com') })), note: 'From the choir.' };

/** A version-8 database as version 8 wrote it: members, one contact of the viewer's and the viewer's note on it. */
async function createV8(name: string): Promise<void> {
  const db = await openDB(name, 8, { upgrade: (d, oldVersion, _newVersion, tx) => migrate(d as never, tx as never, oldVersion, 8) });
  const tx = db.transaction(['people', 'notes'], 'readwrite');
  const record = (p: Person, ownerId?: string) => {
    const sortKey = sortKeyOf(p);
    return { id: p.id, person: p, sortKey, searchKeys: searchKeysOf(p, sortKey), ...(ownerId ? { ownerId } : {}) };
  };
  await Promise.all([
    ...MEMBERS.map((p) => tx.objectStore('people').put(record(toPerson(p)))),
    tx.objectStore('people').put(record(CONTACT, 'me')),
    tx.objectStore('notes').put({ ownerId: 'me', personId: CONTACT.id, text: 'Owes me a song', updatedAt: 1 }),
    tx.done,
  ]);
  db.close();
}

describe('schema version 9 (contact links)', () => {
  const fresh = freshDatabaseNames('test-contact-links-schema');

  it('keeps every row and backfills members’ emails, so a stored contact finds and links its member', async () => {
    const name = fresh();
    await createV8(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'me' });
    try {
      expect((await backend.searchPeople({ limit: 200 })).items.map((e) => e.person.id).sort()).to.deep.equal([
        'contact:1',
        'jane',
        'john',
      ]);
      expect(await backend.getPrivateNote(CONTACT.id)).to.equal('Owes me a song');
      const before = await backend.getContactLink(CONTACT.id);
      expect(before.member).to.equal(null);
      expect(before.matches.map((p) => p.id)).to.deep.equal(['jane']);
      await backend.linkContact(CONTACT.id, 'jane');
      const jane = (await backend.searchPeople({ query: 'jane' })).items.find((e) => e.person.id === 'jane');
      expect(jane?.linkedContact).to.deep.equal({ contactId: CONTACT.id, note: 'From the choir.' });
    } finally {
      backend.close();
    }
    const raw = await openDB(name);
    expect(raw.version).to.equal(DB_VERSION);
    expect([...raw.transaction('people').store.indexNames]).to.include('byEmail');
    // The contact is no member: the index holds members only.
    expect(await raw.getAllKeysFromIndex('people', 'byEmail', 'jane.doe@example.com')).to.deep.equal(['jane']);
    expect(await raw.count('people')).to.equal(MEMBERS.length + 1);
    raw.close();
  });
});
