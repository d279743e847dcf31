import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BackendChange, ContactsBackend, RelationshipCounts, RequestDirection, RequestEntry } from '../../backend/backend.js';
import { PAGE_SIZES, pageSize } from '../../backend/page-sizes.js';
import { REQUEST_DIRECTIONS } from '../../backend/vocabulary.js';
import { FrameBatch } from '../../controllers/frame-batch.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { ListStatus, PagedListController } from '../../controllers/paged-list-controller.js';
import type { RelationshipAction } from '../../model/relationship.js';
import { pluralRules } from '../../i18n/formatters.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { forcedColorsStyles } from '../../styles/forced-colors.styles.js';
import { avatar, avatarStyles } from '../shared/avatar.js';
import { ConfirmDialog, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { canRetry, errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import { performAction, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';
import { exactTime, isoTime, MinuteClockController, relativeTime } from '../shared/relative-time.js';
import { contactRequestsStyles } from './contact-requests.styles.js';
import { nameInText, sentence, shownName } from '../shared/user-text.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ActionEventDetail, ErrorEventDetail } from '../shared/events.js';

/** Change topics that can alter the lists. */
const REQUEST_TOPICS = new Set(['requests', 'relationships', 'people']);

type Direction = RequestDirection;
/** What a row's buttons do. */
export type RequestAction = Extract<RelationshipAction, 'accept' | 'decline' | 'ignore-requests' | 'cancel-request'>;

const entryKey = (entry: RequestEntry): string => entry.request.id;

/** The buttons of a row in each list, in order, with the CSS part of each. */
const ROW_ACTIONS: Record<Direction, readonly { action: RequestAction; part: string }[]> = {
  incoming: [
    { action: 'accept', part: 'accept' },
    { action: 'decline', part: 'decline' },
    { action: 'ignore-requests', part: 'ignore' },
  ],
  outgoing: [{ action: 'cancel-request', part: 'cancel' }],
};

/** Where focus goes once a row's action finished and the row is gone. */
interface FocusPlan {
  direction: Direction;
  index: number;
}

const peopleIcon = svg`<path d="M9 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-3.3 0-7 1.6-7 4v2h10.5a6.5 6.5 0 0 1 1.3-5.2A12 12 0 0 0 9 14Zm10-1v3h3v2h-3v3h-2v-3h-3v-2h3v-3h2Z"/>`;

/**
 * The viewer's pending connection requests: the ones people sent them, to accept or decline, and the
 * ones they sent, to cancel. With `compact`, a header button showing the pending count that opens the
 * list in a popover.
 *
 * After each action a polite live region says what happened ("You are now connected with Joe Bloggs.").
 * The lists reload live when the backend reports a change, from this page or another tab.
 *
 * @summary Incoming and sent connection requests, inline or behind a header button.
 *
 * @fires {CustomEvent<ActionEventDetail>} cc-action - An action succeeded. `detail: { action: 'accept' | 'decline' |
 *   'ignore-requests' | 'cancel-request', personIds: [id], relationship }`.
 * @fires {CustomEvent<ErrorEventDetail>} cc-error - An action or a load failed. `detail: { error, message, action,
 *   personIds? }`.
 *
 * @csspart trigger - Compact mode: the header button (its accessible name includes the pending count).
 * @csspart badge - Compact mode: the count on the button.
 * @csspart popover - Compact mode: the popover holding the lists.
 * @csspart close - Compact mode: the popover's "Close" button.
 * @csspart announcement - The polite status message after an action.
 * @csspart action-error - The message when an action failed.
 * @csspart section - Each list's section; also `incoming` or `outgoing`.
 * @csspart heading - Each list's heading.
 * @csspart list - Each list (`<ul>`).
 * @csspart request - One request row (`<li>`).
 * @csspart avatar - The other person's avatar.
 * @csspart name - The other person's name.
 * @csspart job - The other person's job title.
 * @csspart time - When the request was sent.
 * @csspart actions - A row's buttons.
 * @csspart accept - The "Accept" button.
 * @csspart decline - The "Decline" button.
 * @csspart ignore - The "Decline and ignore" button (declines, and refuses the person's later requests; not a block).
 * @csspart note - The note that came with a request.
 * @csspart cancel - The "Cancel request" button.
 * @csspart empty - A list's "none" message.
 * @csspart loading - A list's loading message.
 * @csspart error - A list's failure message with its "Try again" button.
 * @csspart retry - The "Try again" button.
 * @csspart more - A list's "Show more" button.
 * @csspart dialog - The dialog asking before "Decline and ignore".
 * @csspart dialog-confirm - The dialog's confirming button.
 * @csspart dialog-cancel - The dialog's Cancel button.
 *
 * @cssprop [--cc-color-background] - Background (also of the popover).
 * @cssprop [--cc-color-surface] - Background of each request.
 * @cssprop [--cc-color-text] - Text colour.
 * @cssprop [--cc-color-text-muted] - Job titles and times.
 * @cssprop [--cc-color-border] - Borders.
 * @cssprop [--cc-color-accent] - The "Accept" button and the count badge.
 * @cssprop [--cc-color-on-accent] - Text on the accent colour.
 * @cssprop [--cc-color-success] - The status message.
 * @cssprop [--cc-color-danger] - Error text.
 * @cssprop [--cc-focus-ring-color] - Focus outline.
 * @cssprop [--cc-radius] - Corner radius.
 * @cssprop [--cc-spacing] - Base spacing.
 * @cssprop [--cc-font-family] - Font.
 * @cssprop [--cc-font-size] - Base font size.
 * @cssprop [--cc-avatar-size] - Avatar diameter.
 */
@localized()
@customElement('contact-requests')
export class ContactRequests extends ContactsElement {
  static override styles = [themeStyles, avatarStyles, contactRequestsStyles, confirmDialogStyles, forcedColorsStyles];

  /** Show a header button with the pending count that opens the lists in a popover. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Requests per page in each list, 1 to 200. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Pending incoming requests in total (may exceed what is loaded). */
  @state() private incomingCount: number | undefined;
  /** People with an action in flight. */
  @state() private busyIds: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private actionError: unknown;

  @query('[part~="popover"]') private popoverElement!: HTMLElement | null;
  @query('[part~="trigger"]') private triggerElement!: HTMLButtonElement | null;

  private readonly lists: Record<Direction, PagedListController<RequestEntry>> = {
    incoming: this.requestList(),
    outgoing: this.requestList(),
  };
  private readonly countRead = new LatestRead();
  /** A burst of changes makes one count reload, at the frame the lists re-read at. */
  private readonly countChanges = new FrameBatch(() => {
    const backend = this.backendController.backend;
    if (backend) void this.loadCount(backend);
  });
  private focusPlan: FocusPlan | undefined;
  private readonly dialog = new ConfirmDialog(this);

  constructor() {
    super();
    new MinuteClockController(this);
  }

  /** Reloads both lists and the count. */
  refresh(): Promise<void> {
    return this.loadAll();
  }

  /** Compact mode: opens the popover. */
  open(): void {
    this.popoverElement?.showPopover();
  }

  /** Compact mode: closes the popover. */
  close(): void {
    if (this.popoverElement?.matches(':popover-open')) this.popoverElement.hidePopover();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined && this.backendController.backend) void this.loadAll();
  }

  protected override updated(): void {
    if (this.focusPlan) this.applyFocusPlan();
  }

  private get pageLimit(): number {
    return pageSize('requests', Number(this.pageSize), { clamp: true, fallback: 20 });
  }

  private requestList(): PagedListController<RequestEntry> {
    return new PagedListController<RequestEntry>(this, {
      key: entryKey,
      pageSize: () => this.pageLimit,
      maxPageSize: PAGE_SIZES.requests.max,
      onError: (error) => emit(this, 'cc-error', { error, message: errorText(error), action: 'load' }),
    });
  }

  protected override onBackendChanged(): void {
    this.lists.incoming.reset();
    this.lists.outgoing.reset();
    this.countRead.abort();
    this.countChanges.cancel();
    this.incomingCount = undefined;
    this.busyIds = new Set();
    this.announcement = '';
    this.actionError = undefined;
    void this.loadAll();
  }

  protected override onDataChanged(change: BackendChange): void {
    if (change.topics.some((topic) => REQUEST_TOPICS.has(topic))) this.reloadLive();
  }

  /** Loads both lists from their first page, and the count. */
  private async loadAll(): Promise<void> {
    const backend = this.backendController.backend;
    if (!backend) return;
    this.countChanges.cancel();
    await Promise.all([
      ...REQUEST_DIRECTIONS.map((direction) =>
        this.lists[direction].load(({ cursor, limit, signal }) => backend.listRequests(direction, { cursor, limit, signal })),
      ),
      this.loadCount(backend),
    ]);
  }

  /** Re-reads (at the next frame) what both lists show, keeping about as many rows, and the count. */
  private reloadLive(): void {
    for (const direction of REQUEST_DIRECTIONS) this.lists[direction].changed();
    this.countChanges.schedule();
  }

  private loadCount(backend: ContactsBackend): Promise<void> {
    return this.countRead.run(
      (signal) => backend.getCounts({ signal }),
      (counts: RelationshipCounts) => (this.incomingCount = counts.incoming),
      // The count is a convenience: the incoming list's own state reports failures.
      () => (this.incomingCount = undefined),
    );
  }

  private async act(action: RequestAction, direction: Direction, entry: RequestEntry): Promise<void> {
    const backend = this.backendController.backend;
    const { id } = entry.person;
    if (!backend || this.busyIds.has(id)) return;
    const confirmation = RELATIONSHIP_ACTION_TABLE[action].confirmation;
    if (confirmation) {
      const question = {
        title: confirmation.title(nameInText(entry.person)),
        body: confirmation.body(),
        confirmLabel: confirmation.confirmLabel(),
      };
      // The backend or the row may have changed while the question was open: act only on what is still true.
      if (!(await this.dialog.confirm(question)) || backend !== this.backendController.backend || this.busyIds.has(id)) return;
    }
    this.busyIds = new Set([...this.busyIds, id]);
    this.actionError = undefined;
    this.announcement = '';
    try {
      const relationship = await performAction(backend, action, id);
      if (backend !== this.backendController.backend) return;
      const list = this.lists[direction];
      const index = list.items.findIndex((e) => entryKey(e) === entryKey(entry));
      // Remove the row at once; the live reload that follows confirms it.
      list.remove(entryKey(entry));
      if (direction === 'incoming' && this.incomingCount !== undefined) this.incomingCount = Math.max(0, this.incomingCount - 1);
      if (this.focusIsOurs()) this.focusPlan = { direction, index: Math.max(0, index) };
      this.announcement = RELATIONSHIP_ACTION_TABLE[action].done(nameInText(entry.person), relationship);
      emit(this, 'cc-action', { action, personIds: [id], relationship });
    } catch (error) {
      if (backend !== this.backendController.backend) return;
      this.actionError = error;
      emit(this, 'cc-error', { error, message: errorText(error), action, personIds: [id] });
      // The request may have changed elsewhere (withdrawn, already accepted): show what is true now.
      this.reloadLive();
    } finally {
      const busy = new Set(this.busyIds);
      busy.delete(id);
      this.busyIds = busy;
    }
  }

  /** Focus is in this element, or nowhere (a disabled button dropped it): moving it will not surprise anyone. */
  private focusIsOurs(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this;
  }

  private applyFocusPlan(): void {
    const plan = this.focusPlan!;
    this.focusPlan = undefined;
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>(`[part~='${plan.direction}'] li`)];
    const row = rows[Math.min(plan.index, rows.length - 1)];
    const target = row?.querySelector<HTMLElement>('button') ?? this.renderRoot.querySelector<HTMLElement>(`#${plan.direction}-heading`);
    target?.focus();
  }

  private onPopoverToggle(event: ToggleEvent): void {
    if (event.newState === 'open') {
      this.popoverElement?.focus();
      return;
    }
    // Escape or "Close": return focus to the button, unless the user moved it elsewhere on the page.
    const active = document.activeElement;
    const inside = this.shadowRoot?.activeElement;
    if (!active || active === document.body || (active === this && (!inside || this.popoverElement?.contains(inside)))) {
      this.triggerElement?.focus();
    }
  }

  protected override render(): TemplateResult {
    return this.compact ? this.renderCompact() : this.renderFull();
  }

  private renderAnnouncement(hidden: boolean): TemplateResult {
    return html`<p part="announcement" role="status" aria-live="polite" class=${hidden ? 'visually-hidden' : ''}>
      ${sentence(this.announcement)}
    </p>`;
  }

  private renderActionError(): TemplateResult | typeof nothing {
    return this.actionError ? html`<p part="action-error error" role="alert">${errorText(this.actionError)}</p>` : nothing;
  }

  private renderFull(): TemplateResult {
    return html`
      ${this.renderAnnouncement(false)} ${this.renderActionError()} ${this.renderSection('incoming', 2)}
      ${this.renderSection('outgoing', 2)} ${this.dialog.render()}
    `;
  }

  private pendingCount(): number {
    return this.incomingCount ?? this.lists.incoming.items.length;
  }

  private triggerLabel(count: number): string {
    if (count === 0) return msg('Connection requests, none pending');
    // English says "1 pending" and "3 pending" alike; other languages pick their plural form from this choice.
    return pluralRules().select(count) === 'one'
      ? msg(str`Connection requests, ${count} pending`, { id: 'requests-trigger-one' })
      : msg(str`Connection requests, ${count} pending`, { id: 'requests-trigger-other' });
  }

  private renderCompact(): TemplateResult {
    const count = this.pendingCount();
    return html`
      <button part="trigger" type="button" popovertarget="requests-popover" aria-label=${this.triggerLabel(count)}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${peopleIcon}</svg>
        ${count > 0 ? html`<span part="badge" aria-hidden="true">${count}</span>` : nothing}
      </button>
      ${this.renderAnnouncement(true)}
      <div
        id="requests-popover"
        part="popover"
        popover="auto"
        role="dialog"
        aria-labelledby="popover-title"
        tabindex="-1"
        @toggle=${this.onPopoverToggle}
      >
        <div class="popover-header">
          <h2 id="popover-title">${msg('Connection requests')}</h2>
          <button part="close" type="button" popovertarget="requests-popover" popovertargetaction="hide">${msg('Close')}</button>
        </div>
        ${this.renderActionError()} ${this.renderSection('incoming', 3)} ${this.renderSection('outgoing', 3)}
        ${
          // Inside the popover: a modal dialog opened outside an open popover would close it.
          this.dialog.render()
        }
      </div>
    `;
  }

  private renderHeading(level: 2 | 3, id: string, text: string): TemplateResult {
    return level === 2
      ? html`<h2 id=${id} part="heading" tabindex="-1">${text}</h2>`
      : html`<h3 id=${id} part="heading" tabindex="-1">${text}</h3>`;
  }

  private renderSection(direction: Direction, level: 2 | 3): TemplateResult {
    const list = this.lists[direction];
    const entries = list.items;
    const headingId = `${direction}-heading`;
    const heading = direction === 'incoming' ? msg('Requests for you') : msg('Sent requests');
    const busy = list.reading || list.loadingMore;
    return html`<section part="section ${direction}" aria-labelledby=${headingId} aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderHeading(level, headingId, heading)}
      ${list.status === ListStatus.LOADING && entries.length === 0 ? html`<p part="loading">${msg('Loading requests…')}</p>` : nothing}
      ${
        entries.length > 0
          ? html`<ul part="list" aria-labelledby=${headingId}>
              ${repeat(entries, entryKey, (entry, index) => this.renderRow(direction, entry, index))}
            </ul>`
          : nothing
      }
      ${
        // Kept while a live change re-reads the empty list: the text stays until there is something else to show.
        list.status === ListStatus.EMPTY
          ? html`<p part="empty">${direction === 'incoming' ? msg('No pending requests.') : msg('No sent requests are pending.')}</p>`
          : nothing
      }
      ${
        list.status === ListStatus.ERROR
          ? html`<div part="error" role="alert">
              <span>${errorText(list.error)}</span>
              ${
                canRetry(list.error)
                  ? html`<button part="retry" type="button" aria-describedby=${headingId} @click=${() => void list.retry()}>
                      ${msg('Try again')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        list.next !== null && !list.reading
          ? html`<button
              part="more"
              type="button"
              aria-describedby=${headingId}
              ?disabled=${list.loadingMore}
              @click=${() => void list.loadMore()}
            >
              ${list.loadingMore ? msg('Loading…') : msg('Show more')}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderRow(direction: Direction, entry: RequestEntry, index: number): TemplateResult {
    const { person, request } = entry;
    const nameId = `${direction}-name-${index}`;
    const busy = this.busyIds.has(person.id);
    return html`<li part="request" aria-busy=${busy ? 'true' : 'false'}>
      ${avatar(person)}
      <div class="who">
        <span class="user-text" part="name" dir="auto" id=${nameId}>${shownName(person)}</span>
        ${person.jobTitle ? html`<span class="user-text" part="job" dir="auto">${person.jobTitle}</span>` : nothing}
        <time part="time" datetime=${isoTime(request.createdAt)} title=${exactTime(request.createdAt)}
          >${relativeTime(request.createdAt)}</time
        >
        ${
          // Plain text from the sender, bound as text (never HTML).
          request.note
            ? html`<span part="note"
                ><span class="visually-hidden">${direction === 'incoming' ? msg('Their note:') : msg('Your note:')} </span
                ><q class="user-text" dir="auto">${request.note}</q></span
              >`
            : nothing
        }
      </div>
      <div part="actions">
        ${ROW_ACTIONS[direction].map(
          ({ action, part }) =>
            html`<button
              part=${part}
              class=${RELATIONSHIP_ACTION_TABLE[action].emphasis ?? ''}
              type="button"
              aria-describedby=${nameId}
              ?disabled=${busy}
              @click=${() => void this.act(action, direction, entry)}
            >
              ${RELATIONSHIP_ACTION_TABLE[action].label()}
            </button>`,
        )}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-requests': ContactRequests;
  }
}
