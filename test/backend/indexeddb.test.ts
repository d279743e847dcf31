import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, importWorld } from '../../src/backend/indexeddb/index.js';
import { isContactsError } from '../../src/model/errors.js';
import { createWorld, person, type TestWorld } from '../helpers/world.js';
import { rejection } from '../helpers/backend.js';

describe('IndexedDBBackend basics', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await createWorld({
      people: [
        person('ann', 'Ann Archer'),
        person('bob', 'Bob Brown'),
        person('cy', 'Çelik Yılmaz'),
        person('yamada', '山田 太郎', { phoneticName: 'ヤマダ タロウ' }),
      ],
      relations: [{ type: 'follow', fromId: 'bob', toId: 'ann' }],
    });
  });
  afterEach(() => world.cleanup());

  it('reads the viewer and people', async () => {
    const ann = world.backendFor('ann');
    expect((await ann.getViewer()).displayName).to.equal('Ann Archer');
    expect((await ann.getPerson('bob')).emails).to.deep.equal([]);
    const error = await rejection(ann.getPerson('nobody'));
    expect(isContactsError(error, 'not-found')).to.be.true;
  });

  it('connects through a request and an accept, recording a connected activity', async () => {
    const ann = world.backendFor('ann');
    const bob = world.backendFor('bob');
    expect((await ann.requestConnection('bob')).requestSent).to.be.true;
    const rel = await bob.acceptRequest('ann');
    expect(rel.connected).to.be.true;
    expect((await ann.getRelationship('bob')).connected).to.be.true;
    const feed = await ann.getFeed();
    expect(feed.items.map((e) => [e.activity.kind, e.activity.actorId, e.activity.targetId])).to.deep.equal([['connected', 'bob', 'ann']]);
    const accepterFeed = await bob.getFeed();
    expect(accepterFeed.items.map((e) => [e.activity.kind, e.activity.actorId, e.activity.targetId])).to.deep.equal([
      ['connected', 'ann', 'bob'],
    ]);
  });

  it('searches by word prefix, ignoring case, accents and kana type', async () => {
    const ann = world.backendFor('ann');
    const names = async (query: string) => (await ann.searchPeople({ query })).items.map((e) => e.person.id);
    expect(await names('BR')).to.deep.equal(['bob']);
    expect(await names('celik')).to.deep.equal(['cy']);
    expect(await names('yil')).to.deep.equal(['cy']);
    expect(await names('太郎')).to.deep.equal(['yamada']);
    expect(await names('やまだ')).to.deep.equal(['yamada']);
    expect(await names('ann')).to.deep.equal([]);
  });

  it('documents its choices: repeated follow is idempotent, all leaves out blocks both ways, own posts stay out of the feed', async () => {
    const ann = world.backendFor('ann');
    const bob = world.backendFor('bob');
    const cy = world.backendFor('cy');
    await ann.follow('bob');
    expect((await ann.follow('bob')).following).to.be.true;
    expect((await ann.getCounts()).following).to.equal(1);
    await ann.block('bob');
    await cy.block('ann');
    expect((await ann.searchPeople()).items.map((e) => e.person.id)).to.deep.equal(['yamada']);
    expect((await bob.searchPeople()).items.map((e) => e.person.id)).to.deep.equal(['cy', 'yamada']);
    expect((await ann.searchPeople({ filter: 'blocked' })).items.map((e) => e.person.id)).to.deep.equal(['bob']);
    await ann.postActivity({ kind: 'post', text: 'mine' });
    expect((await ann.getFeed()).items).to.deep.equal([]);
    expect((await ann.getFeed({ actorId: 'ann' })).items.map((e) => e.activity.text)).to.deep.equal(['mine']);
  });

  it('words its errors for people, naming the other person', async () => {
    const ann = world.backendFor('ann');
    await ann.block('bob');
    const again = await rejection(ann.block('bob'));
    expect((again as Error).message).to.equal('You have already blocked Bob Brown.');
    const follow = await rejection(ann.follow('bob'));
    expect((follow as Error).message).to.contain('Bob Brown');
    const self = await rejection(ann.follow('ann'));
    expect((self as Error).message).to.equal('You cannot follow yourself.');
  });

  it('rejects a viewer id that is not a string', () => {
    expect(() => new IndexedDBBackend({ databaseName: 'x', viewerId: '' })).to.throw();
  });

  it('refuses an import with a bad record and writes nothing', async () => {
    const name = `test-bad-import-${crypto.randomUUID()}`;
    const error = await rejection(importWorld(name, { people: [person('a', 'A'), { id: '', displayName: 'B' }] }));
    expect(isContactsError(error, 'invalid-input')).to.be.true;
    expect((error as Error).message).to.contain('people[1]');
  });
});

describe('IndexedDBBackend personal contacts', () => {
  it('deleting a contact removes the viewer’s note row on it from the notes store', async () => {
    const world = await createWorld({ people: [person('ann', 'Ann Archer')] });
    try {
      const ann = world.backendFor('ann');
      const contact = await ann.addContact({ displayName: 'Mario Rossi' });
      await ann.setPrivateNote(contact.id, 'Owes me a washer.');
      const raw = await openDB(world.databaseName);
      expect(await raw.get('notes', ['ann', contact.id])).to.have.property('text', 'Owes me a washer.');
      raw.close();
      await ann.deleteContact(contact.id);
      const after = await openDB(world.databaseName);
      expect(await after.get('notes', ['ann', contact.id])).to.equal(undefined);
      after.close();
    } finally {
      await world.cleanup();
    }
  });
});
