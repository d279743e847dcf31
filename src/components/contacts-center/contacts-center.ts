import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BackendChange, ContactsBackend, PeopleFilter, PersonEntry } from '../../backend/backend.js';
import { PAGE_SIZES, pageSize } from '../../backend/page-sizes.js';
import { isOneOf, PEOPLE_FILTERS } from '../../backend/vocabulary.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { PeopleSearchController } from '../../controllers/people-search-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import type { VCardVersion } from '../../vcard/types.js';
import '../activity-feed/activity-feed.js';
import { avatarStyles } from '../shared/avatar.js';
import { errorText } from '../shared/error-text.js';
import { emit, type PersonOpenEventDetail } from '../shared/events.js';
import type { ActionContext } from './action-context.js';
import { BulkBar } from './bulk-bar.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { contactsCenterStyles } from './contacts-center.styles.js';
import { Feedback } from './feedback.js';
import { HomeSummary, homeView } from './home-view.js';
import { allConnectionsVCardText, emptyText, filterLabel } from './messages.js';
import { PeopleGrid } from './people-grid.js';
import { ProfileActions } from './profile-actions.js';
import { profileLoading, profileView } from './profile-view.js';
import { toolbar } from './toolbar.js';
import { allConnections, downloadPeople } from './vcard-download.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ActionEventDetail, ErrorEventDetail, SelectEventDetail } from '../shared/events.js';

/** The open profile. `person` is known at once when opened from a row, and refreshed from the adapter. */
interface ProfileState {
  id: string;
  person: Person | undefined;
  relationship: Relationship | undefined;
  error: string | undefined;
}

/**
 * Browse and search people, see your relationship with each, and act on it: connect, accept or decline
 * requests, disconnect, follow, unfollow, block, unblock, and download vCards, for one person or many.
 *
 * A home view shows the viewer's numbers; the list is a virtualized, keyboard-operable grid that pages from the
 * adapter as it scrolls (10,000 people stay smooth); a profile pane shows the open person, their details and
 * their recent activity. Two panes side by side when the element is wide, one when it is narrow (container
 * queries). Everything refreshes live when the adapter reports a change, in this tab or another.
 *
 * @summary People directory with relationship actions, bulk actions and vCard export.
 *
 * @fires {CustomEvent<SelectEventDetail>} cc-select - The open profile or the bulk selection changed.
 *   `detail: { personId, selectedIds }`.
 * @fires {CustomEvent<ActionEventDetail>} cc-action - An action completed. `detail: { action, personIds,
 *   relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads).
 * @fires {CustomEvent<ErrorEventDetail>} cc-error - An action or a load failed. `detail: { error, message, action?,
 *   personIds? }`; `message` is what the user was shown.
 *
 * @csspart layout - The grid holding the two panes.
 * @csspart main-pane - The pane with home, search, bulk bar and list.
 * @csspart profile-pane - The pane with the open profile (or, when wide, a placeholder).
 * @csspart home - The home view: the viewer and their numbers.
 * @csspart viewer - The viewer's avatar and name.
 * @csspart viewer-avatar - The viewer's avatar (also `avatar`).
 * @csspart viewer-name - The viewer's name.
 * @csspart counts - The group of count buttons.
 * @csspart count - Each count button; also `count-connections`, `count-following`, `count-incoming`, `count-followers`.
 * @csspart toolbar - The search field and filter.
 * @csspart search - The search field (`type=search`).
 * @csspart filter - The filter `<select>`.
 * @csspart bulk-bar - The bar of bulk actions, shown while rows are selected.
 * @csspart bulk-count - "3 selected".
 * @csspart bulk-action - Each bulk action button; also `bulk-action-<action>` (connect, follow, unfollow, block, vcard, clear).
 * @csspart list - The people grid (`role="grid"`), the scroll container.
 * @csspart row - One person row; selected rows also have `row-selected`.
 * @csspart checkbox - A row's selection checkbox.
 * @csspart avatar - Avatars in rows.
 * @csspart name - A row's name.
 * @csspart job-title - A row's or the profile's job title.
 * @csspart badge - A row's relationship badge.
 * @csspart loading - The loading message of the list.
 * @csspart loading-more - Shown while the next page loads.
 * @csspart empty - The list's empty message.
 * @csspart list-error - The list's failure message and Retry button.
 * @csspart download-all - The "Download all connections as vCard" button.
 * @csspart profile - The profile section.
 * @csspart back-button - The profile's "Back to list" button.
 * @csspart profile-avatar - The profile's avatar (also `avatar`).
 * @csspart error - The profile's load failure and its Retry button.
 * @csspart profile-name - The profile's heading.
 * @csspart organization - The profile's organization.
 * @csspart relationship - The relationship in words.
 * @csspart actions - The profile's action buttons.
 * @csspart action - Each action button; also `action-<action>` (connect, cancel-request, accept, decline,
 *   disconnect, follow, unfollow, block, unblock, vcard).
 * @csspart details - The profile's contact details.
 * @csspart activity - The profile's recent activity.
 * @csspart placeholder - The empty profile pane.
 * @csspart status - The polite live region that says what happened.
 * @csspart alert - The failure message (`role="alert"`).
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-confirm - The dialog's confirming button.
 * @csspart dialog-cancel - The dialog's Cancel button.
 *
 * @cssprop [--cc-color-background] - Background.
 * @cssprop [--cc-color-surface] - Surfaces: buttons, badges, hovered rows.
 * @cssprop [--cc-color-text] - Text colour.
 * @cssprop [--cc-color-text-muted] - Secondary text: job titles, counts.
 * @cssprop [--cc-color-border] - Borders and separators.
 * @cssprop [--cc-color-accent] - Primary buttons, selected rows, links.
 * @cssprop [--cc-color-on-accent] - Text on the accent colour.
 * @cssprop [--cc-color-danger] - Destructive buttons and errors.
 * @cssprop [--cc-color-success] - The status message.
 * @cssprop [--cc-focus-ring-color] - Focus outline.
 * @cssprop [--cc-radius] - Corner radius.
 * @cssprop [--cc-spacing] - Base spacing.
 * @cssprop [--cc-font-family] - Font.
 * @cssprop [--cc-font-size] - Base font size.
 * @cssprop [--cc-avatar-size] - Avatar diameter.
 * @cssprop [--cc-list-height=28rem] - Height of the list when the element itself has no fixed height.
 */
