/** What the in-memory adapter adds to the conformance suite: its world, copies, signals and the shared clock. */
import { expect } from '@open-wc/testing';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { isContactsError } from '../../src/model/errors.js';
import { person } from '../helpers/world.js';
import { rejection } from '../helpers/backend.js';

const people = [person('ann', 'Ann Archer'), person('bob', 'Bob Brown'), person('cat', 'Cat Cole')];

describe('MemoryBackend', () => {
  it('refuses a world that names unknown people, repeats an id, or contradicts a block or a pending request', () => {
    const bad = [
      { people: [...people, person('ann', 'Ann Again')] },
      { people, relations: [{ type: 'follow' as const, fromId: 'ann', toId: 'nobody' }] },
      { people, requests: [{ fromId: 'nobody', toId: 'ann' }] },
      { people, activities: [{ id: 'a', actorId: 'nobody', kind: 'post', text: '', createdAt: 1 }] },
      { people, relations: [{ type: 'friend' as 'follow', fromId: 'ann', toId: 'bob' }] },
      {
        people,
        relations: [
          { type: 'block' as const, fromId: 'ann', toId: 'bob' },
          { type: 'follow' as const, fromId: 'bob', toId: 'ann' },
        ],
      },
      { people, relations: [{ type: 'block' as const, fromId: 'ann', toId: 'bob' }], requests: [{ fromId: 'bob', toId: 'ann' }] },
      {
        people,
        requests: [
          { fromId: 'bob', toId: 'ann' },
          { fromId: 'ann', toId: 'bob' },
        ],
      },
    ];
    for (const data of bad) {
      let error: unknown;
      try {
        new MemoryWorld(data);
      } catch (e) {
        error = e;
      }
      expect(isContactsError(error, 'invalid-input'), JSON.stringify(data)).to.be.true;
    }
    expect(() => new MemoryWorld({ people }).backendFor('')).to.throw('viewer id');
  });

  it('answers with copies: editing an answer does not change the world', async () => {
    const world = new MemoryWorld({ people });
    const ann = world.backendFor('ann');
    const bob = await ann.getPerson('bob');
    bob.displayName = 'Changed';
    bob.emails.push({ type: 'work', value: 'x@example.com' });
    const again = await ann.getPerson('bob');
    expect([again.displayName, again.emails]).to.deep.equal(['Bob Brown', []]);
  });

  it('rejects a read with the signal’s reason when it is aborted before or while it runs', async () => {
    const ann = new MemoryWorld({ people }).backendFor('ann');
    const before = new AbortController();
    before.abort(new Error('superseded'));
    expect(((await rejection(ann.searchPeople({ signal: before.signal }))) as Error).message).to.equal('superseded');
    const during = new AbortController();
    const search = ann.searchPeople({ query: 'bo', signal: during.signal });
    during.abort();
    expect((await rejection(search)) as DOMException).to.have.property('name', 'AbortError');
    for (const read of [
      ann.getFeed({ signal: before.signal }),
      ann.listRequests('incoming', { signal: before.signal }),
      ann.getCounts({ signal: before.signal }),
    ]) {
      expect(await rejection(read)).to.equal(before.signal.reason);
    }
    expect((await ann.searchPeople({ signal: new AbortController().signal })).items.map((e) => e.person.id)).to.deep.equal(['bob', 'cat']);
  });

  it('tells every subscriber of the world, after the change, never inside the call', async () => {
    const world = new MemoryWorld({ people });
    const ann = world.backendFor('ann');
    const heard: string[] = [];
    world.backendFor('bob').subscribe((change) => heard.push(`bob ${change.topics.join(',')}`));
    world.backendFor('cat').subscribe((change) => heard.push(`cat ${change.personIds.join(',')}`));
    const following = ann.follow('bob');
    expect(heard).to.deep.equal([]);
    await following;
    expect(heard).to.deep.equal(['bob relationships,activities', 'cat ann,bob']);
  });

  it('keeps the order of changes made in one millisecond by different viewers', async () => {
    const world = new MemoryWorld({
      people,
      relations: [
        { type: 'follow', fromId: 'ann', toId: 'bob' },
        { type: 'follow', fromId: 'ann', toId: 'cat' },
      ],
    });
    await Promise.all(['bob', 'cat', 'bob', 'cat'].map((id, i) => world.backendFor(id).postActivity({ kind: 'post', text: String(i) })));
    expect((await world.backendFor('ann').getFeed()).items.map((e) => e.activity.text)).to.deep.equal(['3', '2', '1', '0']);
  });
});

describe('MemoryBackend personal contacts', () => {
  it('deleting a contact removes the viewer’s note on it from the world', async () => {
    const world = new MemoryWorld({ people: [person('ann', 'Ann Archer')] });
    const ann = world.backendFor('ann');
    const contact = await ann.addContact({ displayName: 'Mario Rossi' });
    await ann.setPrivateNote(contact.id, 'Owes me a washer.');
    expect(world.notes.size).to.equal(1);
    await ann.deleteContact(contact.id);
    expect(world.notes.size).to.equal(0);
  });
});
