/**
 * The viewer's wider network on the server: the mutual connections of a page of people in one query, and
 * people you may know (friends of friends counted in SQL, colleagues through the name-token index, ranked and
 * paged by the library's suggestions.ts, so every adapter orders them alike).
 */
import type { Queryable } from '../db/types.js';
import {
  isSuggestible,
  organizationKey,
  organizationToken,
  rankSuggestedPeople,
  rankSuggestions,
  reasonOf,
  relationshipOf,
  searchTokens,
  type MutualSummary,
  type Page,
  type Person,
  type PersonEntry,
  type Suggestion,
} from '../shared.js';
import { pairStates, requirePerson, sortKeyText } from './graph.js';

/** The mutual connections of each of `ids`, the first `limit` of each in name order (one query). */
export async function getMutualSummaries(tx: Queryable, v: string, ids: string[], limit: number): Promise<MutualSummary[]> {
  const rows = await tx.query<{ target: string; data: Person }>(
    `SELECT t.from_id AS target, p.data FROM relations t
       JOIN relations m ON m.from_id = $1 AND m.type = 'connection' AND m.to_id = t.to_id
       JOIN people p ON p.id = t.to_id
     WHERE t.type = 'connection' AND t.from_id <> $1 AND t.from_id IN (SELECT jsonb_array_elements_text(($2::text)::jsonb))
     ORDER BY t.from_id, p.sort_key, p.id`,
    [v, JSON.stringify(ids)],
  );
  const byTarget = new Map<string, Person[]>();
  for (const row of rows) {
    const list = byTarget.get(row.target) ?? [];
    list.push(row.data);
    byTarget.set(row.target, list);
  }
  return ids.map((personId) => {
    const people = byTarget.get(personId) ?? [];
    return { personId, count: people.length, people: people.slice(0, limit) };
  });
}

/** One page of people the viewer may know. */
export async function getSuggestions(
  tx: Queryable,
  v: string,
  after: { sortKey: string; id: string } | null,
  limit: number,
  now: number,
): Promise<Page<Suggestion>> {
  const { items, next } = rankSuggestions(await suggestionCandidates(tx, v, now), after, limit);
  return { items: items.map((c) => ({ person: c.person, relationship: relationshipOf(c.pair), ...reasonOf(c) })), next };
}

/** One page of the `suggested` people filter: the suggestions whose tokens match every query word, ranked alike. */
export async function getSuggestedPeople(
  tx: Queryable,
  v: string,
  input: { words: string[]; after: { sortKey: string; id: string } | null; limit: number; now: number },
): Promise<Page<PersonEntry>> {
  const candidates = await suggestionCandidates(tx, v, input.now);
  const { items, next } = rankSuggestedPeople(candidates, input.words, (c) => searchTokens(c.person), input.after, input.limit);
  return { items: items.map((c) => ({ person: c.person, relationship: relationshipOf(c.pair), suggestion: reasonOf(c) })), next };
}

/** Everyone the viewer may be suggested: friends of friends counted in SQL, and colleagues by the token index. */
async function suggestionCandidates(tx: Queryable, v: string, now: number) {
  const viewer = await requirePerson(tx, v, true);
  const organization = organizationKey(viewer.organization);
  const token = organizationToken(viewer.organization) ?? null;
  const rows = await tx.query<{ id: string; data: Person; sort_key: Uint8Array; mutual: number }>(
    `WITH fof AS (
       SELECT f.to_id AS id, count(*)::int AS mutual FROM relations m
         JOIN relations f ON f.from_id = m.to_id AND f.type = 'connection'
       WHERE m.from_id = $1 AND m.type = 'connection' AND f.to_id <> $1
       GROUP BY f.to_id),
     colleagues AS (SELECT person_id AS id FROM name_tokens WHERE $2::text IS NOT NULL AND token = $2::text AND person_id <> $1)
     SELECT p.id, p.data, p.sort_key, coalesce(fof.mutual, 0) AS mutual FROM people p
       LEFT JOIN fof ON fof.id = p.id
     WHERE p.id IN (SELECT id FROM fof UNION SELECT id FROM colleagues) AND p.owner_id IS NULL`,
    [v, token],
  );
  const pairs = await pairStates(
    tx,
    v,
    rows.map((r) => r.id),
    now,
  );
  const candidates = rows.flatMap((r) => {
    const pair = pairs.get(r.id);
    if (!pair || !isSuggestible(pair)) return [];
    const sharedOrganization = organization !== '' && organizationKey(r.data.organization) === organization;
    return [{ id: r.id, sortKey: sortKeyText(r.sort_key), mutualCount: Number(r.mutual), sharedOrganization, person: r.data, pair }];
  });
  return candidates;
}
