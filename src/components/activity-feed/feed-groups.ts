/**
 * Grouping of consecutive similar activities: a run of posts by one person ("Jane Doe posted 4 times") and a run of
 * people connecting with the same person ("Jane Doe and 3 others are now connected with Richard Roe"). Pure. People
 * the viewer must not see (blocked, muted: the `hidden` predicate) are taken out first, so they are never in a
 * group, never counted and never named, and a connection with one of them is not announced.
 */
import type { FeedEntry } from '../../backend/backend.js';

/** What a group is: one activity, a run of posts by one actor, or a run of connections with one person. */
export const FEED_GROUP_KINDS = ['single', 'posts', 'connections'] as const;
export type FeedGroupKind = (typeof FEED_GROUP_KINDS)[number];

export interface FeedGroup {
  kind: FeedGroupKind;
  /** Newest first, as in the feed; one for `single`. */
  entries: FeedEntry[];
}

export interface GroupOptions {
  /** People never shown, in a group or anywhere: their activities, and connections with them, are left out. */
  hidden?: (personId: string) => boolean;
  /** Whether two times fall on one day (of the headings): a group never spans a day heading. */
  sameDay?: (a: number, b: number) => boolean;
}

/** Posts collapse from this many in a row; fewer stay as they are (under one header). */
export const POSTS_TO_COLLAPSE = 3;
/** Connections with one person collapse from this many in a row. */
export const CONNECTIONS_TO_COLLAPSE = 2;
/** Consecutive posts by one actor at most this far apart form a run. */
export const POST_RUN_WINDOW = 10 * 60 * 1000;

/** The entries the viewer may see: none by, or about, a hidden person. */
export function visibleEntries(entries: readonly FeedEntry[], hidden?: (personId: string) => boolean): FeedEntry[] {
  if (!hidden) return [...entries];
  return entries.filter(({ activity }) => !hidden(activity.actorId) && !(activity.targetId !== undefined && hidden(activity.targetId)));
}

/** Whether `next` continues the run that `previous` (the run's latest member) is in, as a group of `kind`. */
function continues(kind: 'posts' | 'connections', run: readonly FeedEntry[], next: FeedEntry, sameDay: GroupOptions['sameDay']): boolean {
  const previous = run[run.length - 1]!.activity;
  const { activity } = next;
  if (sameDay && !sameDay(previous.createdAt, activity.createdAt)) return false;
  if (kind === 'posts') {
    return activity.kind === 'post' && activity.actorId === previous.actorId && previous.createdAt - activity.createdAt <= POST_RUN_WINDOW;
  }
  return (
    activity.kind === 'connected' &&
    activity.targetId !== undefined &&
    activity.targetId === previous.targetId &&
    !run.some((e) => e.activity.actorId === activity.actorId)
  );
}

/** The visible entries in groups, in feed order. */
export function groupFeed(entries: readonly FeedEntry[], options: GroupOptions = {}): FeedGroup[] {
  const visible = visibleEntries(entries, options.hidden);
  const groups: FeedGroup[] = [];
  let index = 0;
  while (index < visible.length) {
    const first = visible[index]!;
    const kind =
      first.activity.kind === 'post' ? 'posts' : first.activity.kind === 'connected' && first.activity.targetId ? 'connections' : null;
    const run = [first];
    if (kind)
      while (index + run.length < visible.length && continues(kind, run, visible[index + run.length]!, options.sameDay))
        run.push(visible[index + run.length]!);
    const least = kind === 'posts' ? POSTS_TO_COLLAPSE : CONNECTIONS_TO_COLLAPSE;
    if (kind && run.length >= least) {
      groups.push({ kind, entries: run });
      index += run.length;
    } else {
      groups.push({ kind: 'single', entries: [first] });
      index += 1;
    }
  }
  return groups;
}
