/** Change notifications and closing. */
import { equal, ok, rejects } from '../assert.js';
import { nextChange, type SuiteContext } from '../context.js';

/** Defines the tests of subscribe and close. */
export function eventTests({ api, world }: SuiteContext): void {
  api.describe('change notifications', () => {
    api.it("a subscriber hears its own adapter's changes, naming topics and people", async () => {
      const w = await world();
      const ann = w.as('ann');
      const heard = nextChange(ann);
      await ann.follow('bob');
      const change = await heard;
      ok(change.topics.includes('relationships'), `topics ${JSON.stringify(change.topics)} include relationships`);
      ok(change.personIds.includes('ann') && change.personIds.includes('bob'), `people ${JSON.stringify(change.personIds)} name both`);
    });

    api.it('a subscriber hears changes made through other adapters on the same world', async () => {
      const w = await world();
      const listener = w.world.backendFor('bob', { fresh: true });
      const sameViewer = w.world.backendFor('ann', { fresh: true });
      const heardByBob = nextChange(listener);
      const heardByAnn = nextChange(sameViewer);
      await w.as('ann').requestConnection('bob');
      ok((await heardByBob).topics.includes('requests'), 'the other viewer hears a request');
      ok((await heardByAnn).topics.includes('requests'), 'another adapter of the same viewer hears it');
      const posted = nextChange(listener);
      await w.as('cat').postActivity({ kind: 'post', text: 'hi' });
      ok((await posted).topics.includes('activities'), 'activities are announced');
    });

    api.it('unsubscribe stops notifications', async () => {
      const w = await world();
      const ann = w.as('ann');
      let calls = 0;
      const unsubscribe = ann.subscribe(() => calls++);
      await ann.follow('bob');
      const heard = calls;
      unsubscribe();
      await ann.follow('cat');
      await new Promise((r) => setTimeout(r, 100));
      equal(heard, 1, 'one call while subscribed');
      equal(calls, 1, 'no calls after unsubscribing');
    });

    api.it('after close, calls reject with storage', async () => {
      const w = await world();
      const adapter = w.world.backendFor('ann', { fresh: true });
      await adapter.getViewer();
      adapter.close();
      await rejects(() => adapter.getViewer(), 'storage', 'getViewer after close');
      await rejects(() => adapter.follow('bob'), 'storage', 'follow after close');
    });
  });
}
