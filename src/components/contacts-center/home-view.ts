import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend, PeopleFilter, RelationshipCounts } from '../../backend/backend.js';
import type { Person } from '../../model/person.js';
import { avatar } from '../shared/avatar.js';
import { countText } from './messages.js';
import { shownName } from '../shared/user-text.js';

export interface HomeViewProps {
  viewer: Person | undefined;
  /** Undefined while loading; `null` when loading failed (nothing to show; the element's alert explains). */
  counts: RelationshipCounts | null | undefined;
  /** The list a count opens. */
  onOpenList: (filter: PeopleFilter) => void;
  /** Opens the form on the viewer's own profile. */
  onEditProfile?: () => void;
  /** Opens the form on a new personal contact; absent when the adapter keeps none. */
  onNewContact?: (() => void) | undefined;
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
    ${
      viewer
        ? html`<div class="viewer" part="viewer">
            ${avatar(viewer, 'avatar viewer-avatar')}
            <p class="viewer-name user-text" part="viewer-name" dir="auto">${shownName(viewer)}</p>
            ${
              props.onEditProfile
                ? html`<button type="button" class="edit-profile" part="edit-profile" @click=${props.onEditProfile}>
                    ${msg('Edit profile')}
                  </button>`
                : nothing
            }
            ${
              props.onNewContact
                ? html`<button type="button" class="new-contact" part="new-contact" @click=${props.onNewContact}>
                    ${msg('New contact')}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="counts" part="counts" role="group" aria-label=${msg('Your network')}>
      ${
        counts
          ? COUNTS.map(
              ({ kind, filter }) =>
                html`<button
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
            : nothing
      }
    </div>
  </header>`;
}

/** The home view's data: the viewer and their counts, loaded per backend; re-read after changes. */
export class HomeSummary implements ReactiveController {
  private backend: ContactsBackend | undefined;
  private viewerValue: Person | undefined;
  private countsValue: RelationshipCounts | null | undefined;
  private countsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  get viewer(): Person | undefined {
    return this.viewerValue;
  }

  /** `null` once loading them failed (the alert says so), so the home view stops saying "Loading…". */
  get counts(): RelationshipCounts | null | undefined {
    return this.countsValue;
  }

  hostDisconnected(): void {
    clearTimeout(this.countsTimer);
  }

  /** Starts over with `backend`'s viewer. */
  load(backend: ContactsBackend | undefined): void {
    this.backend = backend;
    this.viewerValue = undefined;
    this.countsValue = undefined;
    this.host.requestUpdate();
    if (!backend) return;
    this.loadViewer();
    this.loadCounts();
  }

  /**
   * After a change: the counts re-read, and the viewer too while it could not be read, as on a first load that
   * connected before `importWorld` had written the viewer (the import's change brings them), or when the change
   * names the viewer or no one (their profile may have changed).
   */
  refresh(personIds: readonly string[] = []): void {
    // The viewer's own profile changed (here or in another tab): read it again.
    if (!this.viewerValue || personIds.length === 0 || personIds.includes(this.viewerValue.id)) this.loadViewer();
    this.scheduleCounts();
  }

  /** Merges the bursts of changes a bulk action causes into one count reload. */
  scheduleCounts(): void {
    clearTimeout(this.countsTimer);
    this.countsTimer = setTimeout(() => this.loadCounts(), 60);
  }

  private loadViewer(): void {
    const backend = this.backend;
    if (!backend) return;
    backend.getViewer().then(
      (viewer) => {
        if (this.backend === backend) this.viewerValue = viewer;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.backend === backend) this.onError(error);
      },
    );
  }

  private loadCounts(): void {
    const backend = this.backend;
    if (!backend) return;
    backend.getCounts().then(
      (counts) => {
        if (this.backend === backend) this.countsValue = counts;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.backend === backend) this.countsValue ??= null;
        this.host.requestUpdate();
        this.onError(error);
      },
    );
  }
}