@localized()
@customElement('contacts-center')
export class ContactsCenter extends ContactsElement {
  static override styles = [themeStyles, avatarStyles, contactsCenterStyles];

  /** Which people the list shows. */
  @property({ reflect: true }) filter: PeopleFilter = 'all';

  /** The search text. Typing updates it (and the attribute); setting it searches. */
  @property({ reflect: true }) query = '';

  /** The person whose profile is open; `null` for none. Setting it opens the profile (deep link). */
  @property({ attribute: 'person-id', reflect: true }) personId: string | null = null;

  /** The vCard version the download buttons write: `3.0` (most compatible, default) or `4.0`. */
  @property({ attribute: 'vcard-version', reflect: true }) vcardVersion: VCardVersion = '3.0';

  /** Rows fetched per page, 1 to 200. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  @state() private profile: ProfileState | undefined;
  @state() private downloadingAll = false;

  private readonly feedback = new Feedback(this);
  private readonly home = new HomeSummary(this, (error) => this.feedback.report(error, 'load'));
  private readonly search = new PeopleSearchController(this, {
    onError: (error) => this.feedback.report(error, 'load'),
  });
  private readonly selection = new SelectionController<PersonEntry>(this, (selectedIds) =>
    emit(this, 'cc-select', { personId: this.personId, selectedIds }),
  );
  private readonly grid = new PeopleGrid(this, {
    search: this.search,
    selection: this.selection,
    currentId: () => this.personId,
    onOpen: (entry, index) => this.openProfile(entry, index),
  });
  private readonly dialog = new ConfirmDialog(this);
  private readonly actionContext: ActionContext = {
    backend: () => this.backendController.backend,
    version: () => this.version,
    confirm: (question) => this.dialog.confirm(question),
    applyRelationship: (personId, relationship) => this.applyRelationship(personId, relationship),
    announce: (text) => void this.feedback.announce(text),
    reportError: (error, action, personIds) => this.feedback.report(error, action, personIds),
    changed: () => this.home.scheduleCounts(),
  };
  private readonly profileActions = new ProfileActions(this, { ...this.actionContext, person: () => this.profile?.person });
  private readonly bulkBar = new BulkBar(this, { ...this.actionContext, selection: this.selection });
  /** Only the newest profile load's answer is shown. */
  private readonly profileRead = new LatestRead();
  /** The profile heading should take focus as soon as it is rendered. */
  private focusHeading = false;
  /** The row a profile was opened from, to return focus to when it closes. */
  private returnFocusId: string | null = null;

