import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PeopleFilter, RelationshipCounts } from '../../backend/backend.js';
import type { Person } from '../../model/person.js';
import { avatar } from '../shared/avatar.js';
import { countText } from './messages.js';

export interface HomeViewProps {
  viewer: Person | undefined;
  /** Undefined while loading; `null` when loading failed (nothing to show; the element's alert explains). */
  counts: RelationshipCounts | null | undefined;
  /** The list a count opens. */
  onOpenList: (filter: PeopleFilter) => void;
}

const COUNTS: readonly { kind: 'connections' | 'following' | 'incoming' | 'followers'; filter: PeopleFilter }[] = [
  { kind: 'connections', filter: 'connections' },
  { kind: 'following', filter: 'following' },
  { kind: 'incoming', filter: 'incoming' },
  { kind: 'followers', filter: 'followers' },
];

/** The viewer and their numbers; each number is a button that opens its list. */
export function homeView(props: HomeViewProps): TemplateResult {
  const { viewer, counts } = props;
  return html`<header class="home" part="home">
    ${viewer
      ? html`<div class="viewer" part="viewer">
          ${avatar(viewer, 'avatar viewer-avatar')}
          <p class="viewer-name" part="viewer-name">${viewer.displayName}</p>
        </div>`
      : nothing}
    <div class="counts" part="counts" role="group" aria-label=${msg('Your network')}>
      ${counts
        ? COUNTS.map(
            ({ kind, filter }) => html`<button
              type="button"
              class="count"
              part="count count-${kind}"
              data-count=${kind}
              @click=${() => props.onOpenList(filter)}
            >
              ${countText(kind, counts)}
            </button>`,
          )
        : counts === undefined
          ? html`<span class="muted">${msg('Loading…')}</span>`
          : nothing}
    </div>
  </header>`;
}
