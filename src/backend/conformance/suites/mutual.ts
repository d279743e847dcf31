/** getMutualConnections: the people both the viewer and another person are connected with. */
import { deepEqual, equal, rejects } from '../assert.js';
import { CAST, person, type SuiteContext } from '../context.js';

/** Defines the tests of mutual connections. */
export function mutualTests({ api, world }: SuiteContext): void {
  api.describe('mutual connections', () => {
    const people = [...CAST, person('zed', 'Zed Zane'), person('amy', 'Amy Adams')];
    const relations = [
      { type: 'connection' as const, fromId: 'ann', toId: 'cat' },
      { type: 'connection' as const, fromId: 'ann', toId: 'zed' },
      { type: 'connection' as const, fromId: 'ann', toId: 'amy' },
      { type: 'connection' as const, fromId: 'ann', toId: 'dan' },
      { type: 'connection' as const, fromId: 'bob', toId: 'cat' },
      { type: 'connection' as const, fromId: 'bob', toId: 'zed' },
      { type: 'connection' as const, fromId: 'bob', toId: 'amy' },
      { type: 'follow' as const, fromId: 'bob', toId: 'dan' },
    ];

    api.it('counts them all and returns the first in name order, both ways', async () => {
      const w = await world({ people, relations });
      const names = (list: { id: string }[]) => list.map((p) => p.id);
      const mutual = await w.as('ann').getMutualConnections('bob');
      equal(mutual.count, 3, 'three in common (a follow is not a connection)');
      deepEqual(names(mutual.people), ['amy', 'cat', 'zed'], 'the first three in name order');
      deepEqual(names((await w.as('ann').getMutualConnections('bob', { limit: 2 })).people), ['amy', 'cat'], 'limit 2');
      deepEqual(await w.as('ann').getMutualConnections('bob', { limit: 0 }), { count: 3, people: [] }, 'limit 0: the count alone');
      equal((await w.as('bob').getMutualConnections('ann')).count, 3, 'the same from the other side');
      deepEqual(await w.as('ann').getMutualConnections('eve'), { count: 0, people: [] }, 'none in common');
      equal((await w.as('ann').getMutualConnections('cat')).count, 0, 'a connection with no one else in common');
    });

    api.it('follow disconnections and blocks', async () => {
      const w = await world({ people, relations });
      await w.as('bob').disconnect('cat');
      equal((await w.as('ann').getMutualConnections('bob')).count, 2, 'after one of them disconnects');
      await w.as('zed').block('ann');
      equal((await w.as('ann').getMutualConnections('bob')).count, 1, 'a block ends the connection, and the mutual');
    });

    api.it('refuses oneself, unknown people and a bad limit, with typed errors', async () => {
      const w = await world({ people, relations });
      const ann = w.as('ann');
      await rejects(() => ann.getMutualConnections('ann'), 'self', 'oneself');
      await rejects(() => ann.getMutualConnections('ghost'), 'not-found', 'an unknown person');
      await rejects(() => ann.getMutualConnections('bob', { limit: -1 }), 'invalid-input', 'a negative limit');
      await rejects(() => ann.getMutualConnections('bob', { limit: 201 }), 'invalid-input', 'a limit over 200');
      await rejects(() => ann.getMutualConnections('bob', { limit: 1.5 }), 'invalid-input', 'a fractional limit');
    });
  });
}