  /** The filter in effect: an unknown `filter` value shows everyone rather than an error. */
  private get activeFilter(): PeopleFilter {
    return isOneOf(PEOPLE_FILTERS, this.filter) ? this.filter : 'all';
  }

  private get effectivePageSize(): number {
    return pageSize('people', this.pageSize, { clamp: true, fallback: 100 });
  }

  /** The vCard version in effect: anything but `4.0` writes the most compatible 3.0. */
  private get version(): VCardVersion {
    return this.vcardVersion === '4.0' ? '4.0' : '3.0';
  }

  /** Ids of the rows selected for bulk actions. */
  get selectedIds(): string[] {
    return this.selection.ids;
  }

  /** Clears the bulk selection. */
  clearSelection(): void {
    this.selection.clear();
  }

  protected override onBackendChanged(backend: ContactsBackend | undefined): void {
    // Another backend may be another viewer: their selection and messages are not this one's.
    this.selection.clear();
    this.feedback.clear();
    this.search.pageSize = this.effectivePageSize;
    this.search.search(this.query, this.activeFilter, true);
    this.search.setBackend(backend);
    this.home.load(backend);
    if (!backend) return;
    if (this.personId) this.loadProfile(this.personId, false);
  }

  protected override onDataChanged(change: BackendChange): void {
    this.home.scheduleCounts();
    this.search.refresh();
    const id = this.profile?.id;
    if (id && (change.personIds.length === 0 || change.personIds.includes(id))) this.loadProfile(id, true);
  }

  /**
   * Loads the profile of `id`. `quiet` keeps what is shown (a live refresh); otherwise the pane starts from
   * the list's copy of the person, if any, so the heading can take focus at once.
   */
  private loadProfile(id: string, quiet: boolean): void {
    const backend = this.backendController.backend;
    this.profileRead.abort();
    if (!quiet || this.profile?.id !== id) {
      const entry = this.search.entries.find((e) => e.person.id === id);
      this.profile = { id, person: entry?.person, relationship: entry?.relationship, error: undefined };
    }
    if (!backend) return;
    void this.profileRead.run(
      (signal) => Promise.all([backend.getPerson(id, { signal }), backend.getRelationship(id, { signal })]),
      ([person, relationship]) => (this.profile = { id, person, relationship, error: undefined }),
      (error) => {
        this.profile = { ...this.profile!, error: errorText(error) };
        this.feedback.report(error, 'load', [id]);
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.search.pageSize = this.effectivePageSize;
    // The controller ignores a search for what it already shows, so the first update costs no extra query.
    if (changed.has('query') || changed.has('filter')) {
      if (changed.has('filter') || this.search.query !== this.query) {
        this.grid.reset();
      }
      this.search.search(this.query, this.activeFilter);
    }
    if (changed.has('personId')) {
      if (this.personId === null) this.profile = undefined;
      else if (this.profile?.id !== this.personId) this.loadProfile(this.personId, false);
    }
  }

  protected override updated(): void {
    if (this.focusHeading) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#profile-name');
      if (heading && this.profile?.person?.id === this.personId) {
        this.focusHeading = false;
        heading.focus();
      }
    }
  }

  private openProfile(entry: PersonEntry, index: number): void {
    this.grid.navigation.activeIndex = index;
    this.returnFocusId = entry.person.id;
    this.showPerson(entry.person.id);
  }

  /** Opens `personId`'s profile as the user's choice: emits `cc-select` and moves focus to its heading. */
  private showPerson(personId: string): void {
    if (this.personId !== personId) {
      this.personId = personId;
      emit(this, 'cc-select', { personId, selectedIds: this.selection.ids });
    }
    // The heading may only exist once the person has loaded (opened from the feed): updated() focuses it.
    this.focusHeading = true;
    this.requestUpdate();
  }

  /**
   * A name chosen in the profile's recent-activity feed opens that person here, which the host hears as
   * `cc-select`; the feed inside is this element's own part, so its event goes no further.
   */
  private onFeedPersonOpen(event: CustomEvent<PersonOpenEventDetail>): void {
    event.stopPropagation();
    this.showPerson(event.detail.personId);
  }

  private async closeProfile(): Promise<void> {
    if (this.personId === null) return;
    this.personId = null;
    this.focusHeading = false;
    emit(this, 'cc-select', { personId: null, selectedIds: this.selection.ids });
    await this.updateComplete;
    const index = this.search.entries.findIndex((e) => e.person.id === this.returnFocusId);
    this.returnFocusId = null;
    if (index >= 0) await this.grid.navigation.focusRow(index);
    else if (this.search.entries.length) await this.grid.navigation.focusActive();
    else this.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  private onProfileKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.dialog.isOpen) return;
    event.preventDefault();
    void this.closeProfile();
  }

