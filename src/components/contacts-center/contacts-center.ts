import { localized, msg } from '@lit/localize';
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BackendChange, ContactsBackend, PeopleFilter, PersonEntry, RelationshipCounts } from '../../backend/backend.js';
import { PAGE_SIZES, pageSize } from '../../backend/page-sizes.js';
import { isOneOf, PEOPLE_FILTERS } from '../../backend/vocabulary.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { PeopleSearchController } from '../../controllers/people-search-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import { VirtualWindowController } from '../../controllers/virtual-window-controller.js';
import type { Person } from '../../model/person.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import type { VCardVersion } from '../../vcard/types.js';
import { getLocale } from '../../i18n/localization.js';
import '../activity-feed/activity-feed.js';
import { avatarStyles } from '../shared/avatar.js';
import { canRetry, errorText } from '../shared/error-text.js';
import { emit, type SelectEventDetail } from '../shared/events.js';
import { performAction } from './actions.js';
import { contactsCenterStyles } from './contacts-center.styles.js';
import { homeView } from './home-view.js';
import { personRow } from './person-row.js';
import { profileView } from './profile-view.js';
import { downloadPeople } from './vcard-download.js';
import {
  actionDoneText,
  allConnectionsVCardText,
  blockConfirmTitle,
  bulkBlockConfirmTitle,
  bulkDoneText,
  bulkVCardText,
  emptyText,
  filterLabel,
  selectedText,
  type BulkAction,
} from './text.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ActionEventDetail, ErrorEventDetail, SelectEventDetail } from '../shared/events.js';

/** Row height (px) assumed until a row has been measured; matches `--_row-height` in the styles. */
const DEFAULT_ROW_HEIGHT = 60;
/** Start fetching the next page when the window's end is this close to the last loaded row (at least). */
const LOAD_AHEAD_ROWS = 30;
/** When scrolling fast, start fetching the next page this many scrolls (of the last scroll's length) ahead. */
const FAST_LOAD_AHEAD_SCROLLS = 6;

/** The open profile. `person` is known at once when opened from a row, and refreshed from the adapter. */
interface ProfileState {
  id: string;
  person: Person | undefined;
  relationship: Relationship | undefined;
  error: string | undefined;
}

