import { localized } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import type { BackendChange, ContactsBackend, PeopleFilter, PersonEntry } from '../../backend/backend.js';
import { pageSize } from '../../backend/page-sizes.js';
import { isOneOf, PEOPLE_FILTERS } from '../../backend/vocabulary.js';
import { PeopleSearchController } from '../../controllers/people-search-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import type { Person } from '../../model/person.js';
import type { Relationship } from '../../model/relationship.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { forcedColorsStyles } from '../../styles/forced-colors.styles.js';
import type { VCardVersion } from '../../vcard/types.js';
import { avatarStyles } from '../shared/avatar.js';
import { emit } from '../shared/events.js';
import type { ActionContext } from './action-context.js';
import { BulkBar } from './bulk-bar.js';
import { ConfirmDialog, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { contactsCenterStyles } from './contacts-center.styles.js';
import { Feedback } from './feedback.js';
import { HomeSummary, homeView } from './home-view.js';
import { JumpIndex } from './jump-index.js';
import { SuggestionsList } from './suggestions-view.js';
import { listIndexStyles } from './list-index.styles.js';
import { emptyText, filterLabel } from './messages.js';
import { PeopleGrid } from './people-grid.js';
import { ProfileOpener } from './profile-opener.js';
import { ProfilePaneOnDemand } from './profile-pane-on-demand.js';
import { toolbar } from './toolbar.js';
import { PersonEditorOnDemand } from './person-editor-on-demand.js';
import { personFormStyles } from './person-form.styles.js';
import { hasPersonalContacts } from '../../backend/personal-contacts.js';
import { DownloadAllButton } from './vcard-download.js';
import { ContactImportController } from './contact-import.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ActionEventDetail, ErrorEventDetail, ImportEventDetail, SelectEventDetail } from '../shared/events.js';

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
 *   relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads,
 *   `profile` for the viewer's saved profile, `contact` / `delete-contact` for a saved or deleted personal contact).
 * @fires {CustomEvent<ImportEventDetail>} cc-import - A vCard import finished, was cancelled or was undone. `detail: { status }`.
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
 * @csspart bulk-action - Each bulk action button; also `bulk-action-<action>` (connect, accept, decline, disconnect,
 *   follow, unfollow, block, unblock, vcard, clear).
 * @csspart select-all - The Select all button: selects everyone the filter and search show, loaded or not.
 * @csspart bulk-mute-duration - The label and native select of how long the bulk Mute lasts (`MUTE_DURATIONS`).
 * @csspart bulk-report - The outcome of the last bulk action for each person (a disclosure below the bulk bar).
 * @csspart list - The people grid (`role="grid"`), the scroll container.
 * @csspart row - One person row; selected rows also have `row-selected`.
 * @csspart initial - The initial heading beside the first row of each initial (A–Z, あ か さ … わ, #).
 * @csspart match - A row's line saying what the search matched besides the name ("Email: …").
 * @csspart jump-index - The jump-to-letter index beside the list (`role="toolbar"`).
 * @csspart jump-initial - Each initial's button in the jump-to-letter index.
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
 * @csspart mutual - The profile's mutual connections ("Connected to Jane Doe, Richard Roe and 3 others you know"),
 *   a disclosure opening the list of them.
 * @csspart mutual-person - Each mutual connection's button in that list (opens their profile).
 * @csspart actions - The profile's action buttons.
 * @csspart action - Each action button; also `action-<action>` (connect, cancel-request, accept, decline,
 *   disconnect, follow, unfollow, remove-follower, block, unblock, vcard).
 * @csspart details - The profile's contact details.
 * @csspart contact-link - On a personal contact's profile: the member it is linked to, or "Link to …" offers for the
 *   members with its email (`contact-link-link`, `contact-link-unlink`, `contact-link-open`); on a linked member's: the
 *   viewer's contact and its note (`contact-link-note`).
 * @csspart contact-note - A linked member's row line with the note of the viewer's contact ("Your note: …").
 * @csspart activity - The profile's recent activity.
 * @csspart placeholder - The empty profile pane.
 * @csspart status - The polite live region that says what happened.
 * @csspart alert - The failure message (`role="alert"`).
 * @csspart edit-profile - The home view's "Edit profile" button (opens the form on the viewer's own person).
 * @csspart new-contact - The home view's "New contact" button (adapters that keep personal contacts).
 * @csspart editor - The person form: the viewer's profile or a personal contact, in the profile pane.
 * @csspart field-error - A form field's message, next to it.
 * @csspart editor-save - The form's Save button.
 * @csspart editor-cancel - The form's Cancel button.
 * @csspart editor-delete - The form's "Delete contact" button.
 * @csspart import-open - The Import vCards button (Resume import after an import a reload cut off).
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
  static override styles = [
    themeStyles,
    avatarStyles,
    contactsCenterStyles,
    confirmDialogStyles,
    listIndexStyles,
    personFormStyles,
    forcedColorsStyles,
  ];

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

  private readonly feedback = new Feedback(this);
  private readonly home = new HomeSummary(this, (error) => this.feedback.report(error, 'load'));
  private readonly search = new PeopleSearchController(this, {
    onError: (error) => this.feedback.report(error, 'load'),
  });
  private readonly selection = new SelectionController<PersonEntry>(this, (selectedIds) => {
    if (selectedIds.length === 0) this.bulkBar.forgetReport();
    emit(this, 'cc-select', { personId: this.personId, selectedIds });
  });
  private readonly grid = new PeopleGrid(this, {
    search: this.search,
    selection: this.selection,
    currentId: () => this.personId,
    onOpen: (entry, index) => this.opener.openRow(entry, index),
    backend: () => this.backendController.backend,
  });
  private readonly jumpIndex = new JumpIndex(this, { grid: this.grid, announce: (text) => void this.feedback.announce(text) });
  private readonly dialog = new ConfirmDialog(this);
  private readonly opener: ProfileOpener = new ProfileOpener(this, {
    search: this.search,
    grid: this.grid,
    pane: () => this.profile,
    selectedIds: () => this.selection.ids,
    dialogOpen: () => this.dialog.isOpen,
  });
  private readonly actionContext: ActionContext = {
    backend: () => this.backendController.backend,
    version: () => this.version,
    confirm: (question) => this.dialog.confirm(question),
    applyRelationship: (personId, relationship) => this.applyRelationship(personId, relationship),
    announce: (text) => void this.feedback.announce(text),
    reportError: (error, action, personIds) => this.feedback.report(error, action, personIds),
    changed: () => this.home.scheduleCounts(),
  };
  private readonly profile: ProfilePaneOnDemand = new ProfilePaneOnDemand(this, {
    actions: this.actionContext,
    entries: () => this.search.entries,
    openedId: () => this.personId,
    reportError: (error, personId) => this.feedback.report(error, 'load', [personId]),
    showPerson: (id) => this.opener.show(id),
    closeProfile: () => this.opener.close(),
    editContact: (person) => void this.editContact(person),
  });
  private readonly editor = new PersonEditorOnDemand(this, {
    backend: () => this.backendController.backend,
    confirm: (question) => this.dialog.confirm(question),
    announce: (text) => void this.feedback.announce(text),
    reportError: (error, action, personIds) => this.feedback.report(error, action, personIds),
    openedId: () => this.personId,
    showPerson: (id) => this.opener.show(id),
    closeProfile: () => this.opener.close(),
  });
  private readonly bulkBar = new BulkBar(this, { ...this.actionContext, selection: this.selection, search: this.search });
  private readonly downloadAll = new DownloadAllButton(this, {
    backend: () => this.backendController.backend,
    version: () => this.version,
    announce: (text) => void this.feedback.announce(text),
    reportError: (error) => this.feedback.report(error, 'vcard'),
  });
  private readonly contactImport = new ContactImportController(this, () => this.backendController.backend);
  private readonly suggestions = new SuggestionsList(this, {
    ...this.actionContext,
    onOpen: (personId) => this.opener.show(personId),
  });

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

  /**
   * Selects everyone the current filter and search show, loading the pages not yet loaded first (a new search
   * meanwhile cancels it), and says how many are selected.
   */
  selectAll(): Promise<void> {
    return this.bulkBar.selectAll();
  }

  /** Opens the form on the viewer's own profile (what the home view's "Edit profile" does). */
  editProfile(): Promise<void> {
    return this.editor.openProfile();
  }

  /** Opens the form on a new personal contact, or on one of the viewer's (`person`). */
  editContact(person?: Person): Promise<void> {
    return this.editor.open({ kind: 'contact', id: person?.id ?? null }, person);
  }

  /**
   * Opens the import panel (for adapters with contact imports, e.g. IndexedDB and memory): with a `.vcf` file or
   * its text, straight to the preview of what it would add and merge; nothing is written until the user confirms.
   * The vCard reader loads now, not with the element. The outcome is fired as `cc-import`.
   */
  importVCards(source?: Blob | string): Promise<void> {
    return this.contactImport.open(source);
  }

  protected override onBackendChanged(backend: ContactsBackend | undefined): void {
    this.contactImport.check();
    // Another backend may be another viewer: their selection and messages are not this one's.
    if (this.editor.isOpen) this.editor.close();
    this.selection.clear();
    this.feedback.clear();
    this.search.pageSize = this.effectivePageSize;
    this.search.search(this.query, this.activeFilter, true);
    this.search.setBackend(backend);
    this.home.load(backend);
    this.suggestions.load();
    if (!backend) return;
    if (this.personId) this.profile.load(this.personId, false);
  }

  protected override onDataChanged(change: BackendChange): void {
    if (change.topics.includes('relationships')) {
      this.grid.mutual.forget();
      this.suggestions.load();
    }
    this.home.refresh(change.personIds);
    this.search.refresh();
    const id = this.profile.id;
    if (id && (change.personIds.length === 0 || change.personIds.includes(id))) this.profile.load(id, true);
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
      if (this.personId === null) this.profile.clear();
      else if (this.profile.id !== this.personId) this.profile.load(this.personId, false);
    }
  }

  private applyRelationship(personId: string, relationship: Relationship): void {
    this.profile.patchRelationship(personId, relationship);
    this.search.patchRelationship(personId, relationship);
    const entry = this.search.entries.find((e) => e.person.id === personId);
    if (entry) this.selection.refreshItem(personId, entry);
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
    this.opener.dismiss();
  }

  protected override render(): TemplateResult {
    const profileOpen = this.personId !== null || this.editor.isOpen;
    return html`<div class="layout ${profileOpen ? 'has-profile' : ''}" part="layout">
        <div class="main-pane" part="main-pane">
          ${homeView({
            viewer: this.home.viewer,
            counts: this.home.counts,
            onOpenList: (f) => this.openList(f),
            onEditProfile: () => void this.editProfile(),
            onNewContact:
              this.backendController.backend && hasPersonalContacts(this.backendController.backend)
                ? () => void this.editContact()
                : undefined,
          })}
          ${this.suggestions.render()}
          ${toolbar({
            query: this.query,
            filter: this.activeFilter,
            onQuery: (query) => (this.query = query),
            onFilter: (filter) => (this.filter = filter),
            onKeydown: (event) => this.onSearchKeydown(event),
          })}
          ${this.contactImport.render()} ${this.bulkBar.render(this.search.entries.length > 0)} ${this.renderList()}
        </div>
        <div class="side-pane" part="profile-pane" @keydown=${this.opener.onKeydown}>${this.editor.render() ?? this.profile.render()}</div>
      </div>
      ${this.feedback.render()} ${this.dialog.render()}`;
  }

  private renderList(): TemplateResult {
    const body = this.grid.render(filterLabel(this.activeFilter), () => emptyText(this.activeFilter, this.query));
    const downloadAll =
      this.activeFilter === 'connections' && this.search.entries.length > 0 && !this.query.trim() ? this.downloadAll.render() : nothing;
    // Suggestions are ranked, not in name order: no jump-to-letter index.
    const index = this.search.entries.length > 0 && this.activeFilter !== 'suggested' ? this.jumpIndex.render() : nothing;
    return html`<div class="list-pane">
      <div class="list-body">${body}${index}</div>
      ${downloadAll}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-center': ContactsCenter;
  }
}
