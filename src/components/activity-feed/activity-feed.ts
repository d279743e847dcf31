import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BackendChange, ContactsBackend, FeedEntry } from '../../backend/backend.js';
import { PAGE_SIZES, pageSize } from '../../backend/page-sizes.js';
import { FEED_TABS, isOneOf, type FeedTab } from '../../backend/vocabulary.js';
import { ListStatus, PagedListController, type PageReader } from '../../controllers/paged-list-controller.js';
import { getLocale } from '../../i18n/localization.js';
import type { Person } from '../../model/person.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { forcedColorsStyles } from '../../styles/forced-colors.styles.js';
import { avatarStyles } from '../shared/avatar.js';
import { canRetry, errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import { MinuteClockController } from '../shared/relative-time.js';
import { activityFeedStyles } from './activity-feed.styles.js';
import { feedControlStyles } from './feed-controls.styles.js';
import { dayHeading, dayNumber } from './day-headings.js';
import { FeedComposer } from './feed-composer.js';
import { groupFeed } from './feed-groups.js';
import { feedArticle, skeleton, type ArticleContext } from './feed-article.js';
import { feedRows, type FeedRow } from './feed-rows.js';
import { emptyText, PANEL_ID, tabBar, tabId } from './feed-tabs.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ErrorEventDetail, FeedTabEventDetail, PersonOpenEventDetail } from '../shared/events.js';
/** Change topics that can alter what the feed shows. */
const FEED_TOPICS = new Set(['activities', 'relationships', 'people']);

const entryKey = (entry: FeedEntry): string => entry.activity.id;

/** A re-read reaches back to the oldest item shown: new activity pushes the shown items down. */
function reachesBack(read: readonly FeedEntry[], shown: readonly FeedEntry[]): boolean {
  const oldest = shown[shown.length - 1]?.activity;
  const last = read[read.length - 1]?.activity;
  return !oldest || !last || last.createdAt < oldest.createdAt || (last.createdAt === oldest.createdAt && last.id >= oldest.id);
}

/**
 * What the viewer's network is doing, newest first, never from a blocked person, in tabs: All (the network and the
 * viewer's own), Connections, Following and Me. With `person-id`, one person's recent activity (no tabs).
 *
 * Activities fall under day headings (Today, Yesterday, the weekday within the week, then the date) in the viewer's
 * locale and time zone; runs of similar activities collapse ("Jane Doe posted 4 times") and expand in place. The
 * viewer posts short updates with the composer. Pages with a "Show more" button (and, with `infinite`, by
 * scrolling); reloads live when the backend reports new activity or a relationship change, in this tab or another,
 * but while the user reads further down, new activities wait behind an "N new" button rather than move the page.
 *
 * @summary The activity feed of the viewer's network, or of one person.
 *
 * @fires {CustomEvent<PersonOpenEventDetail>} cc-person-open - The user chose a person's name, so a host can open
 *   their profile. `detail: { personId }`.
 * @fires {CustomEvent<FeedTabEventDetail>} cc-tab-change - The user chose a tab (the `tab` attribute has changed).
 *   `detail: { tab }`.
 * @fires {CustomEvent<ErrorEventDetail>} cc-error - Loading or posting failed. `detail: { error, message, action }`
 *   with `action` `'load'` or `'post'`.
 *
 * @csspart tabs - The tab bar (`role="tablist"`).
 * @csspart tab - One tab; the chosen one also has the `selected-tab` part.
 * @csspart selected-tab - The chosen tab.
 * @csspart composer - The form to post an update.
 * @csspart composer-text - Its text area.
 * @csspart composer-count - How many characters are left.
 * @csspart composer-error - Why the last post failed.
 * @csspart post - The "Post" button.
 * @csspart new-items - The "3 new" button shown when activity arrives while the user reads further down.
 * @csspart feed - The list of activities (`role="feed"`).
 * @csspart day-heading - A day's heading ("Today"), at the top of the day's first activity.
 * @csspart item - One activity (`<article>`); grouped follow-ups also have the `continued` class.
 * @csspart group - A collapsed run of similar activities (an `<article>` that is also an `item`).
 * @csspart group-toggle - The button that expands or collapses a group in place.
 * @csspart avatar - The actor's avatar.
 * @csspart header - The line with the actor's name and the time.
 * @csspart actor - The actor's name, a button that emits `cc-person-open`.
 * @csspart time - The relative time (`<time>`, exact time in its tooltip).
 * @csspart summary - What happened: the post's text, or e.g. "connected with Jane Doe".
 * @csspart text-link - A link recognised in a post's text (http(s) only).
 * @csspart link - The activity's link: an `<a>` for http(s) URLs, plain text otherwise.
 * @csspart skeleton - The placeholder shown while the first page loads.
 * @csspart status - The screen-reader status ("Loading activity…").
 * @csspart empty - The message when there is nothing to show.
 * @csspart error - The failure message and its "Try again" button.
 * @csspart retry - The "Try again" button.
 * @csspart more - The "Show more" button.
 *
 * @cssprop [--cc-color-background] - Page background.
 * @cssprop [--cc-color-surface] - Background of each activity.
 * @cssprop [--cc-color-text] - Text colour.
 * @cssprop [--cc-color-text-muted] - Times and secondary text.
 * @cssprop [--cc-color-border] - Borders and skeleton placeholders.
 * @cssprop [--cc-color-accent] - Links.
 * @cssprop [--cc-color-danger] - Error text.
 * @cssprop [--cc-focus-ring-color] - Focus outline.
 * @cssprop [--cc-radius] - Corner radius.
 * @cssprop [--cc-spacing] - Base spacing.
 * @cssprop [--cc-font-family] - Font.
 * @cssprop [--cc-font-size] - Base font size.
 * @cssprop [--cc-avatar-size] - Avatar diameter.
 */
@localized()
@customElement('activity-feed')
export class ActivityFeed extends ContactsElement {
  static override styles = [themeStyles, avatarStyles, activityFeedStyles, feedControlStyles, forcedColorsStyles];

  /** Only this person's activities (no tabs, no composer). Absent: the viewer's network feed. */
  @property({ attribute: 'person-id', reflect: true }) personId: string | undefined;

  /** The tab shown: `all`, `connections`, `following` or `me` (anything else reads as `all`). */
  @property({ reflect: true }) tab: FeedTab = 'all';

  /** Hide the tab bar (the host picks the tab with `tab`). */
  @property({ type: Boolean, attribute: 'hide-tabs', reflect: true }) hideTabs = false;

  /** Turn the composer off. */
  @property({ type: Boolean, attribute: 'no-composer', reflect: true }) noComposer = false;

  /** IANA time zone of the day headings (e.g. `Asia/Tokyo`). Absent: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** Activities per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Load the next page when the end of the list scrolls into view (the "Show more" button stays). */
  @property({ type: Boolean, reflect: true }) infinite = false;

  /**
   * People never shown in the feed, not even by name in a group (blocked people are left out by the backend;
   * this is for more, e.g. muted people). Activities by them, and connections with them, are left out.
   */
  @property({ attribute: false }) hidePerson: ((personId: string) => boolean) | undefined;

  @query('.sentinel') private sentinel!: HTMLElement | null;
  @query('.top') private top!: HTMLElement | null;

  private readonly list = new PagedListController<FeedEntry>(this, {
    key: entryKey,
    pageSize: () => this.pageLimit,
    maxPageSize: PAGE_SIZES.feed.max,
    covers: reachesBack,
    onRead: (entries) => this.shown(entries),
    onError: (error) => emit(this, 'cc-error', { error, message: errorText(error), action: 'load' }),
  });
  private readonly composer = new FeedComposer(this, {
    backend: () => this.backendController.backend,
    posted: () => {
      // The viewer's own post is shown at once, wherever they are reading.
      this.holdFrom = undefined;
      this.announce = msg('Posted.');
    },
    failed: (error, message) => emit(this, 'cc-error', { error, message, action: 'post' }),
  });
  /** The `person-id`/`tab`/`page-size` the shown list was loaded for. */
  private loadedFor = '';
  /** Names of `connected` targets: a Person, `null` when unavailable. */
  private targets = new Map<string, Person | null>();
  private targetsPending = new Set<string>();
  private expanded = new Set<string>();
  /** While the user reads further down: the key of the newest item shown; newer ones wait behind "N new". */
  private holdFrom: string | undefined;
  /** The newest item rendered last time. */
  private renderedNewest: string | undefined;
  private atTop = true;
  private announce = '';
  private observer: IntersectionObserver | undefined;
  private topObserver: IntersectionObserver | undefined;
  private observed: Element | null = null;
  private reobserve = false;

  constructor() {
    super();
    new MinuteClockController(this);
  }

  /** Reloads the feed from its first page. */
  refresh(): Promise<void> {
    return this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.topObserver?.disconnect();
    this.observer = undefined;
    this.topObserver = undefined;
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keyed = changed.has('personId') || changed.has('pageSize') || changed.has('tab');
    if (keyed && this.backendController.backend && this.loadKey !== this.loadedFor) {
      this.list.reset();
      void this.load();
    }
  }

  protected override updated(): void {
    this.observeSentinel();
    if (this.top && !this.topObserver) {
      this.topObserver = new IntersectionObserver((records) => {
        this.atTop = records[records.length - 1]!.isIntersecting;
      });
      this.topObserver.observe(this.top);
    }
  }

  private get entries(): readonly FeedEntry[] {
    return this.list.items;
  }

  /** The tab read: `undefined` for one person's feed. */
  private get activeTab(): FeedTab | undefined {
    if (this.personId) return undefined;
    return isOneOf(FEED_TABS, this.tab) ? this.tab : 'all';
  }

  private get loadKey(): string {
    return `${this.personId ?? ''}|${this.activeTab ?? ''}|${this.pageLimit}`;
  }

  private get pageLimit(): number {
    return pageSize('feed', Number(this.pageSize), { clamp: true, fallback: 20 });
  }

  /** The backend changed: forget everything shown and start over. */
  protected override onBackendChanged(): void {
    this.list.reset();
    this.targets.clear();
    this.targetsPending.clear();
    void this.load();
  }

  protected override onDataChanged(change: BackendChange): void {
    if (!change.topics.some((topic) => FEED_TOPICS.has(topic))) return;
    if (change.topics.includes('people')) this.targets.clear();
    this.list.changed();
  }

  /** Loads the first page of the feed the properties ask for. */
  private load(): Promise<void> {
    const backend = this.backendController.backend;
    this.loadedFor = this.loadKey;
    this.holdFrom = undefined;
    this.renderedNewest = undefined;
    this.expanded.clear();
    if (!backend) return Promise.resolve();
    const actorId = this.personId;
    const tab = this.activeTab;
    const reader: PageReader<FeedEntry> = ({ cursor, limit, signal }) =>
      backend.getFeed(actorId ? { actorId, cursor, limit, signal } : { tab, cursor, limit, signal });
    return this.list.load(reader);
  }

  /** After a successful read: the `connected` targets need names; arrivals above a reader wait. */
  private shown(entries: readonly FeedEntry[]): void {
    this.reobserve = true;
    const newest = this.entries[0];
    // Reading further down when newer activity came in: what is on screen stays put; the rest waits for "N new".
    if (!this.atTop && this.holdFrom === undefined && this.renderedNewest && newest && entryKey(newest) !== this.renderedNewest) {
      this.holdFrom = this.renderedNewest;
    }
    const backend = this.backendController.backend;
    if (backend) this.resolveTargets(entries, backend);
  }

  /** Fetches the names of the other people in `connected` activities, once each. */
  private resolveTargets(entries: readonly FeedEntry[], backend: ContactsBackend): void {
    for (const { activity, actor } of entries) {
      const id = activity.targetId;
      if (activity.kind !== 'connected' || !id || this.targets.has(id) || this.targetsPending.has(id)) continue;
      if (id === actor.id || id === backend.viewerId) continue;
      this.targetsPending.add(id);
      backend.getPerson(id).then(
        (person) => this.settleTarget(backend, id, person),
        () => this.settleTarget(backend, id, null),
      );
    }
  }

  private settleTarget(backend: ContactsBackend, id: string, person: Person | null): void {
    if (backend !== this.backendController.backend) return;
    this.targetsPending.delete(id);
    this.targets.set(id, person);
    this.requestUpdate();
  }

  private openPerson(personId: string): void {
    emit(this, 'cc-person-open', { personId });
  }

  private selectTab(tab: FeedTab, byKey: boolean): void {
    if (tab !== this.tab) {
      this.tab = tab;
      emit(this, 'cc-tab-change', { tab });
    }
    if (byKey) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus());
  }

  /** Brings in the activities held back while the user read further down, and goes to the newest. */
  private showNew(): void {
    this.holdFrom = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.top?.scrollIntoView({ block: 'start' });
      this.renderRoot.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
    });
  }

  private toggleGroup(key: string): void {
    if (this.expanded.has(key)) this.expanded.delete(key);
    else this.expanded.add(key);
    this.requestUpdate();
  }

  private observeSentinel(): void {
    const sentinel = this.infinite ? this.sentinel : null;
    if (sentinel === this.observed && !this.reobserve) return;
    this.reobserve = false;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = sentinel;
    if (!sentinel) return;
    this.observer ??= new IntersectionObserver((records) => {
      if (records.some((record) => record.isIntersecting)) void this.list.loadMore();
    });
    // Observing afresh reports the current intersection, so a sentinel still in view after a page loads
    // asks for the next one.
    this.observer.observe(sentinel);
  }

  /** Page Up / Page Down move between articles, as the ARIA feed pattern describes. */
  private onFeedKeydown(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const articles = [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
    const current = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'article');
    const index = current ? articles.indexOf(current) : -1;
    const target = articles[event.key === 'PageDown' ? index + 1 : Math.max(0, index - 1)];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  /** What is on screen: the entries from the held-back point on, and how many newer ones wait. */
  private visible(): { entries: readonly FeedEntry[]; waiting: number } {
    const held = this.holdFrom === undefined ? -1 : this.entries.findIndex((e) => entryKey(e) === this.holdFrom);
    return held > 0 ? { entries: this.entries.slice(held), waiting: held } : { entries: this.entries, waiting: 0 };
  }

  private rows(entries: readonly FeedEntry[]): FeedRow[] {
    const locale = getLocale();
    const timeZone = this.timeZone || undefined;
    const now = Date.now();
    const headings = new Map<number, string>();
    const dayOf = (time: number) => {
      const day = dayNumber(time, timeZone);
      let heading = headings.get(day);
      if (heading === undefined) headings.set(day, (heading = dayHeading(time, { now, locale, timeZone })));
      return heading;
    };
    const groups = groupFeed(entries, { hidden: this.hidePerson, sameDay: (a, b) => dayOf(a) === dayOf(b) });
    return feedRows(groups, { expanded: this.expanded, dayOf, key: entryKey });
  }

  protected override render(): TemplateResult {
    const tab = this.activeTab;
    const showTabs = tab !== undefined && !this.hideTabs;
    const panel = html`${this.renderNewItems()}${this.renderList()}`;
    return html`
      <div class="top" aria-hidden="true"></div>
      ${tab !== undefined && !this.noComposer ? this.composer.render() : nothing}
      ${showTabs ? tabBar(tab, (next, byKey) => this.selectTab(next, byKey)) : nothing}
      ${showTabs ? html`<div role="tabpanel" id=${PANEL_ID} aria-labelledby=${tabId(tab)}>${panel}</div>` : panel}
    `;
  }

  private renderNewItems(): TemplateResult | typeof nothing {
    const { waiting } = this.visible();
    if (waiting === 0) return nothing;
    return html`<div class="new-items-bar">
      <button part="new-items" class="new-items" type="button" @click=${() => this.showNew()}>
        ${msg(str`${waiting} new activities`, { desc: 'Button: this many new activities arrived above; choosing it shows them' })}
      </button>
    </div>`;
  }

  private renderList(): TemplateResult {
    const busy = this.list.reading || this.list.loadingMore;
    const label = this.personId ? msg('Recent activity') : msg('Activity from your network');
    const { entries } = this.visible();
    this.renderedNewest = entries[0] ? entryKey(entries[0]) : undefined;
    const rows = this.rows(entries);
    const article: ArticleContext = {
      setSize: this.list.next === null ? rows.length : -1,
      viewerId: this.backendController.backend?.viewerId,
      targets: this.targets,
      openPerson: (personId) => this.openPerson(personId),
      toggleGroup: (key) => this.toggleGroup(key),
      key: entryKey,
    };
    return html`
      <p part="status" role="status" class="visually-hidden">${this.statusText()}</p>
      ${
        rows.length > 0 || this.list.reading
          ? // An empty feed role fails ARIA's required children, so the container exists only while loading or filled.
            html`<div role="feed" part="feed" aria-label=${label} aria-busy=${busy ? 'true' : 'false'} @keydown=${this.onFeedKeydown}>
              ${repeat(
                rows,
                (row) => `${row.type}:${entryKey(row.entry)}`,
                (row, index) => feedArticle(row, index, article),
              )}
            </div>`
          : nothing
      }
      ${this.list.reading && rows.length === 0 ? skeleton() : nothing} ${this.renderEmpty(rows.length)} ${this.renderError()}
      ${
        this.list.next !== null && !this.list.reading
          ? html`<button part="more" type="button" ?disabled=${this.list.loadingMore} @click=${() => void this.list.loadMore()}>
              ${this.list.loadingMore ? msg('Loading…') : msg('Show more')}
            </button>`
          : nothing
      }
      ${this.infinite && this.list.next !== null ? html`<div class="sentinel" aria-hidden="true"></div>` : nothing}
    `;
  }

  private statusText(): string {
    if (this.list.reading && this.entries.length === 0) return msg('Loading activity…');
    if (this.list.loadingMore) return msg('Loading more activity…');
    return this.announce;
  }

  private renderEmpty(shown: number): TemplateResult | typeof nothing {
    // Empty, or everything read is of people the host hides.
    if (this.list.reading || shown > 0 || (this.list.status !== ListStatus.EMPTY && this.list.status !== ListStatus.LOADED)) return nothing;
    return html`<p part="empty">${emptyText(this.activeTab)}</p>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    if (this.list.status !== ListStatus.ERROR) return nothing;
    return html`<div part="error" role="alert">
      <span>${errorText(this.list.error)}</span>
      ${canRetry(this.list.error) ? html`<button part="retry" type="button" @click=${() => void this.list.retry()}>${msg('Try again')}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-feed': ActivityFeed;
  }
}