/** A question in the confirmation dialog, and how to answer it. */
interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
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
 * @fires {CustomEvent<SelectEventDetail>} cc-select - The open profile or the bulk selection changed. `detail: { personId, selectedIds }`.
 * @fires {CustomEvent<ActionEventDetail>} cc-action - An action completed. `detail: { action, personIds, relationship? }` (`relationship` for
 *   single-person relationship actions; `action: 'vcard'` for downloads).
 * @fires {CustomEvent<ErrorEventDetail>} cc-error - An action or a load failed. `detail: { error, message, action?, personIds? }`; `message` is
 *   what the user was shown.
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

  @state() private viewer: Person | undefined;
  /** `null` once loading them failed (the alert says so), so the home view stops saying "Loading…". */
  @state() private counts: RelationshipCounts | null | undefined;
  @state() private profile: ProfileState | undefined;
  /** The profile action in flight; every action button is disabled meanwhile (no double submit). */
  @state() private pending: RelationshipAction | 'vcard' | null = null;
  @state() private bulkPending = false;
  @state() private downloadingAll = false;
  @state() private statusText = '';
  @state() private alertText = '';
  /** The row in the tab order. */
  @state() private activeIndex = 0;
  @state() private confirmation: Confirmation | undefined;

  @query('.grid') private grid!: HTMLElement | null;
  @query('.rows') private rowGroup!: HTMLElement | null;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly search = new PeopleSearchController(this, {
    onError: (error) => this.reportError(error, 'load'),
  });
  private readonly selection = new SelectionController<PersonEntry>(this, (selectedIds) =>
    emit(this, 'cc-select', { personId: this.personId, selectedIds }),
  );
  // A scroll re-renders the rows alone, not the whole element (home, toolbar, profile): see renderRows.
  private readonly window = new VirtualWindowController(this, {
    rowHeight: DEFAULT_ROW_HEIGHT,
    onScroll: () => this.renderRows(),
  });
  /** Only the newest profile load's answer is shown. */
  private readonly profileRead = new LatestRead();
  private countsTimer: ReturnType<typeof setTimeout> | undefined;
  /** The profile heading should take focus as soon as it is rendered. */
  private focusHeading = false;
  /** The list shows "Loading more…" (the next page loads and the rendered rows reach the last loaded one). */
  private loadingMoreShown = false;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countsTimer);
  }

  // ---- loading -------------------------------------------------------------------------------------------

  protected override onBackendChanged(backend: ContactsBackend | undefined): void {
    this.viewer = undefined;
    this.counts = undefined;
    // Another backend may be another viewer: their selection and messages are not this one's.
    this.selection.clear();
    this.statusText = '';
    this.alertText = '';
    this.search.pageSize = this.effectivePageSize;
    this.search.search(this.query, this.activeFilter, true);
    this.search.setBackend(backend);
    if (!backend) return;
    backend.getViewer().then(
      (viewer) => {
        if (this.backendController.backend === backend) this.viewer = viewer;
      },
      (error: unknown) => this.reportError(error, 'load'),
    );
    this.loadCounts();
    if (this.personId) this.loadProfile(this.personId, false);
  }

  protected override onDataChanged(change: BackendChange): void {
    this.scheduleCounts();
    this.search.refresh();
    const id = this.profile?.id;
    if (id && (change.personIds.length === 0 || change.personIds.includes(id))) this.loadProfile(id, true);
  }

  private loadCounts(): void {
    const backend = this.backendController.backend;
    if (!backend) return;
    backend.getCounts().then(
      (counts) => {
        if (this.backendController.backend === backend) this.counts = counts;
      },
      (error: unknown) => {
        if (this.backendController.backend === backend) this.counts ??= null;
        this.reportError(error, 'load');
      },
    );
  }

  /** Merges the bursts of changes a bulk action causes into one count reload. */
  private scheduleCounts(): void {
    clearTimeout(this.countsTimer);
    this.countsTimer = setTimeout(() => this.loadCounts(), 60);
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
        this.reportError(error, 'load', [id]);
      },
    );
  }

  // ---- lifecycle -----------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.search.pageSize = this.effectivePageSize;
    // The controller ignores a search for what it already shows, so the first update costs no extra query.
    if (changed.has('query') || changed.has('filter')) {
      if (changed.has('filter') || this.search.query !== this.query) {
        this.activeIndex = 0;
        if (this.grid) this.grid.scrollTop = 0;
      }
      this.search.search(this.query, this.activeFilter);
    }
    if (changed.has('personId')) {
      if (this.personId === null) this.profile = undefined;
      else if (this.profile?.id !== this.personId) this.loadProfile(this.personId, false);
    }
    const count = this.search.entries.length;
    if (this.activeIndex >= count) this.activeIndex = Math.max(0, count - 1);
  }

  protected override updated(): void {
    if (this.focusHeading) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#profile-name');
      if (heading && this.profile?.person?.id === this.personId) {
        this.focusHeading = false;
        heading.focus();
      }
    }
    this.window.observe(this.grid ?? undefined);
    this.renderRows();
    this.window.measure(this.grid?.querySelector<HTMLElement>('.row'));
  }

  // ---- feedback ------------------------------------------------------------------------------------------

  /** Says what happened in the polite live region (clearing it first so a repeated sentence is re-announced). */
  private async announce(text: string): Promise<void> {
    this.alertText = '';
    this.statusText = '';
    await this.updateComplete;
    this.statusText = text;
  }

  private reportError(error: unknown, action: RelationshipAction | 'vcard' | 'load', personIds?: string[]): void {
    const message = errorText(error);
    // Load failures are shown where the data would be; action failures interrupt.
    if (action !== 'load') this.alertText = message;
    emit(this, 'cc-error', { error, message, action, ...(personIds ? { personIds } : {}) });
  }

  // ---- profile -------------------------------------------------------------------------------------------

  private openProfile(entry: PersonEntry, index: number): void {
    this.activeIndex = index;
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

  /** A name chosen in the recent-activity feed opens that person here rather than leaving it to the host. */
  private onFeedSelect(event: CustomEvent<SelectEventDetail>): void {
    event.stopPropagation();
    if (event.detail.personId) this.showPerson(event.detail.personId);
  }

  private async closeProfile(): Promise<void> {
    if (this.personId === null) return;
    this.personId = null;
    this.focusHeading = false;
    emit(this, 'cc-select', { personId: null, selectedIds: this.selection.ids });
    await this.updateComplete;
    const index = this.search.entries.findIndex((e) => e.person.id === this.returnFocusId);
    this.returnFocusId = null;
    if (index >= 0) await this.focusRow(index);
    else if (this.search.entries.length) await this.focusRow(this.activeIndex);
    else this.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  private onProfileKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.confirmation) return;
    event.preventDefault();
    void this.closeProfile();
  }

  private async runAction(action: RelationshipAction | 'vcard', event: Event): Promise<void> {
    const backend = this.backendController.backend;
    const profile = this.profile;
    const person = profile?.person;
    if (!backend || !profile || !person || this.pending) return;
    const button = event.currentTarget as HTMLElement;
    if (action === 'block') {
      const confirmed = await this.confirm({
        title: blockConfirmTitle(person.displayName),
        body: msg('They will not be able to connect with you or follow you, and any connection, requests and follows between you end.'),
        confirmLabel: msg('Block'),
      });
      if (!confirmed) return;
    }
    this.pending = action;
    try {
      if (action === 'vcard') {
        await downloadPeople([person], this.version);
        void this.announce(actionDoneText('vcard', person.displayName));
        emit(this, 'cc-action', { action, personIds: [person.id] });
      } else {
        const relationship = await performAction(backend, action, person.id);
        this.applyRelationship(person.id, relationship);
        void this.announce(actionDoneText(action, person.displayName, relationship));
        emit(this, 'cc-action', { action, personIds: [person.id], relationship });
        this.scheduleCounts();
      }
    } catch (error) {
      this.reportError(error, action, [person.id]);
      // What we showed may be out of date (that is often why it failed): show the truth again.
      if (action !== 'vcard') {
        try {
          this.applyRelationship(person.id, await backend.getRelationship(person.id));
        } catch {
          // The alert already says something is wrong.
        }
      }
    } finally {
      this.pending = null;
    }
    await this.updateComplete;
    this.restoreActionFocus(button);
  }

  /** After an action its button may be gone (Connect became Cancel request): keep focus in the actions. */
  private restoreActionFocus(button: HTMLElement): void {
    const active = this.shadowRoot?.activeElement;
    if (active && active !== button) return;
    if (button.isConnected && !(button as HTMLButtonElement).disabled) {
      button.focus();
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('[part~="actions"] button:not(:disabled)')?.focus();
  }

  private applyRelationship(personId: string, relationship: Relationship): void {
    if (this.profile?.id === personId) this.profile = { ...this.profile, relationship };
    this.search.patchRelationship(personId, relationship);
    const entry = this.search.entries.find((e) => e.person.id === personId);
    if (entry) this.selection.refreshItem(personId, entry);
  }

  // ---- confirmation --------------------------------------------------------------------------------------

  /** Asks in a modal dialog; on Cancel, focus returns to what had it (the Block button). */
  private async confirm(question: Omit<Confirmation, 'resolve'>): Promise<boolean> {
    // One question at a time: a second click while the dialog opens is not a second request.
    if (this.confirmation) return false;
    const opener = this.shadowRoot?.activeElement as HTMLElement | null;
    const answer = new Promise<boolean>((resolve) => (this.confirmation = { ...question, resolve }));
    await this.updateComplete;
    this.dialog?.showModal();
    const confirmed = await answer;
    if (!confirmed) opener?.focus();
    return confirmed;
  }

  /**
   * Answers from the synchronous submit and cancel events, never from \`close\`: that one is queued, and could
   * arrive after the next question was asked and answer it.
   */
  private answer(confirmed: boolean): void {
    const confirmation = this.confirmation;
    if (!confirmation) return;
    this.confirmation = undefined;
    confirmation.resolve(confirmed);
  }

  private onDialogSubmit(event: SubmitEvent): void {
    this.answer((event.submitter as HTMLButtonElement | null)?.value === 'confirm');
  }

  // ---- bulk ----------------------------------------------------------------------------------------------

  private async runBulk(action: BulkAction): Promise<void> {
    const backend = this.backendController.backend;
    const entries = this.selection.items;
    if (!backend || entries.length === 0 || this.bulkPending) return;
    if (action === 'block') {
      const confirmed = await this.confirm({
        title: bulkBlockConfirmTitle(entries.length),
        body: msg('They will not be able to connect with you or follow you, and any connection, requests and follows between you end.'),
        confirmLabel: msg('Block'),
      });
      if (!confirmed) return;
    }
    this.bulkPending = true;
    const done: string[] = [];
    const failed: string[] = [];
    let firstError: unknown;
    for (const { person } of entries) {
      try {
        this.applyRelationship(person.id, await performAction(backend, action, person.id));
        done.push(person.id);
      } catch (error) {
        failed.push(person.id);
        firstError ??= error;
      }
    }
    this.bulkPending = false;
    const reason = failed.length ? errorText(firstError) : '';
    void this.announce(bulkDoneText(action, done.length, failed.length, reason));
    if (done.length) emit(this, 'cc-action', { action, personIds: done });
    if (failed.length) emit(this, 'cc-error', { error: firstError, message: reason, action, personIds: failed });
    this.scheduleCounts();
  }

  private async bulkVCard(): Promise<void> {
    const people = this.selection.items.map((e) => e.person);
    if (people.length === 0 || this.bulkPending) return;
    this.bulkPending = true;
    try {
      await downloadPeople(people, this.version);
      void this.announce(bulkVCardText(people.length));
      emit(this, 'cc-action', { action: 'vcard', personIds: people.map((p) => p.id) });
    } catch (error) {
      this.reportError(error, 'vcard', people.map((p) => p.id));
    } finally {
      this.bulkPending = false;
    }
  }

  /** Pages through every connection (not just the loaded rows) into one file. */
  private async downloadAllConnections(): Promise<void> {
    const backend = this.backendController.backend;
    if (!backend || this.downloadingAll) return;
    this.downloadingAll = true;
    try {
      const people: Person[] = [];
      let cursor: string | null = null;
      do {
        const page = await backend.searchPeople({ filter: 'connections', cursor, limit: PAGE_SIZES.people.max });
        people.push(...page.items.map((e) => e.person));
        cursor = page.items.length ? page.next : null;
      } while (cursor !== null);
      await downloadPeople(people, this.version);
      void this.announce(allConnectionsVCardText(people.length));
      emit(this, 'cc-action', { action: 'vcard', personIds: people.map((p) => p.id) });
    } catch (error) {
      this.reportError(error, 'vcard');
    } finally {
      this.downloadingAll = false;
    }
  }

  // ---- list interaction ----------------------------------------------------------------------------------

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
  }

  private async focusRow(index: number): Promise<void> {
    const count = this.search.entries.length;
    if (count === 0) return;
    const target = Math.min(count - 1, Math.max(0, index));
    this.activeIndex = target;
    this.window.scrollIntoView(target);
    await this.updateComplete;
    // Scrolled into view just above. The browser's own reveal would add nothing, and WebKit defers it to the
    // next frame, where it would undo a scroll made in between (a key repeat, a wheel, a script).
    this.rowElement(target)?.focus({ preventScroll: true });
  }

  private rowIndexOf(event: Event): number | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.getAttribute('role') === 'row') return Number(node.dataset.index);
      if (node === this.grid) break;
    }
    return undefined;
  }

  private toggleSelection(index: number): void {
    const entry = this.search.entries[index];
    if (entry) this.selection.toggle(entry.person.id, entry);
  }

  private onGridClick(event: MouseEvent): void {
    const index = this.rowIndexOf(event);
    if (index === undefined) return;
    const entry = this.search.entries[index];
    if (!entry) return;
    this.activeIndex = index;
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
      this.toggleSelection(index);
      return;
    }
    this.openProfile(entry, index);
  }

  private onGridFocusIn(event: FocusEvent): void {
    const index = this.rowIndexOf(event);
    if (index !== undefined) this.activeIndex = index;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const count = this.search.entries.length;
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const onCheckbox = (event.target as HTMLElement).matches('input[type=checkbox]');
    const current = this.activeIndex;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current + 1;
        break;
      case 'ArrowUp':
        next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageDown':
        next = current + this.window.rowsPerPage;
        break;
      case 'PageUp':
        next = current - this.window.rowsPerPage;
        break;
      case 'Enter': {
        event.preventDefault();
        const entry = this.search.entries[current];
        if (entry) this.openProfile(entry, current);
        return;
      }
      case ' ':
        // A focused checkbox toggles itself (and its click handler updates the selection).
        if (onCheckbox) return;
        event.preventDefault();
        this.toggleSelection(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.focusRow(next);
  }

  /** ArrowDown from the search field goes to the results. */
  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' || this.search.entries.length === 0) return;
    event.preventDefault();
    void this.focusRow(this.activeIndex);
  }

  private openList(filter: PeopleFilter): void {
    this.query = '';
    this.filter = filter;
    if (this.personId !== null) {
      this.personId = null;
      emit(this, 'cc-select', { personId: null, selectedIds: this.selection.ids });
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const profileOpen = this.personId !== null;
    return html`<div class="layout ${profileOpen ? 'has-profile' : ''}" part="layout">
        <div class="main-pane" part="main-pane">
          ${homeView({ viewer: this.viewer, counts: this.counts, onOpenList: (f) => this.openList(f) })}
          ${this.renderToolbar()} ${this.renderBulkBar()} ${this.renderList()}
        </div>
        <div class="side-pane" part="profile-pane" @keydown=${this.onProfileKeydown}>${this.renderProfile()}</div>
      </div>
      <div class="status" part="status" role="status" aria-live="polite">${this.statusText}</div>
      <div class="alert" part="alert" role="alert">${this.alertText}</div>
      ${this.renderDialog()}`;
  }

  private renderToolbar(): TemplateResult {
    return html`<div class="toolbar" part="toolbar" role="search">
      <input
        type="search"
        part="search"
        aria-label=${msg('Search people')}
        placeholder=${msg('Search people')}
        autocomplete="off"
        .value=${live(this.query)}
        @input=${(e: InputEvent) => (this.query = (e.target as HTMLInputElement).value)}
        @keydown=${this.onSearchKeydown}
      />
      <label class="filter-label">
        <span>${msg('Show')}</span>
        <select part="filter" @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as PeopleFilter)}>
          ${PEOPLE_FILTERS.map((f) => html`<option value=${f} ?selected=${f === this.activeFilter}>${filterLabel(f)}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderBulkBar(): TemplateResult | typeof nothing {
    const n = this.selection.size;
    if (n === 0) return nothing;
    const busy = this.bulkPending;
    const button = (part: string, label: string, onClick: () => void, cls = ''): TemplateResult =>
      html`<button type="button" class=${cls} part="bulk-action bulk-action-${part}" ?disabled=${busy} @click=${onClick}>${label}</button>`;
    return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${msg('Bulk actions')}>
      <span class="bulk-count" part="bulk-count">${selectedText(n)}</span>
      ${button('connect', msg('Connect'), () => void this.runBulk('connect'))}
      ${button('follow', msg('Follow'), () => void this.runBulk('follow'))}
      ${button('unfollow', msg('Unfollow'), () => void this.runBulk('unfollow'))}
      ${button('block', msg('Block'), () => void this.runBulk('block'), 'danger')}
      ${button('vcard', msg('vCard'), () => void this.bulkVCard())}
      ${button('clear', msg('Clear selection'), () => this.selection.clear())}
    </div>`;
  }

  private renderList(): TemplateResult {
    const s = this.search;
    const entries = s.entries;
    let body: TemplateResult;
    if (entries.length === 0) {
      if (s.status === 'error') {
        body = html`<div class="list-message" part="list-error">
          <p>${errorText(s.error)}</p>
          ${canRetry(s.error) ? html`<button type="button" @click=${() => s.retry()}>${msg('Retry')}</button>` : nothing}
        </div>`;
      } else if (s.status === 'ready') {
        body = html`<p class="list-message" part="empty">${emptyText(this.activeFilter, this.query)}</p>`;
      } else {
        body = html`<p class="list-message" part="loading">${msg('Loading people…')}</p>`;
      }
    } else {
      body = this.renderGrid(entries);
    }
    const downloadAll =
      this.activeFilter === 'connections' && entries.length > 0 && !this.query.trim()
        ? html`<button type="button" class="download-all" part="download-all" ?disabled=${this.downloadingAll} @click=${() => void this.downloadAllConnections()}>
            ${msg('Download all connections as vCard')}
          </button>`
        : nothing;
    return html`<div class="list-pane">${body}${downloadAll}</div>`;
  }

  private renderGrid(entries: readonly PersonEntry[]): TemplateResult {
    const s = this.search;
    const count = entries.length;
    const { end } = this.window.range(count);
    this.loadingMoreShown = s.loadingMore && end >= count;
    // The rows themselves are rendered into the row group by renderRows, after this update and on scroll.
    return html`<div
        class="grid"
        part="list"
        role="grid"
        aria-label=${filterLabel(this.activeFilter)}
        aria-multiselectable="true"
        aria-rowcount=${s.next === null ? count : -1}
        aria-busy=${s.status === 'loading' || s.loadingMore ? 'true' : 'false'}
        @click=${this.onGridClick}
        @keydown=${this.onGridKeydown}
        @focusin=${this.onGridFocusIn}
      >
        <div class="rows" role="rowgroup" style="height:${count * this.window.rowHeight}px"></div>
      </div>
      ${this.loadingMoreShown ? html`<p class="loading-more" part="loading-more">${msg('Loading more…')}</p>` : nothing}`;
  }

  /**
   * Renders the window of rows into the row group, apart from the element's template: a scroll changes only
   * which rows are rendered, so it re-renders them alone, during the scroll event, rather than the whole
   * element a microtask later. Also called after every update of the element (its entries, selection, active
   * row or open profile may have changed). Then asks for the next page if the window nears the loaded end.
   */
  private renderRows(): void {
    const container = this.rowGroup;
    const entries = this.search.entries;
    const count = entries.length;
    if (!container || count === 0) return;
    const indices = this.window.indices(count);
    const end = indices.length ? indices[indices.length - 1]! + 1 : 0;
    // The row in the tab order stays rendered even when scrolled away, so Tab always finds the grid.
    const active = Math.min(this.activeIndex, count - 1);
    if (!indices.includes(active)) indices.push(active);
    const height = this.window.rowHeight;
    const locale = getLocale();
    render(
      repeat(
        this.window.slots(indices),
        // Keyed by slot: scrolling re-fills the rows that left the window rather than creating new ones.
        ({ slot }) => slot,
        ({ index: i }) => {
          const entry = entries[i]!;
          const props = {
            entry,
            index: i,
            top: i * height,
            active: i === active,
            selected: this.selection.has(entry.person.id),
            current: entry.person.id === this.personId,
          };
          // A row whose inputs are unchanged (most of them, on a scroll) is not even re-templated.
          return guard([entry, i, props.top, props.active, props.selected, props.current, locale], () => personRow(props));
        },
      ),
      container,
      { host: this },
    );
    // A scroll to the end while the next page loads shows "Loading more…", which is the element's to render.
    if (this.search.loadingMore && end >= count && !this.loadingMoreShown) this.requestUpdate();
    this.loadAhead(end);
  }

  /**
   * Asks for the next page when the rendered rows near the last loaded one: half a page before, or (scrolling
   * fast) a few scrolls before, so that it lands before the scroll gets there rather than the list stopping
   * at the last loaded row (but the first page alone does not fetch the second). In a task of its own: loading
   * changes state (`aria-busy`, so the element updates), which must not happen inside an update, nor add to
   * the work of the frame being scrolled.
   */
  private loadAhead(end: number): void {
    const s = this.search;
    const ahead = Math.max(LOAD_AHEAD_ROWS, Math.floor(s.pageSize / 2), FAST_LOAD_AHEAD_SCROLLS * this.window.rowsPerScroll);
    if (s.next === null || end < s.entries.length - ahead) return;
    setTimeout(() => {
      if (this.isConnected) s.loadMore();
    });
  }

  private renderProfile(): TemplateResult {
    const profile = this.profile;
    if (!profile) {
      return html`<p class="placeholder" part="placeholder">${msg('Choose a person to see their profile.')}</p>`;
    }
    if (!profile.person) {
      return html`<section class="profile" part="profile" aria-label=${msg('Profile')}>
        <button type="button" class="back" part="back-button" @click=${() => void this.closeProfile()}>${msg('Back to list')}</button>
        ${profile.error
          ? html`<div class="load-error" part="error">
              <p>${profile.error}</p>
              <button type="button" @click=${() => this.loadProfile(profile.id, false)}>${msg('Retry')}</button>
            </div>`
          : html`<p>${msg('Loading…')}</p>`}
      </section>`;
    }
    return profileView({
      person: profile.person,
      relationship: profile.relationship,
      error: profile.error,
      pending: this.pending,
      backend: this.backendController.backend,
      onAction: (action, event) => void this.runAction(action, event),
      onBack: () => void this.closeProfile(),
      onRetry: () => this.loadProfile(profile.id, false),
      onFeedSelect: (event) => this.onFeedSelect(event),
    });
  }

  private renderDialog(): TemplateResult {
    const c = this.confirmation;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" @cancel=${() => this.answer(false)}>
      <form method="dialog" @submit=${this.onDialogSubmit}>
        <h2 id="confirm-title">${c?.title ?? ''}</h2>
        <p>${c?.body ?? ''}</p>
        <div class="dialog-buttons">
          <button type="submit" value="confirm" class="danger" part="dialog-confirm">${c?.confirmLabel ?? msg('Block')}</button>
          <button type="submit" value="cancel" part="dialog-cancel" autofocus>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-center': ContactsCenter;
  }
}
