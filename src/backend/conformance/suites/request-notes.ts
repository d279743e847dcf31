/** A note with a connection request, and declining with "ignore further requests" (not a block). */
import { TEXT_LIMITS } from '../../limits.js';
import { NO_RELATIONSHIP } from '../../../model/relationship.js';
import { deepEqual, equal, ok, rejects } from '../assert.js';
import { CAST, type SuiteContext } from '../context.js';

/** Defines the tests of request notes and ignored requests. */
export function requestNoteTests({ api, world }: SuiteContext): void {
  api.describe('request notes', () => {
    api.it('carries the note to the recipient’s inbox, the sender’s outbox and both relationships', async () => {
      const w = await world();
      const sent = await w.as('ann').requestConnection('bob', { note: '  We met at the 京都 meetup.  ' });
      deepEqual(sent, { ...NO_RELATIONSHIP, requestSent: true, requestNote: 'We met at the 京都 meetup.' }, 'trimmed, on the relationship');
      const [incoming] = (await w.as('bob').listRequests('incoming')).items;
      equal(incoming?.request.note, 'We met at the 京都 meetup.', 'in the inbox');
      equal((await w.as('ann').listRequests('outgoing')).items[0]?.request.note, 'We met at the 京都 meetup.', 'in the outbox');
      equal((await w.as('bob').getRelationship('ann')).requestNote, 'We met at the 京都 meetup.', 'on the recipient’s profile');
      await w.as('ann').requestConnection('bob', { note: 'Another' });
      equal(
        (await w.as('bob').getRelationship('ann')).requestNote,
        'We met at the 京都 meetup.',
        'a repeated request keeps the first note',
      );
      const accepted = await w.as('bob').acceptRequest('ann');
      deepEqual(accepted, { ...NO_RELATIONSHIP, connected: true }, 'an answered request’s note is no longer shown');
    });

    api.it('sends no note for a blank one, and one of exactly the limit', async () => {
      const w = await world();
      deepEqual(await w.as('ann').requestConnection('bob', { note: ' \u200b ' }), { ...NO_RELATIONSHIP, requestSent: true }, 'blank');
      const longest = 'n'.repeat(TEXT_LIMITS.requestNote);
      equal((await w.as('ann').requestConnection('cat', { note: longest })).requestNote, longest, 'at the limit');
    });

    api.it('refuses a note over its limit or not text, with typed errors and data intact', async () => {
      const w = await world();
      const before = await w.snapshot();
      await rejects(
        () => w.as('ann').requestConnection('bob', { note: 'n'.repeat(TEXT_LIMITS.requestNote + 1) }),
        'invalid-input',
        'too long',
      );
      await rejects(() => w.as('ann').requestConnection('bob', { note: 42 as unknown as string }), 'invalid-input', 'a number');
      await rejects(() => w.as('ann').requestConnection('bob', { note: 'a\uD800b' }), 'invalid-input', 'a lone surrogate');
      equal(await w.snapshot(), before, 'data unchanged');
    });
  });

  api.describe('ignoring requests', () => {
    api.it('declines the pending request and refuses later ones without saying why', async () => {
      const w = await world();
      await w.as('bob').requestConnection('ann', { note: 'Hi' });
      deepEqual(await w.as('ann').ignoreRequests('bob'), { ...NO_RELATIONSHIP, ignoringRequests: true }, 'declined and ignored');
      equal((await w.as('ann').getCounts()).incoming, 0, 'the inbox is empty');
      deepEqual(await w.as('bob').getRelationship('ann'), { ...NO_RELATIONSHIP }, 'the sender sees no ignore');
      const before = await w.snapshot();
      const error = await rejects(() => w.as('bob').requestConnection('ann'), 'forbidden', 'a later request');
      ok(!/ignor/i.test(error.message), `the words do not reveal the ignore: ${error.message}`);
      equal(await w.snapshot(), before, 'nothing sent');
      ok((await w.as('bob').follow('ann')).following, 'not a block: they may still follow');
      deepEqual(await w.as('ann').ignoreRequests('bob'), { ...NO_RELATIONSHIP, ignoringRequests: true, followedBy: true }, 'idempotent');
    });

    api.it('ends when the viewer stops ignoring, or asks the person themself', async () => {
      const w = await world();
      await w.as('ann').ignoreRequests('bob');
      await w.as('ann').ignoreRequests('cat');
      deepEqual(await w.as('ann').unignoreRequests('bob'), { ...NO_RELATIONSHIP }, 'stopped ignoring');
      ok((await w.as('bob').requestConnection('ann')).requestSent, 'bob may ask again');
      deepEqual(await w.as('ann').requestConnection('cat'), { ...NO_RELATIONSHIP, requestSent: true }, 'asking cat ends the ignore');
      ok((await w.as('cat').acceptRequest('ann')).connected, 'cat accepts');
    });

    api.it('refuses stopping an ignore that is not there, oneself and unknown people, changing nothing', async () => {
      const w = await world({ people: CAST.slice(), relations: [{ type: 'follow', fromId: 'ann', toId: 'bob' }] });
      const before = await w.snapshot();
      await rejects(() => w.as('ann').unignoreRequests('bob'), 'invalid-state', 'not ignoring');
      await rejects(() => w.as('ann').ignoreRequests('ann'), 'self', 'oneself');
      await rejects(() => w.as('ann').ignoreRequests('ghost'), 'not-found', 'an unknown person');
      equal(await w.snapshot(), before, 'data unchanged');
    });

    api.it('lives beside a block without contradicting it', async () => {
      const w = await world();
      await w.as('ann').ignoreRequests('bob');
      deepEqual(await w.as('ann').block('bob'), { ...NO_RELATIONSHIP, blocking: true, ignoringRequests: true }, 'blocked too');
      deepEqual(await w.as('ann').unblock('bob'), { ...NO_RELATIONSHIP, ignoringRequests: true }, 'the ignore outlasts the block');
    });
  });
}
