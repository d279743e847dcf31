/**
 * Many people stored at once, exactly as putPerson stores one (row, sort key, name tokens, name prefixes), in five
 * set-based statements instead of six per person: a contact import's chunk writes up to 1,000.
 */
import type { Queryable } from '../db/types.js';
import { searchTokens, sortKeyOf, toPerson, type Person } from '../shared.js';
import { PREFIX_LENGTH, sortKeyBytes } from './graph.js';

// Ids come in the default collation, as name_tokens keeps them (so its index serves the delete); "C" where a column is.
const ROWS = `jsonb_to_recordset(($1::text)::jsonb) AS r (id text, data jsonb, sort_key text, tokens jsonb)`;

/** Stores (or replaces) `people`, all with owner `ownerId` (a replacement keeps the owner it had: callers check it first). */
export async function putPeople(tx: Queryable, people: readonly Person[], ownerId: string | null): Promise<void> {
  if (people.length === 0) return;
  const rows = JSON.stringify(
    people.map((input) => {
      const person = toPerson(input);
      return { id: person.id, data: person, sort_key: sortKeyBytes(sortKeyOf(person)).toString('hex'), tokens: searchTokens(person) };
    }),
  );
  await tx.query(
    `INSERT INTO people (id, data, sort_key, owner_id) SELECT r.id, r.data, decode(r.sort_key, 'hex'), $2::text FROM ${ROWS}
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, sort_key = EXCLUDED.sort_key`,
    [rows, ownerId],
  );
  await tx.query(`DELETE FROM name_tokens WHERE person_id IN (SELECT r.id FROM ${ROWS})`, [rows]);
  await tx.query(
    `INSERT INTO name_tokens (token, person_id) SELECT DISTINCT t, r.id FROM ${ROWS}, jsonb_array_elements_text(r.tokens) AS t`,
    [rows],
  );
  await tx.query(`DELETE FROM name_prefixes WHERE person_id IN (SELECT r.id COLLATE "C" FROM ${ROWS})`, [rows]);
  // Every prefix of every token, up to the length migration 008 keeps (left() counts code points, as search does).
  await tx.query(
    `INSERT INTO name_prefixes (prefix, sort_key, person_id)
       SELECT DISTINCT left(t, n), decode(r.sort_key, 'hex'), r.id COLLATE "C"
         FROM ${ROWS}, jsonb_array_elements_text(r.tokens) AS t, generate_series(1, least(length(t), $2::int)) AS n`,
    [rows, PREFIX_LENGTH],
  );
}
