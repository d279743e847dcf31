/**
 * The SQL of one feed page: the viewer's feed or a tab of it, or one person's activities. Every source is an index
 * range in page order (`feed_page`, the partial `feed_connections_page` / `feed_following_page` of migration 002,
 * `activities_by_actor`); `all` is the viewer's feed range and their own activities, each limited, then merged.
 * Parameters: `$1` the viewer, `$2` the row limit, `$N`/`$N+1` the cursor's time and id when `position` is `N`.
 */
import type { FeedTab } from '../shared.js';

/** Everyone in a block with the viewer (`$1`), either way. */
const BLOCKS = `SELECT to_id FROM relations WHERE from_id = $1 AND type = 'block' UNION ALL SELECT from_id FROM relations WHERE to_id = $1 AND type = 'block'`;

/** The people the viewer (`$1`) mutes at the time in parameter `now`. */
const muted = (now: string) => `SELECT person_id FROM mutes WHERE owner_id = $1 AND (until IS NULL OR until > ${now})`;

/**
 * Which rows: one person's activities (`actor` is the parameter holding their id), or a tab of the viewer's feed
 * (`now` the parameter holding the clock's time, which hides the people the viewer mutes).
 */
export type FeedSource = { actor: string } | { tab: FeedTab | undefined; now: string };

/** One limited, ordered range of the feed table (`mark`: a tab's column) or of one actor's activities. */
function range(table: 'feed' | 'activities', where: string, position: number | null, hidden = BLOCKS): string {
  const id = table === 'feed' ? 'activity_id' : 'id';
  // A connection with someone in a block with the viewer (or muted by them, in their feed) is not announced to them.
  const shown = `${where} AND coalesce(data->>'targetId', '') NOT IN (${hidden})`;
  const after = position === null ? '' : `AND (created_at < $${position} OR (created_at = $${position} AND ${id} > $${position + 1}))`;
  return `SELECT data, created_at, ${id} AS id FROM ${table} WHERE ${shown} ${after} ORDER BY created_at DESC, ${id} LIMIT $2`;
}

/** The query of one page, rows of `data`, `created_at` and `id` (see the module comment for its parameters). */
export function feedPageSql(source: FeedSource, position: number | null): string {
  if ('actor' in source) return range('activities', `actor_id = ${source.actor} AND ${source.actor} NOT IN (${BLOCKS})`, position);
  const hidden = `${BLOCKS} UNION ALL ${muted(source.now)}`;
  const network = (mark: string) => range('feed', `owner_id = $1 ${mark} AND actor_id NOT IN (${hidden})`, position, hidden);
  const own = (actor: string) => range('activities', `actor_id = ${actor} AND ${actor} NOT IN (${BLOCKS})`, position, hidden);
  switch (source.tab) {
    case undefined:
      return network('');
    case 'connections':
      return network('AND via_connection');
    case 'following':
      return network('AND via_follow');
    case 'me':
      return own('$1');
    case 'all':
      return `SELECT data, created_at, id FROM ((${network('')}) UNION ALL (${own('$1')})) AS page ORDER BY created_at DESC, id LIMIT $2`;
  }
}
