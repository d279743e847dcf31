/** Every change refuses the viewer (self), unknown people (not-found) and malformed ids (invalid-input). */
import type { ContactsBackend } from '../../backend.js';
import { PAGE_SIZES } from '../../page-sizes.js';
import { RELATIONSHIP_MUTATIONS } from '../../vocabulary.js';
import { equal, rejects } from '../assert.js';
import type { SuiteContext } from '../context.js';

/** Defines the tests of malformed arguments, the viewer as target, and unknown people. */
export function inputTests({ api, world }: SuiteContext): void {
  api.describe('arguments', () => {
    api.it('every change refuses the viewer with self, an unknown person with not-found, a bad id with invalid-input', async () => {
      const w = await world();
      const ann = w.as('ann');
      const before = await w.snapshot();
      for (const name of RELATIONSHIP_MUTATIONS) {
        const call = (id: unknown) => () => (ann[name] as (id: string) => Promise<unknown>).call(ann, id as string);
        await rejects(call('ann'), 'self', `${name}(viewer)`);
        await rejects(call('nobody'), 'not-found', `${name}(unknown)`);
        for (const bad of ['', '  ', null, undefined, 7, {}]) await rejects(call(bad), 'invalid-input', `${name}(${JSON.stringify(bad)})`);
      }
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('a viewer missing from the world gets not-found for changes', async () => {
      const w = await world();
      const before = await w.snapshot();
      await rejects(() => w.as('ghost').follow('bob'), 'not-found', 'follow by an unknown viewer');
      await rejects(() => w.as('ghost').postActivity({ kind: 'post', text: 'hi' }), 'not-found', 'post by an unknown viewer');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('rejects bad search, feed and post arguments with invalid-input', async () => {
      const w = await world();
      const ann: ContactsBackend = w.as('ann');
      for (const limit of [0, -1, 1.5, PAGE_SIZES.people.max + 1, Number.NaN, '5' as unknown as number]) {
        await rejects(() => ann.searchPeople({ limit }), 'invalid-input', `search limit ${String(limit)}`);
      }
      for (const limit of [0, PAGE_SIZES.feed.max + 1, 2.5])
        await rejects(() => ann.getFeed({ limit }), 'invalid-input', `feed limit ${limit}`);
      for (const cursor of ['garbage', 'p1.!!!', '', '{}']) {
        await rejects(() => ann.searchPeople({ cursor }), 'invalid-input', `search cursor ${JSON.stringify(cursor)}`);
        await rejects(() => ann.getFeed({ cursor }), 'invalid-input', `feed cursor ${JSON.stringify(cursor)}`);
      }
      await rejects(() => ann.searchPeople({ filter: 'friends' as 'all' }), 'invalid-input', 'unknown filter');
      await rejects(() => ann.searchPeople({ query: 5 as unknown as string }), 'invalid-input', 'query not a string');
      await rejects(() => ann.getFeed({ actorId: '' }), 'invalid-input', 'empty actor id');
      await rejects(() => ann.getFeed({ actorId: 'nobody' }), 'not-found', 'unknown actor');
      await rejects(() => ann.postActivity({ kind: '', text: 'x' }), 'invalid-input', 'empty kind');
      await rejects(() => ann.postActivity({ kind: 'post', text: 5 as unknown as string }), 'invalid-input', 'text not a string');
      await rejects(() => ann.postActivity(null as unknown as { kind: string; text: string }), 'invalid-input', 'no activity');
    });

    api.it('a cursor from one list is refused by another', async () => {
      const w = await world();
      const ann = w.as('ann');
      const page = await ann.searchPeople({ limit: 1 });
      equal(typeof page.next, 'string', 'a people cursor');
      await rejects(() => ann.getFeed({ cursor: page.next }), 'invalid-input', 'people cursor in the feed');
      await rejects(() => ann.listRequests('incoming', { cursor: page.next }), 'invalid-input', 'people cursor in requests');
    });
  });
}
