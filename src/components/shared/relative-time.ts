import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateTimeFormat, relativeTimeFormat } from '../../i18n/formatters.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Unit thresholds: below `limit` (absolute milliseconds), count in `unit`. */
const STEPS: ReadonlyArray<{ limit: number; unit: Intl.RelativeTimeFormatUnit; size: number }> = [
  { limit: HOUR, unit: 'minute', size: MINUTE },
  { limit: DAY, unit: 'hour', size: HOUR },
  { limit: WEEK, unit: 'day', size: DAY },
  { limit: 5 * WEEK, unit: 'week', size: WEEK },
  { limit: YEAR, unit: 'month', size: MONTH },
];

/**
 * `time` relative to `now` in the current locale, e.g. "5 minutes ago", "yesterday", "now".
 * Anything under a minute reads "now": the text refreshes once a minute, so seconds would be stale at once.
 */
export function relativeTime(time: number, now: number = Date.now()): string {
  const format = relativeTimeFormat();
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return format.format(0, 'second');
  for (const step of STEPS) {
    // Truncate toward zero so "59 minutes" never rounds up to "1 hour" before the hour is reached.
    if (abs < step.limit) return format.format(Math.trunc(diff / step.size), step.unit);
  }
  return format.format(Math.trunc(diff / YEAR), 'year');
}

/** The exact date and time in the current locale, for a tooltip next to a relative time. */
export function exactTime(time: number): string {
  return dateTimeFormat({ dateStyle: 'full', timeStyle: 'short' }).format(time);
}

/** ISO 8601 for `<time datetime>`; empty for an invalid time rather than throwing. */
export function isoTime(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * Re-renders its host once a minute while connected, so relative times ("5 minutes ago") stay true.
 */
export class MinuteClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly interval = MINUTE,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer ??= setInterval(() => this.host.requestUpdate(), this.interval);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
