import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { MutualConnections, PersonEntry } from '../../backend/backend.js';
import { mutualSentence } from './mutual-view.js';
import { suggestionReason } from './suggestion-reason.js';
import { keyed } from 'lit/directives/keyed.js';
import { imageUrl } from '../../model/url-policy.js';
import { avatar } from '../shared/avatar.js';
import { badgeText } from './messages.js';
import { shownName } from '../shared/user-text.js';
import type { RowMatch } from './row-match.js';

export interface PersonRowProps {
  entry: PersonEntry;
  index: number;
  top: number;
  /** The row in the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
  /** The row whose profile is open. */
  current: boolean;
  /** The initial heading shown beside the row: set on the first row of each initial, `undefined` on the rest. */
  initial: string | undefined;
  /** What the search matched besides the name, shown instead of the job title. */
  match: RowMatch | undefined;
  /** The people the viewer and this person both know; a line says so when there are any. */
  mutual: MutualConnections | undefined;
}

/**
 * One row of the people grid (its element is re-used for other people as the list scrolls, so everything
 * about the person is a binding): the initial heading (on the first row of each initial, in a cell of its own so
 * rows keep one height), a selection checkbox, the person with what the search matched, and their relationship
 * badge. The checkbox is
 * out of the tab order: the row itself is focusable and Space toggles it.
 */
export function personRow(props: PersonRowProps): TemplateResult {
  const { entry, index, top } = props;
  const { person, relationship } = entry;
  // A personal contact has no relationship: its badge says it is the viewer's own.
  const badge = entry.personal ? msg('Your contact') : badgeText(relationship);
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
    <div role="gridcell" class="cell-initial" part=${props.initial ? 'initial' : nothing}>
      ${props.initial ? html`<span class="initial" data-initial=${props.initial}>${props.initial}</span>` : nothing}
    </div>
    <div role="gridcell" class="cell-check">
      <input type="checkbox" part="checkbox" tabindex="-1" .checked=${props.selected} aria-label=${msg(str`Select ${shownName(person)}`)} />
    </div>
    <div role="gridcell" class="cell-person">
      ${
        // A row element is re-used for other people as the list scrolls, and a broken image removes its <img>:
        // another image URL gets a fresh avatar rather than the removed one.
        keyed(imageUrl(person.avatarUrl) ?? '', avatar(person))
      }
      <span class="who">
        <span class="name user-text" part="name" dir="auto">${shownName(person)}</span>
        ${
          props.match
            ? html`<span class="job match user-text" part="match" dir="auto" data-field=${props.match.field}>${props.match.text}</span>`
            : person.jobTitle
              ? html`<span class="job user-text" part="job-title" dir="auto">${person.jobTitle}</span>`
              : nothing
        }
        ${
          // A suggestion's reason says how many connections are shared, so it stands in for the mutual line.
          entry.suggestion
            ? html`<span class="job suggestion-reason user-text" part="suggestion-reason"
                >${suggestionReason(entry.suggestion, person)}</span
              >`
            : entry.linkedContact?.note
              ? html`<span class="job contact-note user-text" part="contact-note" dir="auto"
                  >${msg(str`Your note: ${entry.linkedContact.note}`)}</span
                >`
              : props.mutual && props.mutual.count > 0
                ? html`<span class="job mutual-line user-text" part="mutual-line" data-mutual=${props.mutual.count}
                    >${mutualSentence(props.mutual)}</span
                  >`
                : nothing
        }
      </span>
    </div>
    <div role="gridcell" class="cell-badge">
      ${badge ? html`<span class="badge" part="badge" data-badge=${badge}>${badge}</span>` : nothing}
    </div>
  </div>`;
}
