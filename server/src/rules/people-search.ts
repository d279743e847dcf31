/**
 * searchPeople: people in a filter whose search tokens start with every query word, in name order, keyset paged.
 * A query is served by `name_prefixes` (migration 008): the longest word's prefix rows are one index range in
 * name order, and every other word is a probe of the same key for the same person, so a page walks only the people
 * who match that word, never everyone listed before the first match. Without words it walks `people_by_sort`.
 */
import { linkedContacts, withLinkedContacts } from './contact-links.js';
import type { Queryable } from '../db/types.js';
import {
  decodePeopleCursor,
  encodePeopleCursor,
  queryWords,
  relationshipOf,
  type Page,
  type PeopleFilter,
  type Person,
  type PersonEntry,
} from '../shared.js';
import { pairStates, PREFIX_LENGTH, sortKeyBytes, sortKeyText } from './graph.js';

/** Everything above every string with the same prefix, in code-point order (COLLATE "C"). */
const TOP = '\u{10FFFF}';

// `suggested` is ranked, not a name-ordered condition: network.ts reads it.
const FILTER_SQL: Record<Exclude<PeopleFilter, 'suggested'>, string> = {
  // Members and the viewer's own contacts (migration 007), never another viewer's.
  all: `p.id <> $1 AND (p.owner_id IS NULL OR p.owner_id = $1) AND NOT EXISTS (SELECT 1 FROM relations b WHERE b.type = 'block'
          AND ((b.from_id = $1 AND b.to_id = p.id) OR (b.from_id = p.id AND b.to_id = $1)))`,
  connections: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'connection')`,
  following: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'follow')`,
  followers: `p.id IN (SELECT from_id FROM relations WHERE to_id = $1 AND type = 'follow')`,
  blocked: `p.id IN (SELECT to_id FROM relations WHERE from_id = $1 AND type = 'block')`,
  // $2 is the clock's time: an expired mute is not listed.
  muted: `p.id IN (SELECT person_id FROM mutes WHERE owner_id = $1 AND (until IS NULL OR until > $2))`,
  incoming: `p.id IN (SELECT from_id FROM requests WHERE to_id = $1 AND status = 'pending')`,
  outgoing: `p.id IN (SELECT to_id FROM requests WHERE from_id = $1 AND status = 'pending')`,
  mine: 'p.owner_id = $1',
};

export interface SearchInput {
  query?: string | undefined;
  filter: Exclude<PeopleFilter, 'suggested'>;
  cursor?: string | null | undefined;
  limit: number;
  /** The clock's time, which mutes are judged by. */
  now: number;
}

/** A query word's key in `name_prefixes`: its first {@link PREFIX_LENGTH} characters (code points, as SQL's left()). */
const prefixOf = (word: string) => Array.from(word).slice(0, PREFIX_LENGTH).join('');

/** People in the filter whose search tokens include one starting with every query word, in name order. */
export async function searchPeople(tx: Queryable, v: string, input: SearchInput): Promise<Page<PersonEntry>> {
  const after = decodePeopleCursor(input.cursor);
  // Only the muted filter reads the clock ($2): an unused parameter would have no type.
  const params: unknown[] = input.filter === 'muted' ? [v, input.now] : [v];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [FILTER_SQL[input.filter]];
  const words = drivingFirst(queryWords(input.query));
  // Rows come from the driving word's prefix range (w) or, without words, from everyone in name order (p).
  const order = words.length ? 'w' : 'p';
  const id = words.length ? 'w.person_id' : 'p.id';
  let from = 'people p';
  words.forEach((word, i) => {
    const prefix = param(prefixOf(word));
    if (i === 0) {
      from = `name_prefixes w JOIN people p ON p.id = w.person_id`;
      where.push(`w.prefix = ${prefix}`);
    } else {
      where.push(
        `EXISTS (SELECT 1 FROM name_prefixes o WHERE o.prefix = ${prefix} AND o.sort_key = w.sort_key AND o.person_id = w.person_id)`,
      );
    }
    if (Array.from(word).length > PREFIX_LENGTH) {
      // person_id has the default collation, p.id "C": the probe must compare in the index's collation to use it.
      where.push(
        `EXISTS (SELECT 1 FROM name_tokens t WHERE t.person_id = p.id COLLATE "default" AND t.token >= ${param(word)} AND t.token < ${param(word + TOP)})`,
      );
    }
  });
  if (after) where.push(`(${order}.sort_key, ${id}) > (${param(sortKeyBytes(after.sortKey))}, ${param(after.id)})`);
  const rows = await tx.query<{ id: string; data: Person; sort_key: Uint8Array; owner_id: string | null }>(
    `SELECT p.id, p.data, p.sort_key, p.owner_id FROM ${from} WHERE ${where.join(' AND ')}
      ORDER BY ${order}.sort_key, ${id} LIMIT ${param(input.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, input.limit);
  // The page's relationships and linked contacts, read side by side.
  const [states, links] = await Promise.all([
    pairStates(
      tx,
      v,
      page.map((r) => r.id),
      input.now,
    ),
    linkedContacts(
      tx,
      v,
      page.filter((r) => r.owner_id === null).map((r) => r.id),
    ),
  ]);
  const last = page[page.length - 1];
  const entries = page.map((r) => {
    const entry: PersonEntry = { person: r.data, relationship: relationshipOf(states.get(r.id)!) };
    if (r.owner_id !== null) entry.personal = true;
    return entry;
  });
  return {
    items: withLinkedContacts(entries, links),
    next: rows.length > input.limit && last ? encodePeopleCursor({ sortKey: sortKeyText(last.sort_key), id: last.id }) : null,
  };
}

/**
 * The query words, the one that drives the page first: the longest (its prefix rows are usually the fewest).
 * Counting each word's rows to pick the rarest cost more than the page itself (tens of ms for a common word).
 */
function drivingFirst(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => Array.from(b).length - Array.from(a).length);
}
