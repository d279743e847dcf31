import { dateTimeFormat } from '../../i18n/formatters.js';
import { toWellFormedText } from '../../backend/limits.js';
export { httpUrl as safeWebUrl } from '../shared/http-url.js';

// Turning untrusted profile data into links and text. Nothing here ever yields a javascript:, data: or other
// scheme the user did not see: web addresses are linked only when they parse as http(s).

/** A mailto: link for one address; encoded so that `?cc=` or `&body=` in the data cannot add headers. */
export function mailtoHref(address: string): string {
  return `mailto:${encodeURIComponent(toWellFormedText(address.trim())).replace(/%40/g, '@')}`;
}

/** A tel: link keeping only what dialers understand (digits, a leading +, * and #). */
export function telHref(number: string): string | undefined {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^\d*#]/g, '');
  if (!digits) return undefined;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

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
