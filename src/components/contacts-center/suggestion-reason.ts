/** Why someone is suggested, in words: on the home view's People you may know and on rows of the Suggested filter. */
import { msg, str } from '@lit/localize';
import type { SuggestionReason } from '../../backend/backend.js';
import type { Person } from '../../model/person.js';
import { formatCount, isSingular } from '../../i18n/formatters.js';

/** "4 mutual connections · Also at Acme" (the organisation only when the person names one). */
export function suggestionReason(reason: SuggestionReason, person: Pick<Person, 'organization'>): string {
  const reasons: string[] = [];
  const n = reason.mutualCount;
  if (n > 0) reasons.push(isSingular(n) ? msg(str`${formatCount(n)} mutual connection`) : msg(str`${formatCount(n)} mutual connections`));
  if (reason.sharedOrganization && person.organization) reasons.push(msg(str`Also at ${person.organization}`));
  return reasons.join(' · ');
}
