import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../i18n/formatters.js';

/** How a bulk action went for one person: done, or failed and why (the adapter's reason, in the user's words). */
export interface BulkOutcome {
  personId: string;
  name: string;
  /** `undefined` when it succeeded. */
  failure: string | undefined;
}

/** Outcomes listed at most; the rest are counted. */
const LISTED = 50;

/**
 * The per-person report of the last bulk action, below the bulk bar: a disclosure (closed by default, open when
 * anything failed) listing each person and what happened, failures first. The live region says the totals.
 */
export function bulkReport(outcomes: readonly BulkOutcome[]): TemplateResult | typeof nothing {
  if (outcomes.length === 0) return nothing;
  const failed = outcomes.filter((o) => o.failure !== undefined);
  const ordered = [...failed, ...outcomes.filter((o) => o.failure === undefined)];
  const rest = ordered.length - LISTED;
  return html`<details class="bulk-report" part="bulk-report" ?open=${failed.length > 0}>
    <summary>${msg('Outcome per person')}</summary>
    <ul>
      ${ordered
        .slice(0, LISTED)
        .map(
          (o) =>
            html`<li data-person-id=${o.personId} data-outcome=${o.failure === undefined ? 'done' : 'failed'}>
              ${o.failure === undefined ? msg(str`${o.name}: done`) : msg(str`${o.name}: failed: ${o.failure}`)}
            </li>`,
        )}
      ${rest > 0 ? html`<li>${msg(str`and ${formatCount(rest)} more`)}</li>` : nothing}
    </ul>
  </details>`;
}
