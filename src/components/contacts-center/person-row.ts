import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import { keyed } from 'lit/directives/keyed.js';
import { avatar, safeImageUrl } from '../shared/avatar.js';
import { badgeText } from './messages.js';

export interface PersonRowProps {
  entry: PersonEntry;
  index: number;
  top: number;
  /** The row in the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
  /** The row whose profile is open. */
  current: boolean;
}

/**
 * One row of the people grid (its element is re-used for other people as the list scrolls, so everything
 * about the person is a binding): a selection checkbox, the person, and their relationship badge. The checkbox is
 * out of the tab order: the row itself is focusable and Space toggles it.
 */
export function personRow(props: PersonRowProps): TemplateResult {
  const { entry, index, top } = props;
  const { person, relationship } = entry;
  const badge = badgeText(relationship);
  return html`<div
    role="row"
    class="row"
    part=${props.selected ? 'row row-selected' : 'row'}
    data-index=${index}
    data-id=${person.id}
    tabindex=${props.active ? 0 : -1}
    aria-rowindex=${index + 1}
    aria-selected=${props.selected ? 'true' : 'false'}
    aria-current=${props.current ? 'true' : nothing}
    style="transform:translateY(${top}px)"
  >
    <div role="gridcell" class="cell-check">
      <input
        type="checkbox"
        part="checkbox"
        tabindex="-1"
        .checked=${props.selected}
        aria-label=${msg(str`Select ${person.displayName}`)}
      />
    </div>
    <div role="gridcell" class="cell-person">
      ${
        // A row element is re-used for other people as the list scrolls, and a broken image removes its <img>:
        // another image URL gets a fresh avatar rather than the removed one.
        keyed(safeImageUrl(person.avatarUrl) ?? '', avatar(person))
      }
      <span class="who">
        <span class="name" part="name">${person.displayName}</span>
        ${person.jobTitle ? html`<span class="job" part="job-title">${person.jobTitle}</span>` : nothing}
      </span>
    </div>
    <div role="gridcell" class="cell-badge">
      ${badge ? html`<span class="badge" part="badge" data-badge=${badge}>${badge}</span>` : nothing}
    </div>
  </div>`;
}
