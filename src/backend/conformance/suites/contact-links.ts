/** Contact links (contact-links.ts): a personal contact tied to the member with its email, seen by its owner alone. */
import type { ContactsBackend, PersonEntry } from '../../backend.js';
import { hasContactLinks, type ContactLink, type ContactLinks } from '../../contact-links.js';
import type { PersonalContacts } from '../../personal-contacts.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { nextChange, person, type SuiteContext } from '../context.js';

type Linker = ContactsBackend & PersonalContacts & ContactLinks;

const email = (value: string) => [{ type: 'work' as const, value }];

/** Ann the viewer; Bob and Cat share an address; Dan blocks Ann; Ann blocks Eve; Fay has an address of her own. */
const PEOPLE = [
  person('ann', 'Ann Archer', { emails: email('ann@example.com') }),
  person('bob', 'Bob Brown', { emails: email('shared@example.com') }),
  person('cat', 'Cat Cole', { emails: [...email('cat@example.com'), { type: 'home', value: 'Shared@Example.com' }] }),
  person('dan', 'Dan Dunn', { emails: email('shared@example.com') }),
  person('eve', 'Eve Evans', { emails: email('shared@example.com') }),
  person('fay', 'Fay Ford', { emails: email('fay@example.com') }),
];
const RELATIONS = [
  { type: 'block' as const, fromId: 'dan', toId: 'ann' },
  { type: 'block' as const, fromId: 'ann', toId: 'eve' },
];

const ids = (link: ContactLink) => ({ member: link.member?.id ?? null, matches: link.matches.map((p) => p.id) });

function linker(b: ContactsBackend): Linker {
  ok(hasContactLinks(b), 'the adapter links contacts');
  return b;
}

async function entryOf(b: ContactsBackend, id: string): Promise<PersonEntry | undefined> {
  return (await b.searchPeople({ limit: 200 })).items.find((e) => e.person.id === id);
}

