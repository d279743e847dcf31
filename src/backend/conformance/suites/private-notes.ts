/** Private notes: what the viewer keeps about a person for themselves alone (why they muted them, how they met). */
import { PRIVATE_NOTE_MAX } from '../../limits.js';
import { equal, rejects } from '../assert.js';
import type { SuiteContext } from '../context.js';

/** Defines the tests of getPrivateNote and setPrivateNote. */
export function privateNoteTests({ api, world }: SuiteContext): void {
  api.describe('private notes', () => {
    api.it('the viewer keeps a note per person, seen by no one else; an empty text deletes it', async () => {
      const w = await world();
      equal(await w.as('ann').getPrivateNote('bob'), '', 'no note at first');
      const before = await w.snapshot(['bob', 'cat']);
      equal(
        await w.as('ann').setPrivateNote('bob', '  Met at the 2026 conference.\nMuted during the election.  '),
        'Met at the 2026 conference.\nMuted during the election.',
        'stored, trimmed',
      );
      equal(await w.as('ann').getPrivateNote('bob'), 'Met at the 2026 conference.\nMuted during the election.', 'read back');
      equal(await w.as('cat').getPrivateNote('bob'), '', 'another viewer has no note about the same person');
      equal(await w.as('bob').getPrivateNote('ann'), '', 'the person noted sees nothing about the viewer');
      equal(await w.snapshot(['bob', 'cat']), before, 'nothing anyone else reads changed');
      equal((await w.as('ann').getPerson('bob')).note, undefined, 'the person’s own note field is untouched');
      equal(await w.as('ann').setPrivateNote('bob', '   '), '', 'only spaces');
      equal(await w.as('ann').getPrivateNote('bob'), '', 'deleted');
    });

    api.it(
      'takes a note of the longest length; refuses a longer one, a non-string, a broken character, oneself and no one, keeping the note',
      async () => {
        const w = await world();
        const ann = w.as('ann');
        const longest = 'あ'.repeat(PRIVATE_NOTE_MAX);
        equal(await ann.setPrivateNote('bob', longest), longest, 'the longest note');
        const before = await w.snapshot();
        await rejects(() => ann.setPrivateNote('bob', longest + 'x'), 'invalid-input', 'one character too long');
        await rejects(() => ann.setPrivateNote('bob', 42 as unknown as string), 'invalid-input', 'a number');
        await rejects(() => ann.setPrivateNote('bob', 'half \uD800 a pair'), 'invalid-input', 'a lone surrogate');
        await rejects(() => ann.setPrivateNote('ann', 'me'), 'self', 'about oneself');
        await rejects(() => ann.setPrivateNote('ghost', 'who'), 'not-found', 'about no one');
        await rejects(() => ann.getPrivateNote('ann'), 'self', 'reading one about oneself');
        await rejects(() => ann.getPrivateNote('ghost'), 'not-found', 'reading one about no one');
        equal(await ann.getPrivateNote('bob'), longest, 'the note is as it was');
        equal(await w.snapshot(), before, 'data unchanged');
      },
    );
  });
}
