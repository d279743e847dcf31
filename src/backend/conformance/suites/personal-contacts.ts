/** Personal contacts (personal-contacts.ts): the owner's alone, listed and searchable, no social actions. */
import type { ContactsBackend } from '../../backend.js';
import { CONTACT_ID_PREFIX, hasPersonalContacts, type ContactInput, type PersonalContacts } from '../../personal-contacts.js';
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { RELATIONSHIP_MUTATIONS } from '../../vocabulary.js';
import { deepEqual, equal, ok, rejects, sorted } from '../assert.js';
import { CAST, nextChange, type SuiteContext } from '../context.js';

type Keeper = ContactsBackend & PersonalContacts;

const PLUMBER: ContactInput = {
  displayName: 'Mario Rossi',
  givenName: 'Mario',
  familyName: 'Rossi',
  organization: 'Rossi Plumbing',
  phones: [{ type: 'work', value: '+39 06 1234 5678' }],
  emails: [{ type: 'work', value: 'mario@rossi.example' }],
  note: 'Fixed the boiler, 2024. Call before 9.',
};

const ids = async (b: ContactsBackend, filter: 'all' | 'mine', query?: string): Promise<string[]> =>
  (await b.searchPeople({ filter, limit: 200, ...(query ? { query } : {}) })).items.map((e) => e.person.id);

function keeper(b: ContactsBackend): Keeper {
  ok(hasPersonalContacts(b), 'the adapter keeps personal contacts');
  return b;
}

