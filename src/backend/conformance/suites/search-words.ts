/**
 * searchPeople with several words: everyone each word matches, in name order, whichever word is common and
 * whichever rare (an adapter may read the rarest word's matches and test the others).
 */
import type { ContactsBackend, SearchOptions } from '../../backend.js';
import { deepEqual } from '../assert.js';
import { allPages, person, type SuiteContext } from '../context.js';

/** More people share "giant" and "crowd" than a page holds; "zed" is rare. */
const CROWD = Array.from({ length: 230 }, (_, i) => person(`c${String(i).padStart(3, '0')}`, `Giant Crowd ${String(i).padStart(3, '0')}`));
const PEOPLE = [
  person('ann', 'Ann Archer'),
  ...CROWD,
  person('z1', 'Zed Giant'),
  person('z2', 'Giant Zed'),
  person('z3', 'Abel Zed Giant-Slayer'),
  person('z4', 'Zed Small'),
  person('z5', 'Giant Zedekiah'),
  person('z6', 'Mo Zed', { organization: 'Giant Corp' }),
];

/** Every page of a search, the ids in order. */
async function paged(backend: ContactsBackend, options: SearchOptions, limit = 50): Promise<string[]> {
  const pages = await allPages((cursor) => backend.searchPeople({ ...options, limit, cursor }));
  return pages.flat().map((e) => e.person.id);
}

/** Defines the tests of searching with several words. */
export function searchWordTests({ api, world }: SuiteContext): void {
  api.describe('searchPeople with several words', () => {
    api.it('lists those every word matches, in name order, whichever word is rare', async () => {
      const w = await world({ people: PEOPLE, relations: [{ type: 'block', fromId: 'ann', toId: 'z5' }] });
      const ann = w.as('ann');
      const zeds = ['z3', 'z2', 'z6', 'z1'];
      for (const query of ['giant zed', 'zed giant', 'GIANT  Zed', 'gi ze', 'giant zed gi']) {
        deepEqual(await paged(ann, { query }, 200), zeds, `"${query}": rare beside common, the blocked person left out`);
        deepEqual(await paged(ann, { query }, 1), zeds, `"${query}" a page of one at a time`);
      }
      deepEqual(await paged(ann, { query: 'giant zedek' }), [], 'the only match is blocked');
      deepEqual(await paged(ann, { query: 'giant zzz' }), [], 'a word nobody has');
      deepEqual(await paged(ann, { query: 'zed small' }), ['z4'], 'two rare words');
    });

    api.it('pages two common words exactly', async () => {
      const w = await world({ people: PEOPLE });
      const ann = w.as('ann');
      const crowd = CROWD.map((p) => p.id);
      deepEqual(await paged(ann, { query: 'giant crowd' }, 7), crowd, '"giant crowd" in pages of 7');
      deepEqual(await paged(ann, { query: 'cr gi' }, 200), crowd, '"cr gi" in pages of 200');
      const hundreds = crowd.filter((id) => id.startsWith('c1'));
      deepEqual(await paged(ann, { query: 'crowd 1 giant' }, 9), hundreds, 'three words, one of them rarer');
    });
  });
}
