import { dateTimeFormat } from '../../i18n/formatters.js';

/** A birthday (`YYYY-MM-DD` or `--MM-DD`) in the reader's words; unknown shapes are shown as given. */
export function formatBirthday(value: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const partial = /^--(\d{2})-?(\d{2})$/.exec(value);
  try {
    if (full) {
      const date = new Date(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
      if (!Number.isNaN(date.getTime())) {
        return dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(date);
      }
    } else if (partial) {
      // A leap year, so 29 February survives.
      const date = new Date(Date.UTC(2000, Number(partial[1]) - 1, Number(partial[2])));
      if (!Number.isNaN(date.getTime())) {
        return dateTimeFormat({ month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
      }
    }
  } catch {
    // An unsupported locale: fall through to the raw value.
  }
  return value;
}
