/**
 * The feed as rows to render, one `<article>` each: groups (collapsed, or expanded in place into their members),
 * single activities, a day heading on the first row of each day, and the shared header of a short burst by one
 * actor (follow-ups are `continued`). Pure, so the element only draws what this says.
 */
import type { FeedEntry } from '../../backend/backend.js';
import type { FeedGroup } from './feed-groups.js';

/** Consecutive single items by one actor at most this far apart share one header. */
const HEADER_WINDOW = 10 * 60 * 1000;

export interface FeedRow {
  /** `group`: a collapsed or expanded group's summary; `item`: one activity. */
  type: 'group' | 'item';
  /** The row's activity (a group's newest). */
  entry: FeedEntry;
  /** For `group`: its members, and whether they are shown below it. */
  group?: FeedGroup;
  expanded?: boolean;
  /** The heading of the day this row starts, if it is the first row of its day. */
  day?: string;
  /** Index of the row whose header this one shares (itself when it has its own header). */
  headerRow: number;
  /** Where it sits in a run under one header: `first`/`middle`/`last`, or undefined when alone. */
  run?: 'first' | 'middle' | 'last';
}

export interface RowOptions {
  /** Group keys (the key of a group's newest entry) the user expanded. */
  expanded: ReadonlySet<string>;
  /** The heading of the day a time falls on. */
  dayOf(time: number): string;
  key(entry: FeedEntry): string;
}

/** The rows of `groups`, in order. */
export function feedRows(groups: readonly FeedGroup[], options: RowOptions): FeedRow[] {
  const rows: FeedRow[] = [];
  let lastDay: string | undefined;
  const push = (row: Omit<FeedRow, 'headerRow' | 'day'>) => {
    const day = options.dayOf(row.entry.activity.createdAt);
    const previous = rows[rows.length - 1];
    const shares =
      row.type === 'item' &&
      previous?.type === 'item' &&
      day === lastDay &&
      previous.entry.actor.id === row.entry.actor.id &&
      previous.entry.activity.createdAt - row.entry.activity.createdAt <= HEADER_WINDOW;
    const full: FeedRow = { ...row, headerRow: shares ? previous.headerRow : rows.length };
    if (day !== lastDay) full.day = day;
    if (shares) {
      previous.run = previous.run === 'last' ? 'middle' : 'first';
      full.run = 'last';
    }
    lastDay = day;
    rows.push(full);
  };
  for (const group of groups) {
    const newest = group.entries[0]!;
    if (group.kind === 'single') {
      push({ type: 'item', entry: newest });
      continue;
    }
    const expanded = options.expanded.has(options.key(newest));
    push({ type: 'group', entry: newest, group, expanded });
    if (expanded) for (const entry of group.entries) push({ type: 'item', entry });
  }
  return rows;
}