/** Defines the contact-link tests (`runConformanceSuite(…, { contactLinks: true })`). */
export function contactLinkTests({ api, world }: SuiteContext): void {
  const setUp = async () => {
    const w = await world({ people: PEOPLE, relations: RELATIONS });
    const ann = linker(w.as('ann'));
    const contact = await ann.addContact({
      displayName: 'Bobby',
      emails: email('  SHARED@example.COM '),
      note: 'Met at the climbing gym.',
    });
    return { w, ann, bob: linker(w.as('bob')), contact };
  };

  api.describe('contact links', () => {
    api.it('a contact lists the members with its email: never the viewer, anyone in a block, or someone else’s contact', async () => {
      const { w, ann, contact } = await setUp();
      await linker(w.as('fay')).addContact({ displayName: 'Fay’s Bob', emails: email('shared@example.com') });
      deepEqual(ids(await ann.getContactLink(contact.id)), { member: null, matches: ['bob', 'cat'] }, 'Bob and Cat, in name order');
      const mine = await ann.addContact({ displayName: 'Me again', emails: email('ann@example.com') });
      deepEqual(ids(await ann.getContactLink(mine.id)), { member: null, matches: [] }, 'not the viewer');
      const none = await ann.addContact({ displayName: 'No email' });
      deepEqual(ids(await ann.getContactLink(none.id)), { member: null, matches: [] }, 'no email, no matches');
      await rejects(() => linker(w.as('bob')).getContactLink(contact.id), 'not-found', 'another viewer cannot read it');
      await rejects(() => ann.getContactLink('bob'), 'not-found', 'a member is no contact');
    });

    api.it('linking shows the contact’s note on the member’s entry and profile, to the viewer alone', async () => {
      const { w, ann, bob, contact } = await setUp();
      const change = nextChange(ann);
      const link = await ann.linkContact(contact.id, 'bob');
      deepEqual(ids(link), { member: 'bob', matches: [] }, 'linked to Bob');
      const heard = await change;
      deepEqual(heard.topics, ['people'], 'a people change');
      ok(!heard.personIds.includes('bob'), 'the change never names the member');
      deepEqual(ids(await ann.getContactLink(contact.id)), ids(link), 'read back');
      deepEqual((await entryOf(ann, 'bob'))?.linkedContact, { contactId: contact.id, note: contact.note }, 'Bob’s row carries the note');
      equal((await entryOf(ann, 'cat'))?.linkedContact, undefined, 'Cat’s does not');
      equal((await entryOf(ann, contact.id))?.linkedContact, undefined, 'nor the contact’s own');
      equal((await ann.getLinkedContact('bob'))?.id, contact.id, 'getLinkedContact finds it');
      equal(await ann.getLinkedContact('cat'), null, 'no contact linked to Cat');
      equal(await ann.getLinkedContact(contact.id), null, 'a contact has none');
      equal(await bob.getLinkedContact('bob'), null, 'Bob cannot see it');
      equal(await linker(w.as('cat')).getLinkedContact('bob'), null, 'nor anyone else');
      ok(
        (await bob.searchPeople({ limit: 200 })).items.every((e) => e.linkedContact === undefined),
        'no one else’s rows carry it',
      );
      await rejects(() => ann.getLinkedContact('nobody'), 'not-found', 'an unknown person');
      deepEqual(ids(await ann.linkContact(contact.id, 'bob')), ids(link), 'linking again changes nothing');
      const other = await ann.addContact({ displayName: 'Cat', emails: email('cat@example.com') });
      deepEqual(ids(await ann.getContactLink(other.id)), { member: null, matches: ['cat'] }, 'a linked member is no longer a candidate');
    });

    api.it('refuses the viewer, no one, a contact, a block, no shared email and a member linked elsewhere; nothing changes', async () => {
      const { w, ann, contact } = await setUp();
      await ann.linkContact(contact.id, 'cat');
      const second = await ann.addContact({ displayName: 'Cat again', emails: email('cat@example.com') });
      const before = JSON.stringify([await ann.getContactLink(contact.id), await ann.getContactLink(second.id)]);
      await rejects(() => ann.linkContact(second.id, 'ann'), 'self', 'the viewer');
      await rejects(() => ann.linkContact(second.id, 'nobody'), 'not-found', 'no one');
      await rejects(() => ann.linkContact(second.id, contact.id), 'not-found', 'a contact');
      await rejects(() => ann.linkContact('contact:nope', 'cat'), 'not-found', 'no such contact');
      await rejects(() => ann.linkContact(contact.id, 'dan'), 'blocked', 'someone who blocks the viewer');
      await rejects(() => ann.linkContact(contact.id, 'eve'), 'blocked', 'someone the viewer blocks');
      await rejects(() => ann.linkContact(contact.id, 'fay'), 'invalid-state', 'no shared email');
      await rejects(() => ann.linkContact(second.id, 'cat'), 'invalid-state', 'Cat is linked to another contact');
      await rejects(() => linker(w.as('bob')).linkContact(contact.id, 'cat'), 'not-found', 'another viewer’s contact');
      await rejects(() => ann.linkContact(contact.id, 42 as unknown as string), 'invalid-input', 'a member id that is no string');
      equal(JSON.stringify([await ann.getContactLink(contact.id), await ann.getContactLink(second.id)]), before, 'links unchanged');
    });

    api.it('relinking replaces, unlinking removes, deleting the contact deletes its link', async () => {
      const { ann, contact } = await setUp();
      await ann.linkContact(contact.id, 'bob');
      deepEqual(ids(await ann.linkContact(contact.id, 'cat')), { member: 'cat', matches: [] }, 'relinked to Cat');
      equal(await ann.getLinkedContact('bob'), null, 'Bob no longer linked');
      deepEqual(ids(await ann.unlinkContact(contact.id)), { member: null, matches: ['bob', 'cat'] }, 'unlinked: candidates again');
      equal((await entryOf(ann, 'cat'))?.linkedContact, undefined, 'Cat’s row without the note');
      deepEqual(ids(await ann.unlinkContact(contact.id)), { member: null, matches: ['bob', 'cat'] }, 'unlinking again changes nothing');
      await ann.linkContact(contact.id, 'bob');
      await ann.deleteContact(contact.id);
      equal(await ann.getLinkedContact('bob'), null, 'the link went with the contact');
      equal((await entryOf(ann, 'bob'))?.linkedContact, undefined, 'and the note with it');
      const again = await ann.addContact({ displayName: 'Bob', emails: email('shared@example.com') });
      deepEqual(ids(await ann.linkContact(again.id, 'bob')), { member: 'bob', matches: [] }, 'Bob can be linked anew');
      equal((await entryOf(ann, 'bob'))?.linkedContact?.note, undefined, 'a contact without a note shows none');
    });
  });
}
