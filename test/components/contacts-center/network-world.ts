import { person } from '../../helpers/world.js';

const connect = (fromId: string, toId: string) => ({ type: 'connection' as const, fromId, toId });

/**
 * The network the mutual-connection and suggestion tests share: Mary ('me') knows Jane, Richard and Amy; Zed
 * knows all three, Bo two of them, and Cy works where Mary does (the organisation spelled in other case).
 */
export const networkWorld = () => ({
  people: [
    person('me', 'Mary Major', { organization: 'Acme' }),
    person('jane', 'Jane Doe'),
    person('richard', 'Richard Roe'),
    person('amy', 'Amy Adams'),
    person('zed', 'Zed Zane'),
    person('bo', 'Bo Bell'),
    person('cy', 'Cy Cole', { organization: 'ACME' }),
  ],
  relations: [
    connect('me', 'jane'),
    connect('me', 'richard'),
    connect('me', 'amy'),
    connect('zed', 'jane'),
    connect('zed', 'richard'),
    connect('zed', 'amy'),
    connect('bo', 'jane'),
    connect('bo', 'amy'),
  ],
});