  private applyRelationship(personId: string, relationship: Relationship): void {
    if (this.profile?.id === personId) this.profile = { ...this.profile, relationship };
    this.search.patchRelationship(personId, relationship);
    const entry = this.search.entries.find((e) => e.person.id === personId);
    if (entry) this.selection.refreshItem(personId, entry);
  }

  /** Pages through every connection (not just the loaded rows) into one file. */
  private async downloadAllConnections(): Promise<void> {
    const backend = this.backendController.backend;
    if (!backend || this.downloadingAll) return;
    this.downloadingAll = true;
    try {
      const people = await allConnections(backend, PAGE_SIZES.people.max);
      await downloadPeople(people, this.version);
      void this.feedback.announce(allConnectionsVCardText(people.length));
      emit(this, 'cc-action', { action: 'vcard', personIds: people.map((p) => p.id) });
    } catch (error) {
      this.feedback.report(error, 'vcard');
    } finally {
      this.downloadingAll = false;
    }
  }

  /** ArrowDown from the search field goes to the results. */
  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' || this.search.entries.length === 0) return;
    event.preventDefault();
    void this.grid.navigation.focusActive();
  }

  private openList(filter: PeopleFilter): void {
    this.query = '';
    this.filter = filter;
    if (this.personId !== null) {
      this.personId = null;
      emit(this, 'cc-select', { personId: null, selectedIds: this.selection.ids });
    }
  }

  protected override render(): TemplateResult {
    const profileOpen = this.personId !== null;
    return html`<div class="layout ${profileOpen ? 'has-profile' : ''}" part="layout">
        <div class="main-pane" part="main-pane">
          ${homeView({ viewer: this.home.viewer, counts: this.home.counts, onOpenList: (f) => this.openList(f) })}
          ${toolbar({
            query: this.query,
            filter: this.activeFilter,
            onQuery: (query) => (this.query = query),
            onFilter: (filter) => (this.filter = filter),
            onKeydown: (event) => this.onSearchKeydown(event),
          })}
          ${this.bulkBar.render()} ${this.renderList()}
        </div>
        <div class="side-pane" part="profile-pane" @keydown=${this.onProfileKeydown}>${this.renderProfile()}</div>
      </div>
      ${this.feedback.render()} ${this.dialog.render()}`;
  }

  private renderList(): TemplateResult {
    const body = this.grid.render(filterLabel(this.activeFilter), () => emptyText(this.activeFilter, this.query));
    const downloadAll =
      this.activeFilter === 'connections' && this.search.entries.length > 0 && !this.query.trim()
        ? html`<button
            type="button"
            class="download-all"
            part="download-all"
            ?disabled=${this.downloadingAll}
            @click=${() => void this.downloadAllConnections()}
          >
            ${msg('Download all connections as vCard')}
          </button>`
        : nothing;
    return html`<div class="list-pane">${body}${downloadAll}</div>`;
  }

  private renderProfile(): TemplateResult {
    const profile = this.profile;
    if (!profile) {
      return html`<p class="placeholder" part="placeholder">${msg('Choose a person to see their profile.')}</p>`;
    }
    if (!profile.person) {
      return profileLoading({
        error: profile.error,
        onBack: () => void this.closeProfile(),
        onRetry: () => this.loadProfile(profile.id, false),
      });
    }
    return profileView({
      person: profile.person,
      relationship: profile.relationship,
      error: profile.error,
      pending: this.profileActions.pending,
      backend: this.backendController.backend,
      onAction: (action, event) => void this.profileActions.run(action, event),
      onBack: () => void this.closeProfile(),
      onRetry: () => this.loadProfile(profile.id, false),
      onFeedPersonOpen: (event) => this.onFeedPersonOpen(event),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-center': ContactsCenter;
  }
}
