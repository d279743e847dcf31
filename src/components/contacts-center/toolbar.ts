import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PeopleFilter } from '../../backend/backend.js';
import { PEOPLE_FILTERS } from '../../backend/vocabulary.js';
import { filterLabel } from './messages.js';

/** The search field and the filter, and what the user does with them. */
export interface ToolbarProps {
  query: string;
  filter: PeopleFilter;
  onQuery(query: string): void;
  onFilter(filter: PeopleFilter): void;
  /** A key in the search field (ArrowDown goes to the results). */
  onKeydown(event: KeyboardEvent): void;
}

/** The list's search field and filter (`role="search"`). */
export function toolbar(props: ToolbarProps): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="search">
    <input
      type="search"
      part="search"
      aria-label=${msg('Search people')}
      placeholder=${msg('Search people')}
      autocomplete="off"
      .value=${live(props.query)}
      @input=${(e: InputEvent) => props.onQuery((e.target as HTMLInputElement).value)}
      @keydown=${props.onKeydown}
    />
    <label class="filter-label">
      <span>${msg('Show')}</span>
      <select part="filter" @change=${(e: Event) => props.onFilter((e.target as HTMLSelectElement).value as PeopleFilter)}>
        ${PEOPLE_FILTERS.map((f) => html`<option value=${f} ?selected=${f === props.filter}>${filterLabel(f)}</option>`)}
      </select>
    </label>
  </div>`;
}