/** Defines the personal-contact tests (for adapters that declare them: `runConformanceSuite(…, { personalContacts: true })`). */
export function personalContactTests({ api, world }: SuiteContext): void {
  api.describe('personal contacts', () => {
    api.it('a new contact gets an id, is listed under mine and in all marked personal, and is found by search', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const change = nextChange(ann);
      const added = await ann.addContact(PLUMBER);
      ok(added.id.startsWith(CONTACT_ID_PREFIX), `contact ids start with ${CONTACT_ID_PREFIX}`);
      equal(added.note, PLUMBER.note, 'the note is kept');
      equal(typeof added.updatedAt, 'number', 'updatedAt set');
      deepEqual((await change).topics, ['people'], 'a people change is announced');
      deepEqual(sorted(await ann.getPerson(added.id)), sorted(added), 'getPerson returns it');
      deepEqual(await ids(ann, 'mine'), [added.id], 'mine lists it');
      const all = (await ann.searchPeople({ limit: 200 })).items;
      const entry = all.find((e) => e.person.id === added.id);
      ok(entry, 'all lists it');
      equal(entry.personal, true, 'marked personal');
      deepEqual(entry.relationship, { ...NO_RELATIONSHIP }, 'no relationship');
      ok(
        all.filter((e) => e.person.id !== added.id).every((e) => !e.personal),
        'members are not marked personal',
      );
      deepEqual(await ids(ann, 'all', 'ros'), [added.id], 'found by family name');
      deepEqual(await ids(ann, 'mine', 'mar'), [added.id], 'found by given name within mine');
      const counts = await ann.getCounts();
      deepEqual(counts, { connections: 0, following: 0, followers: 0, incoming: 0, outgoing: 0, blocked: 0, muted: 0 }, 'counts unchanged');
    });

    api.it('no one else ever sees it, reads or changes it', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const bob = keeper(w.as('bob'));
      const added = await ann.addContact(PLUMBER);
      await rejects(() => bob.getPerson(added.id), 'not-found', 'getPerson by another viewer');
      await rejects(() => bob.getRelationship(added.id), 'not-found', 'getRelationship by another viewer');
      ok(!(await ids(bob, 'all')).includes(added.id), 'not in their all');
      ok(!(await ids(bob, 'all', 'ros')).includes(added.id), 'not in their search');
      deepEqual(await ids(bob, 'mine'), [], 'not in their mine');
      await rejects(() => bob.updateContact(added.id, { displayName: 'Hijacked' }), 'not-found', 'update by another viewer');
      await rejects(() => bob.deleteContact(added.id), 'not-found', 'delete by another viewer');
      await rejects(() => bob.follow(added.id), 'not-found', 'follow by another viewer');
      deepEqual(sorted(await ann.getPerson(added.id)), sorted(added), 'the contact is intact');
    });

    api.it('has no mutual connections: another viewer\u2019s contact is not-found, the viewer\u2019s own has none', async () => {
      const w = await world({ people: CAST.slice(), relations: [{ type: 'connection', fromId: 'ann', toId: 'bob' }] });
      const ann = keeper(w.as('ann'));
      const added = await ann.addContact(PLUMBER);
      deepEqual(await ann.getMutualConnections(added.id), { count: 0, people: [] }, 'the viewer\u2019s own contact: none');
      await rejects(() => w.as('bob').getMutualConnections(added.id), 'not-found', 'another viewer\u2019s contact: as no one');
      await rejects(() => w.as('cat').getMutualConnections(added.id, { limit: 0 }), 'not-found', 'with limit 0 too');
      deepEqual(
        (await w.as('bob').getMutualConnectionsFor([added.id])).map((s) => s.count),
        [0],
        'in a page of people it counts none rather than failing the read',
      );
    });

    api.it('takes no relationship action: each is refused with invalid-state and changes nothing', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const added = await ann.addContact(PLUMBER);
      const before = await w.snapshot();
      for (const name of RELATIONSHIP_MUTATIONS) {
        await rejects(() => (ann[name] as (id: string) => Promise<unknown>).call(ann, added.id), 'invalid-state', `${name}(contact)`);
      }
      equal(await w.snapshot(), before, 'data unchanged');
      deepEqual(await ann.getRelationship(added.id), { ...NO_RELATIONSHIP }, 'still no relationship');
    });

    api.it('update replaces every field, delete removes it; unknown ids and members are not-found', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const added = await ann.addContact(PLUMBER);
      const updated = await ann.updateContact(added.id, { displayName: 'Luigi Rossi', phones: [{ type: 'mobile', value: '+39 333 000' }] });
      equal(updated.id, added.id, 'same id');
      deepEqual(
        sorted({ ...(await ann.getPerson(added.id)), updatedAt: 0 }),
        sorted({
          id: added.id,
          displayName: 'Luigi Rossi',
          emails: [],
          phones: [{ type: 'mobile', value: '+39 333 000' }],
          addresses: [],
          urls: [],
          updatedAt: 0,
        }),
        'fields replaced',
      );
      deepEqual(await ids(ann, 'all', 'luigi'), [added.id], 'found by its new name');
      deepEqual(await ids(ann, 'all', 'mario'), [], 'not by its old one');
      await rejects(() => ann.updateContact('contact:nobody', PLUMBER), 'not-found', 'update unknown');
      await rejects(() => ann.updateContact('bob', PLUMBER), 'not-found', 'update a member');
      await rejects(() => ann.deleteContact('bob'), 'not-found', 'delete a member');
      await ann.deleteContact(added.id);
      await rejects(() => ann.getPerson(added.id), 'not-found', 'gone');
      deepEqual(await ids(ann, 'mine'), [], 'mine empty');
      await rejects(() => ann.deleteContact(added.id), 'not-found', 'delete twice');
    });

    api.it('deleting a contact also deletes the viewer\u2019s private note on it', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const added = await ann.addContact(PLUMBER);
      const kept = await ann.addContact({ displayName: 'Kept Contact' });
      await ann.setPrivateNote(added.id, 'Owes me a washer.');
      await ann.setPrivateNote(kept.id, 'Still here.');
      equal(await ann.getPrivateNote(added.id), 'Owes me a washer.', 'a contact takes a private note');
      await rejects(() => w.as('bob').getPrivateNote(added.id), 'not-found', 'nobody else reads the note');
      await ann.deleteContact(added.id);
      await rejects(() => ann.getPrivateNote(added.id), 'not-found', 'the note went with the contact');
      equal(await ann.getPrivateNote(kept.id), 'Still here.', 'the other contact keeps its note');
    });

    api.it('bad input is refused with invalid-input naming the field, and nothing is written', async () => {
      const w = await world();
      const ann = keeper(w.as('ann'));
      const added = await ann.addContact(PLUMBER);
      const before = await w.snapshot();
      const bad: [unknown, RegExp][] = [
        [null, /object/],
        [{ displayName: '  ' }, /displayName/],
        [{ displayName: 'A', emails: [{ type: 'work', value: '' }] }, /emails\[0\]\.value/],
        [{ displayName: 'A', phones: [{ type: 'pager', value: '1' }] }, /phones\[0\]\.type/],
        [{ displayName: 'A', birthday: 'yesterday' }, /birthday/],
        [{ displayName: 'A', id: 'mine' }, /id/],
        [{ displayName: 'A', colour: 'red' }, /colour/],
      ];
      for (const [input, field] of bad) {
        const error = await rejects(() => ann.addContact(input as ContactInput), 'invalid-input', `add ${JSON.stringify(input)}`);
        ok(field.test(error.message), `the message names the field: ${error.message}`);
        await rejects(() => ann.updateContact(added.id, input as ContactInput), 'invalid-input', `update ${JSON.stringify(input)}`);
      }
      equal(await w.snapshot(), before, 'data unchanged');
      deepEqual(sorted(await ann.getPerson(added.id)), sorted(added), 'the contact is intact');
    });
  });
}
