/**
 * People you may know, decided alike by every adapter: who may be suggested (from the pair, {@link isSuggestible}),
 * how candidates rank, and how their pages are cut. Adapters gather the candidates from their own storage:
 * the connections of the viewer's connections (with how many of them each shares) and the people at the viewer's
 * organisation.
 */
import type { PeoplePosition } from './cursor.js';
import { decodeSuggestionCursor, encodeSuggestionCursor } from './cursor.js';
import type { SuggestionOptions, SuggestionReason } from './backend.js';
import { invalidInput } from './errors.js';
import { pageSize } from './page-sizes.js';
import type { Pair } from './pair.js';
import { matchesQuery, words } from './search-text.js';

/** What an adapter gathers about one candidate. */
export interface SuggestionCandidate {
  id: string;
  /** The person's name-order key (as search lists them). */
  sortKey: string;
  mutualCount: number;
  sharedOrganization: boolean;
}

/** The organisation as compared: its folded words (case, accents and punctuation aside), or `''` for none. */
export function organizationKey(organization: string | undefined): string {
  return organization ? words(organization).join(' ') : '';
}

/**
 * The search-index token every person at `organization` has (its words run together; see search-text.ts), so an
 * adapter finds colleagues with one index lookup. Undefined when there is no organisation.
 */
export function organizationToken(organization: string | undefined): string | undefined {
  const parts = organization ? words(organization) : [];
  return parts.length > 0 ? parts.join('') : undefined;
}

/**
 * True when the viewer may be suggested the person: not connected, no block either way, no pending request
 * either way, no ignore either way, not dismissed, not muted (the pair's mute is one that stands now).
 */
export function isSuggestible(pair: Pair): boolean {
  const { out, in: inward } = pair;
  if (out.has('connection') || out.has('block') || inward.has('block')) return false;
  if (out.has('dismiss') || out.has('ignore') || inward.has('ignore')) return false;
  return pair.sent === undefined && pair.received === undefined && pair.mute === undefined;
}

/** The checked options of a `getSuggestions` call. */
export function suggestionRequest(options: SuggestionOptions | undefined): { after: PeoplePosition | null; limit: number } {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw invalidInput('The suggestion options must be an object.');
  return { after: decodeSuggestionCursor(options?.cursor), limit: pageSize('suggestions', options?.limit) };
}

const MOST_MUTUAL = 1e9;

/** The start of the rank key of everyone with `mutualCount` shared connections: most first, in code-unit order. */
function countLead(mutualCount: number): string {
  return String(MOST_MUTUAL - Math.min(mutualCount, MOST_MUTUAL)).padStart(10, '0');
}

/** The order of suggestions as one string: most mutual connections first, then a shared organisation, then name. */
function rankKey(c: SuggestionCandidate): string {
  return countLead(c.mutualCount) + (c.sharedOrganization ? '0' : '1') + c.sortKey;
}

function compare(a: PeoplePosition, b: PeoplePosition): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True when the candidate has a reason to be suggested and ranks after `after` (any candidate, for none). */
export function ranksAfter(c: SuggestionCandidate, after: PeoplePosition | null): boolean {
  return (c.mutualCount > 0 || c.sharedOrganization) && (!after || compare({ sortKey: rankKey(c), id: c.id }, after) > 0);
}

/**
 * True when everyone with `mutualCount` shared connections ranks before `after`, so an adapter reading in rank order
 * need not read them. (Every such rank key starts with the count's lead and a `0` or `1`.)
 */
export function countPassed(after: PeoplePosition | null, mutualCount: number): boolean {
  return after !== null && after.sortKey >= countLead(mutualCount) + '2';
}

/**
 * Where a name-order walk of the last tier (colleagues with no mutual connection) starts for a page after `after`:
 * from the first (`null`), after a name position, or `'passed'` when the whole tier ranks before `after`.
 */
export function colleagueStart(after: PeoplePosition | null): PeoplePosition | null | 'passed' {
  const lead = countLead(0) + '0';
  if (!after || after.sortKey < lead) return null;
  if (after.sortKey.startsWith(lead)) return { sortKey: after.sortKey.slice(lead.length), id: after.id };
  return 'passed';
}

/** One page of `candidates` in rank order after `after` (those with no reason left out), and the next cursor. */
export function rankSuggestions<T extends SuggestionCandidate>(
  candidates: readonly T[],
  after: PeoplePosition | null,
  limit: number,
): { items: T[]; next: string | null } {
  const ranked = candidates
    .filter((c) => ranksAfter(c, after))
    .map((c) => ({ c, at: { sortKey: rankKey(c), id: c.id } }))
    .sort((a, b) => compare(a.at, b.at));
  const page = ranked.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(({ c }) => c), next: ranked.length > limit && last ? encodeSuggestionCursor(last.at) : null };
}

/**
 * One page of the `suggested` people filter: the candidates whose search tokens (`tokensOf`) match every query
 * word, ranked and paged exactly as `getSuggestions` (so its cursors are suggestion cursors).
 */
export function rankSuggestedPeople<T extends SuggestionCandidate>(
  candidates: readonly T[],
  query: readonly string[],
  tokensOf: (candidate: T) => readonly string[],
  after: PeoplePosition | null,
  limit: number,
): { items: T[]; next: string | null } {
  const matching = query.length === 0 ? candidates : candidates.filter((c) => matchesQuery(tokensOf(c), query));
  return rankSuggestions(matching, after, limit);
}

/** A candidate's reason, as an entry of the `suggested` filter carries it. */
export function reasonOf(candidate: SuggestionCandidate): SuggestionReason {
  return { mutualCount: candidate.mutualCount, sharedOrganization: candidate.sharedOrganization };
}
