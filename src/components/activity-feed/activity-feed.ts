import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BackendChange, ContactsBackend, FeedEntry } from '../../backend/backend.js';
import { PAGE_SIZES, pageSize } from '../../backend/page-sizes.js';
import { ListStatus, PagedListController, type PageReader } from '../../controllers/paged-list-controller.js';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { avatar, avatarStyles } from '../shared/avatar.js';
import { canRetry, errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import { httpUrl } from '../shared/http-url.js';
import { exactTime, isoTime, MinuteClockController, relativeTime } from '../shared/relative-time.js';
import { activityFeedStyles } from './activity-feed.styles.js';
/** The details of the events this element fires (and, through them, the typed `cc-*` event map). */
export type { ErrorEventDetail, PersonOpenEventDetail } from '../shared/events.js';

/** Consecutive items by one actor at most this far apart share one header. */
const GROUP_WINDOW = 10 * 60 * 1000;
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
 * What the viewer's network is doing: the activities of the people they are connected to or follow,
 * newest first, never from a blocked person. With `person-id`, one person's recent activity.
 *
 * Pages with a "Show more" button (and, with `infinite`, by scrolling); reloads live when the backend reports
 * new activity or a relationship change, in this tab or another; relative times refresh every minute.
 *
 * @summary The activity feed of the viewer's network, or of one person.
 *
 * @fires {CustomEvent<PersonOpenEventDetail>} cc-person-open - The user chose a person's name, so a host can open
 *   their profile. `detail: { personId }`.
 * @fires {CustomEvent<ErrorEventDetail>} cc-error - Loading failed. `detail: { error, message, action: 'load' }`.
 *
 * @csspart feed - The list of activities (`role="feed"`).
 * @csspart item - One activity (`<article>`); grouped follow-ups also have the `continued` class.
 * @csspart avatar - The actor's avatar.
 * @csspart header - The line with the actor's name and the time.
 * @csspart actor - The actor's name, a button that emits `cc-person-open`.
 * @csspart time - The relative time (`<time>`, exact time in its tooltip).
 * @csspart summary - What happened: the post's text, or e.g. "connected with Jane Doe".
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
  static override styles = [themeStyles, avatarStyles, activityFeedStyles];

  /** Only this person's activities. Absent: the viewer's network feed. */
  @property({ attribute: 'person-id', reflect: true }) personId: string | undefined;

  /** Activities per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Load the next page when the end of the list scrolls into view (the "Show more" button stays). */
  @property({ type: Boolean, reflect: true }) infinite = false;

  @query('.sentinel') private sentinel!: HTMLElement | null;

  private readonly list = new PagedListController<FeedEntry>(this, {
    key: entryKey,
    pageSize: () => this.pageLimit,
    maxPageSize: PAGE_SIZES.feed.max,
    covers: reachesBack,
    onRead: (entries) => this.shown(entries),
    onError: (error) => emit(this, 'cc-error', { error, message: errorText(error), action: 'load' }),
  });
  /** The `person-id`/`page-size` the shown list was loaded for. */
  private loadedFor = '';
  /** Names of `connected` targets: a Person, `null` when unavailable. */
  private targets = new Map<string, Person | null>();
  private targetsPending = new Set<string>();
  private observer: IntersectionObserver | undefined;
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
    this.observer = undefined;
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('personId') || changed.has('pageSize')) && this.backendController.backend && this.loadKey !== this.loadedFor) {
      this.list.reset();
      void this.load();
    }
  }

  protected override updated(): void {
    this.observeSentinel();
  }

  private get entries(): readonly FeedEntry[] {
    return this.list.items;
  }

  private get loadKey(): string {
    return `${this.personId ?? ''}|${this.pageLimit}`;
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
    if (!backend) return Promise.resolve();
    const actorId = this.personId;
    const reader: PageReader<FeedEntry> = ({ cursor, limit, signal }) =>
      backend.getFeed(actorId ? { actorId, cursor, limit, signal } : { cursor, limit, signal });
    return this.list.load(reader);
  }

  /** After a successful read: the `connected` targets of the items it brought need names. */
  private shown(entries: readonly FeedEntry[]): void {
    this.reobserve = true;
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

  protected override render(): TemplateResult {
    const busy = this.list.reading || this.list.loadingMore;
    const label = this.personId ? msg('Recent activity') : msg('Activity from your network');
    return html`
      <p part="status" role="status" class="visually-hidden">${this.statusText()}</p>
      ${
        this.entries.length > 0 || this.list.reading
          ? // An empty feed role fails ARIA's required children, so the container exists only while loading or filled.
            html`<div role="feed" part="feed" aria-label=${label} aria-busy=${busy ? 'true' : 'false'} @keydown=${this.onFeedKeydown}>
              ${repeat(this.entries, entryKey, (entry, index) => this.renderItem(entry, index))}
            </div>`
          : nothing
      }
      ${this.list.reading && this.entries.length === 0 ? this.renderSkeleton() : nothing} ${this.renderEmpty()} ${this.renderError()}
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
    return '';
  }

  private renderEmpty(): TemplateResult | typeof nothing {
    if (this.list.status !== ListStatus.EMPTY || this.list.reading) return nothing;
    return html`<p part="empty">
      ${this.personId ? msg('No recent activity.') : msg('Connect with or follow people to see their activity here.')}
    </p>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    if (this.list.status !== ListStatus.ERROR) return nothing;
    return html`<div part="error" role="alert">
      <span>${errorText(this.list.error)}</span>
      ${canRetry(this.list.error) ? html`<button part="retry" type="button" @click=${() => void this.list.retry()}>${msg('Try again')}</button>` : nothing}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    const line = html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <span class="disc"></span>
      <span><span class="line short" style="display:block"></span><span class="line" style="display:block"></span></span>
    </div>`;
    return html`${line}${line}${line}`;
  }

  /** Index of the first item of the group `index` belongs to. */
  private groupStart(index: number): number {
    let start = index;
    while (start > 0) {
      const previous = this.entries[start - 1]!;
      const current = this.entries[start]!;
      const sameActor = previous.actor.id === current.actor.id;
      if (!sameActor || previous.activity.createdAt - current.activity.createdAt > GROUP_WINDOW) break;
      start--;
    }
    return start;
  }

  private renderItem(entry: FeedEntry, index: number): TemplateResult {
    const { activity, actor } = entry;
    const start = this.groupStart(index);
    const continued = start !== index;
    const following = this.entries[index + 1];
    const grouped = continued || (following !== undefined && this.groupStart(index + 1) === start);
    const nameId = `actor-${start}`;
    const summaryId = `summary-${index}`;
    const setSize = this.list.next === null ? this.entries.length : -1;
    const classes = [
      'item',
      continued ? 'continued' : '',
      grouped ? 'grouped' : '',
      grouped && !(following && this.groupStart(index + 1) === start) ? 'last' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<article
      part="item"
      class=${classes}
      tabindex="-1"
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      aria-labelledby=${nameId}
      aria-describedby=${summaryId}
    >
      <div class="gutter">${continued ? nothing : avatar(actor)}</div>
      <div class="content">
        ${
          continued
            ? nothing
            : html`<header part="header">
                <button class="name" part="actor" type="button" id=${nameId} @click=${() => this.openPerson(actor.id)}>
                  ${actor.displayName}
                </button>
                ${this.renderTime(activity.createdAt)}
              </header>`
        }
        <p part="summary" id=${summaryId}>${this.describe(activity)}</p>
        ${this.renderLink(activity.link)} ${continued ? this.renderTime(activity.createdAt) : nothing}
      </div>
    </article>`;
  }

  private renderTime(time: number): TemplateResult {
    return html`<time part="time" datetime=${isoTime(time)} title=${exactTime(time)}>${relativeTime(time)}</time>`;
  }

  private renderLink(link: string | undefined): TemplateResult | typeof nothing {
    if (!link) return nothing;
    const href = httpUrl(link);
    // Never trust user data in an href: only http(s) becomes a link.
    return href
      ? html`<div><a part="link" href=${href} target="_blank" rel="noopener noreferrer nofollow">${link}</a></div>`
      : html`<div><span part="link">${link}</span></div>`;
  }

  /** What happened, in words. */
  private describe(activity: Activity): string {
    switch (activity.kind) {
      case 'connected': {
        if (activity.targetId && activity.targetId === this.backendController.backend?.viewerId) return msg('connected with you');
        const target = activity.targetId ? this.targets.get(activity.targetId) : undefined;
        return target ? msg(str`connected with ${target.displayName}`) : msg('made a new connection');
      }
      case 'post':
        return activity.text;
      case 'joined':
        return msg('joined');
      case 'profile-updated':
        return msg('updated their profile');
      default:
        return activity.text || activity.kind;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-feed': ActivityFeed;
  }
}
