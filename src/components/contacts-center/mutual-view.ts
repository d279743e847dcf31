import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { MutualConnections } from '../../backend/backend.js';
import { formatCount, isSingular } from '../../i18n/formatters.js';

/** How many mutual connections the profile reads to list (the sentence names the first two or three). */
export const MUTUAL_LISTED = 50;

/** "Connected to Jane Doe, Richard Roe and 3 others you know"; empty when there are none. */
export function mutualSentence(m: MutualConnections): string {
  const [a, b, c] = m.people.map((p) => p.displayName);
  if (m.count === 0 || a === undefined) return '';
  if (m.count === 1) return msg(str`Connected to ${a}, whom you know`);
  if (m.count === 2 && b !== undefined) return msg(str`Connected to ${a} and ${b}, whom you know`);
  if (m.count === 3 && b !== undefined && c !== undefined) return msg(str`Connected to ${a}, ${b} and ${c}, whom you know`);
  const others = m.count - 2;
  const f = formatCount(others);
  return isSingular(others)
    ? msg(str`Connected to ${a}, ${b ?? ''} and ${f} other you know`)
    : msg(str`Connected to ${a}, ${b ?? ''} and ${f} others you know`);
}

/**
 * The profile's mutual connections: the sentence as a disclosure's summary, opening the list of them (the first
 * {@link MUTUAL_LISTED}), each a button that opens that person's profile.
 */
export function mutualView(m: MutualConnections | undefined, onOpen: (personId: string) => void): TemplateResult | typeof nothing {
  if (!m || m.count === 0) return nothing;
  return html`<details class="mutual" part="mutual">
    <summary>${mutualSentence(m)}</summary>
    <ul aria-label=${msg('Mutual connections')}>
      ${m.people.map(
        (p) =>
          html`<li><button type="button" class="link" part="mutual-person" @click=${() => onOpen(p.id)}>${p.displayName}</button></li>`,
      )}
    </ul>
  </details>`;
}
