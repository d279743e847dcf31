/**
 * Day headings of the feed: "Today", "Yesterday", the weekday within the last week, then the date (with the year
 * when it is not this year), in the viewer's locale and time zone. Pure: the clock and the zone are arguments, so
 * the logic is testable across midnight and daylight-saving changes. Days are calendar days in the zone (a day
 * across a DST change has 23 or 25 hours), never 24-hour spans.
 */

/** What a heading is computed against. */
export interface DayContext {
  /** The current time, epoch milliseconds (a clock reading). */
  now: number;
  /** BCP 47 locale of the words and the date order (`ja`: 12月1日月曜日's order). */
  locale: string;
  /** IANA time zone the days are counted in; the browser's when absent. */
  timeZone?: string | undefined;
}

const DAY = 86_400_000;
/** Headings name the weekday for days less than this many days ago; older days are dates. */
const WEEKDAY_DAYS = 7;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone ?? ''} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return found;
}

/** The calendar date of `time` in the zone, as a count of days since 1970-01-01 (so differences are day counts). */
export function dayNumber(time: number, timeZone?: string): number {
  const parts = format('en-US', timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(time);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(value('year'), value('month') - 1, value('day')) / DAY);
}

/** The heading of the day `time` falls on, seen at `context.now`. */
export function dayHeading(time: number, context: DayContext): string {
  const { now, locale, timeZone } = context;
  const ago = dayNumber(now, timeZone) - dayNumber(time, timeZone);
  // A time a little in the future (another device's clock) is still today.
  if (ago <= 1) {
    const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.max(0, ago), 'day');
    return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
  }
  if (ago < WEEKDAY_DAYS) return format(locale, timeZone, { weekday: 'long' }).format(time);
  const sameYear = format(locale, timeZone, { year: 'numeric' }).format(time) === format(locale, timeZone, { year: 'numeric' }).format(now);
  return format(locale, timeZone, sameYear ? { month: 'long', day: 'numeric' } : { year: 'numeric', month: 'long', day: 'numeric' }).format(
    time,
  );
}
