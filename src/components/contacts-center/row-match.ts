import { msg, str } from '@lit/localize';
import { matchedFields, queryWords, words } from '../../backend/search-text.js';
import type { Person } from '../../model/person.js';

/** What a row says matched a search, when it was not (only) the name: "Email: jane.doe@example.com". */
export interface RowMatch {
  field: 'email' | 'organization' | 'jobTitle';
  text: string;
}

/**
 * The field other than the name in which the search matched `person` (the first in `SEARCH_FIELDS` order), in
 * words for the row's second line; `undefined` when only the name matched or there is no search.
 */
export function rowMatch(person: Person, query: string): RowMatch | undefined {
  const words_ = queryWords(query);
  const field = matchedFields(person, words_).find((f) => f !== 'name');
  switch (field) {
    case 'email': {
      const email = person.emails.find((e) => words(e.value).some((w) => words_.some((q) => w.startsWith(q) || q.startsWith(w))));
      const value = (email ?? person.emails[0])?.value ?? '';
      return { field, text: msg(str`Email: ${value}`) };
    }
    case 'organization':
      return { field, text: msg(str`Organization: ${person.organization ?? ''}`) };
    case 'jobTitle':
      return { field, text: msg(str`Job title: ${person.jobTitle ?? ''}`) };
    default:
      return undefined;
  }
}
