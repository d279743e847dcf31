/** searchPeople beyond names: email addresses, organisation and job title, alone or with the name. */
import type { ContactsBackend, SearchOptions } from '../../backend.js';
import { PAGE_SIZES } from '../../page-sizes.js';
import { deepEqual, ok } from '../assert.js';
import { allPages, person, type SuiteContext } from '../context.js';

const PEOPLE = [
  person('ann', 'Ann Archer'),
  person('jane', 'Jane Doe', {
    emails: [{ type: 'work', value: 'jane.doe@example.com' }],
    organization: 'Acme Corp',
    jobTitle: 'Engineer',
  }),
  person('rick', 'Richard Roe', {
    emails: [{ type: 'home', value: 'rroe@mail.test' }],
    organization: 'Globex',
    jobTitle: 'Sales Engineer',
  }),
  person('ken', '佐藤 健', { phoneticName: 'さとう けん', organization: '山田商事', jobTitle: '部長' }),
  person('acme', 'Acme Fan', { organization: 'Initech' }),
  person('eng', 'Engel Berg'),
];

async function ids(backend: ContactsBackend, options: SearchOptions): Promise<string[]> {
  return (await backend.searchPeople({ limit: PAGE_SIZES.people.max, ...options })).items.map((e) => e.person.id);
}

/** Defines the tests of searching across fields. */
export function searchFieldTests({ api, world }: SuiteContext): void {
  api.describe('searchPeople across fields', () => {
    api.it('matches email addresses, organisation and job title as well as names, in name order', async () => {
      const w = await world({ people: PEOPLE });
      const ann = w.as('ann');
      deepEqual(await ids(ann, { query: 'jane.doe' }), ['jane'], 'an email address');
      deepEqual(await ids(ann, { query: 'example' }), ['jane'], 'an email domain');
      deepEqual(await ids(ann, { query: 'rroe@mail' }), ['rick'], 'an email up to its domain');
      deepEqual(await ids(ann, { query: 'globex' }), ['rick'], 'an organisation');
      deepEqual(await ids(ann, { query: 'acme' }), ['acme', 'jane'], 'the name and another person’s organisation, in name order');
      deepEqual(await ids(ann, { query: 'engineer' }), ['jane', 'rick'], 'a job title');
      deepEqual(await ids(ann, { query: 'eng' }), ['eng', 'jane', 'rick'], 'a prefix of a name and of job titles');
      deepEqual(await ids(ann, { query: 'sales eng' }), ['rick'], 'two words of one field');
      deepEqual(await ids(ann, { query: 'jane acme' }), ['jane'], 'words from different fields');
      deepEqual(await ids(ann, { query: 'jane globex' }), [], 'every word must match');
      deepEqual(await ids(ann, { query: '商事' }), ['ken'], 'an organisation in CJK, from inside the word');
      deepEqual(await ids(ann, { query: '部長' }), ['ken'], 'a job title in CJK');
    });

    api.it('matches other fields within a filter and pages them exactly', async () => {
      const many = Array.from({ length: 12 }, (_, i) =>
        person(`w${String(i).padStart(2, '0')}`, `Worker ${String(i).padStart(2, '0')}`, { organization: 'Umbrella' }),
      );
      const w = await world({
        people: [...PEOPLE, ...many],
        relations: many.filter((_, i) => i % 3 === 0).map((p) => ({ type: 'follow' as const, fromId: 'ann', toId: p.id })),
      });
      const ann = w.as('ann');
      deepEqual(await ids(ann, { filter: 'following', query: 'umbrella' }), ['w00', 'w03', 'w06', 'w09'], 'within a filter');
      for (const options of [{ query: 'umbrella' }, { query: 'umb' }, { filter: 'following' as const, query: 'umbr' }]) {
        const whole = await ids(ann, options);
        const pages = await allPages((cursor) => ann.searchPeople({ ...options, limit: 5, cursor }));
        deepEqual(
          pages.flat().map((e) => e.person.id),
          whole,
          `pages of 5 for ${JSON.stringify(options)}`,
        );
      }
      ok((await ids(ann, { query: 'umbrella' })).length === 12, 'everyone at the organisation');
    });
  });
}
