/** The viewer's own profile (`updateProfile`): replaced in one go, seen by everyone, refused whole when bad. */
import type { ProfileInput } from '../../profile.js';
import { deepEqual, equal, ok, rejects, sorted } from '../assert.js';
import { nextChange, type SuiteContext } from '../context.js';

const FULL: ProfileInput = {
  displayName: '山田 花子',
  givenName: '花子',
  familyName: '山田',
  phoneticName: 'やまだ はなこ',
  jobTitle: 'Engineer',
  organization: 'Example KK',
  emails: [{ type: 'work', value: 'hanako@example.com' }],
  phones: [{ type: 'mobile', value: '+81 90 1234 5678' }],
  addresses: [{ type: 'home', locality: '渋谷区', region: '東京都', country: 'Japan' }],
  urls: ['https://hanako.example.com/'],
  birthday: '--04-01',
  note: 'Hello, I write compilers.',
  avatarUrl: 'data:image/png;base64,iVBORw0KGgo=',
};

const names = async (viewer: { searchPeople: (o: { query: string }) => Promise<{ items: { person: { id: string } }[] }> }, query: string) =>
  (await viewer.searchPeople({ query })).items.map((e) => e.person.id);

/** Defines the tests of `updateProfile`. */
export function profileTests({ api, world }: SuiteContext): void {
  api.describe('own profile', () => {
    api.it('replaces every field, resolves to the stored person, and everyone reads and finds the new one', async () => {
      const w = await world();
      const ann = w.as('ann');
      const before = await ann.getViewer();
      const updated = await ann.updateProfile(FULL);
      equal(updated.id, 'ann', 'the id stays');
      ok(typeof updated.updatedAt === 'number' && updated.updatedAt >= (before.updatedAt ?? 0), 'updatedAt set');
      deepEqual(sorted({ ...updated, updatedAt: 0 }), sorted({ id: 'ann', ...FULL, updatedAt: 0 }), 'every field stored');
      deepEqual(sorted(await ann.getViewer()), sorted(updated), 'getViewer returns it');
      deepEqual(sorted(await w.as('bob').getPerson('ann')), sorted(updated), 'another viewer reads it');
      deepEqual(await names(w.as('bob'), 'hanako'), ['ann'], 'found by a new email word');
      deepEqual(await names(w.as('bob'), 'やまだ'), ['ann'], 'found by the phonetic name');
      deepEqual(await names(w.as('bob'), 'archer'), [], 'no longer by the old name');
    });

    api.it('an absent field is cleared; the relationships and feed stay', async () => {
      const w = await world({
        people: [
          { id: 'ann', displayName: 'Ann Archer', jobTitle: 'Chef', note: 'x' },
          { id: 'bob', displayName: 'Bob Brown' },
        ],
        relations: [{ type: 'connection', fromId: 'ann', toId: 'bob' }],
      });
      const ann = w.as('ann');
      await ann.postActivity({ kind: 'post', text: 'hi' });
      const updated = await ann.updateProfile({ displayName: 'Ann A.' });
      deepEqual(
        sorted({ ...updated, updatedAt: 0 }),
        sorted({ id: 'ann', displayName: 'Ann A.', emails: [], phones: [], addresses: [], urls: [], updatedAt: 0 }),
        'cleared',
      );
      equal((await w.as('bob').getRelationship('ann')).connected, true, 'still connected');
      const feed = await w.as('bob').getFeed();
      equal(feed.items[0]?.actor.displayName, 'Ann A.', 'the feed shows the new name');
    });

    api.it('is announced as a people change naming the viewer, to other adapters too', async () => {
      const w = await world();
      const listener = w.world.backendFor('bob', { fresh: true });
      const heard = nextChange(listener);
      const own = nextChange(w.as('ann'));
      await w.as('ann').updateProfile({ displayName: 'Ann Again' });
      const mine = await own;
      ok(mine.topics.includes('people'), `topics ${JSON.stringify(mine.topics)} include people`);
      deepEqual(mine.personIds, ['ann'], 'the own adapter names the viewer');
      // Another viewer may hear it with the people left out ("unknown", as a server that hides who changed does).
      const theirs = await heard;
      ok(theirs.topics.includes('people'), `topics ${JSON.stringify(theirs.topics)} include people`);
      ok(theirs.personIds.length === 0 || theirs.personIds.includes('ann'), `people ${JSON.stringify(theirs.personIds)}`);
    });

    api.it('bad input is refused with invalid-input naming the field, and nothing is written', async () => {
      const w = await world();
      const ann = w.as('ann');
      await ann.updateProfile(FULL);
      const stored = await ann.getViewer();
      const before = await w.snapshot();
      const bad: [unknown, RegExp][] = [
        [null, /object/],
        ['Ann', /object/],
        [{ displayName: '\u200b ' }, /displayName/],
        [{ displayName: 'A', id: 'bob' }, /id/],
        [{ displayName: 'A', updatedAt: 1 }, /updatedAt/],
        [{ displayName: 'A', emails: [{ type: 'work', value: ' ' }] }, /emails\[0\]\.value/],
        [{ displayName: 'A', phones: [{ type: 'pager', value: '1' }] }, /phones\[0\]\.type/],
        [{ displayName: 'A', addresses: [{ type: 'home', street: 7 }] }, /addresses\[0\]\.street/],
        [{ displayName: 'A', urls: ['javascript:alert(1)'] }, /urls\[0\]/],
        [{ displayName: 'A', urls: ['https://a@evil.example/'] }, /urls\[0\]/],
        [{ displayName: 'A', avatarUrl: 'data:text/html,<b>' }, /avatarUrl/],
        [{ displayName: 'A', avatarUrl: 'data:image/png;base64,' + 'A'.repeat(400_001) }, /avatarUrl/],
        [{ displayName: 'A', birthday: '1 April' }, /birthday/],
        [{ displayName: 'A', note: 'x'.repeat(10_001) }, /note/],
        [{ displayName: 'A', colour: 'red' }, /colour/],
      ];
      for (const [input, field] of bad) {
        const error = await rejects(
          () => ann.updateProfile(input as ProfileInput),
          'invalid-input',
          `updateProfile ${JSON.stringify(input).slice(0, 80)}`,
        );
        ok(field.test(error.message), `the message names the field: ${error.message.slice(0, 200)}`);
      }
      equal(await w.snapshot(), before, 'data unchanged');
      deepEqual(await ann.getViewer(), stored, 'the profile is intact');
    });
  });
}
