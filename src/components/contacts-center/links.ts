import { toWellFormedText } from '../../backend/limits.js';

// Turning untrusted profile data into mailto: and tel: links; web addresses follow the URL policy
// (src/model/url-policy.ts).

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
