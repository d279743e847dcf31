import type { ContactsBackend } from '../../backend/backend.js';
import { msg } from '@lit/localize';
import { html, nothing, render, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PersonEntry } from '../../backend/backend.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import type { PeopleSearchController } from '../../controllers/people-search-controller.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import { VirtualWindowController } from '../../controllers/virtual-window-controller.js';
import { getLocale } from '../../i18n/localization.js';
import { canRetry, errorText } from '../shared/error-text.js';
import { initialOf, initialStartKey } from '../../backend/initials.js';
import { sortKeyOf } from '../../backend/search-text.js';
import { personRow } from './person-row.js';
import { RowMutual } from './row-mutual.js';
import { rowMatch } from './row-match.js';

/** Row height (px) assumed until a row has been measured; matches `--_row-height` in the styles. */
const DEFAULT_ROW_HEIGHT = 60;
/** Start fetching the next page when the window's end is this close to the last loaded row (at least). */
const LOAD_AHEAD_ROWS = 30;
/** When scrolling fast, start fetching the next page this many scrolls (of the last scroll's length) ahead. */
const FAST_LOAD_AHEAD_SCROLLS = 6;

/** Where a jump to an initial landed: on its first person, on the first after it (none under it), or nowhere. */
export type JumpResult = 'found' | 'after' | 'none';

/** What the grid shows and what it tells its host. */
export interface PeopleGridOptions {
  /** The people, paged as the grid scrolls. */
  search: PeopleSearchController;
  /** The rows selected for bulk actions (checkboxes, Space). */
  selection: SelectionController<PersonEntry>;
  /** The person whose profile is open: their row is marked current. */
  currentId(): string | null;
  /** A row was opened (clicked, or Enter). */
  onOpen(entry: PersonEntry, index: number): void;
  /** The adapter, for the rows' mutual connections. */
  backend(): ContactsBackend | undefined;
}

/**
 * The people grid of <contacts-center>: a virtualized, keyboard-operable `role="grid"` that renders only the
 * rows in view (10,000 people stay smooth), re-uses row elements as it scrolls, and asks for the next page
 * before the scroll reaches the last loaded row. Keyboard navigation is the GridNavigationController's.
 */
export class PeopleGrid implements ReactiveController {
  // A scroll re-renders the rows alone, not the whole element (home, toolbar, profile): see renderRows.
  readonly window: VirtualWindowController;
  readonly navigation: GridNavigationController;
  /** The list shows "Loading more…" (the next page loads and the rendered rows reach the last loaded one). */
  private loadingMoreShown = false;
  /** The mutual connections of the rows in view, read a batch at a time. */
  readonly mutual = new RowMutual(() => this.renderRows());

  constructor(
    private readonly host: LitElement,
    private readonly options: PeopleGridOptions,
  ) {
    this.window = new VirtualWindowController(host, { rowHeight: DEFAULT_ROW_HEIGHT, onScroll: () => this.renderRows() });
    this.navigation = new GridNavigationController(host, {
      count: () => options.search.entries.length,
      rowsPerPage: () => this.window.rowsPerPage,
      reveal: (index) => this.window.scrollIntoView(index),
      rowElement: (index) => host.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
      onActivate: (index) => {
        const entry = options.search.entries[index];
        if (entry) options.onOpen(entry, index);
      },
      onToggle: (index) => this.toggle(index),
    });
    host.addController(this);
  }

  private get grid(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.grid');
  }

  /** Back to the first row, as for a new search. */
  reset(): void {
    this.navigation.activeIndex = 0;
    const grid = this.grid;
    if (grid) grid.scrollTop = 0;
  }

  hostUpdated(): void {
    const grid = this.grid;
    this.window.observe(grid ?? undefined);
    this.renderRows();
    this.window.measure(grid?.querySelector<HTMLElement>('.row'));
  }

  /**
   * Moves to the first person under `initial` (or, when there is none, the first after it), loading pages of
   * the largest size until one is loaded or the list ends, and focuses that row. A new search meanwhile stops it
   * (`none`). With nobody at or after the initial, focuses the last row.
   */
  async jumpTo(initial: string): Promise<JumpResult> {
    const s = this.options.search;
    const start = initialStartKey(initial);
    const at = (entries: readonly PersonEntry[]): number => entries.findIndex((e) => sortKeyOf(e.person) >= start);
    if (!(await s.loadUntil((entries) => at(entries) >= 0)) || !this.host.isConnected) return 'none';
    const index = at(s.entries);
    if (index >= 0) {
      await this.navigation.focusRow(index);
      return initialOf(s.entries[index]!.person) === initial ? 'found' : 'after';
    }
    if (s.entries.length) await this.navigation.focusRow(s.entries.length - 1);
    return 'none';
  }

  private toggle(index: number): void {
    const entry = this.options.search.entries[index];
    if (entry) this.options.selection.toggle(entry.person.id, entry);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.navigation.indexOf(event);
    if (index === undefined) return;
    const entry = this.options.search.entries[index];
    if (!entry) return;
    this.navigation.activeIndex = index;
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
      this.toggle(index);
      return;
    }
    this.options.onOpen(entry, index);
  };

  /**
   * The grid labelled `label`, or while there are no rows, the search's state in words: loading, failed (with
   * Retry) or `emptyText()`. The rows themselves follow in `hostUpdated`.
   */
  render(label: string, emptyText: () => string): TemplateResult {
    const s = this.options.search;
    const entries = s.entries;
    if (entries.length === 0) {
      if (s.status === 'error') {
        return html`<div class="list-message" part="list-error">
          <p>${errorText(s.error)}</p>
          ${canRetry(s.error) ? html`<button type="button" @click=${() => s.retry()}>${msg('Retry')}</button>` : nothing}
        </div>`;
      }
      if (s.status === 'ready') return html`<p class="list-message" part="empty">${emptyText()}</p>`;
      return html`<p class="list-message" part="loading">${msg('Loading people…')}</p>`;
    }
    const count = entries.length;
    const { end } = this.window.range(count);
    this.loadingMoreShown = s.loadingMore && end >= count;
    // The rows themselves are rendered into the row group by renderRows, after this update and on scroll.
    return html`<div
        class="grid"
        part="list"
        role="grid"
        aria-label=${label}
        aria-multiselectable="true"
        aria-rowcount=${s.next === null ? count : -1}
        aria-busy=${s.status === 'loading' || s.loadingMore ? 'true' : 'false'}
        @click=${this.onClick}
        @keydown=${this.navigation.handleKeydown}
        @focusin=${this.navigation.handleFocusIn}
      >
        <div class="rows" role="rowgroup" style="height:${count * this.window.rowHeight}px"></div>
      </div>
      ${this.loadingMoreShown ? html`<p class="loading-more" part="loading-more">${msg('Loading more…')}</p>` : nothing}`;
  }

  /**
   * Renders the window of rows into the row group, apart from the element's template: a scroll changes only
   * which rows are rendered, so it re-renders them alone, during the scroll event, rather than the whole
   * element a microtask later. Also called after every update of the host (its entries, selection, active
   * row or open profile may have changed). Then asks for the next page if the window nears the loaded end.
   */
  private renderRows(): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.rows');
    const entries = this.options.search.entries;
    const count = entries.length;
    if (!container || count === 0) return;
    const indices = this.window.indices(count);
    const end = indices.length ? indices[indices.length - 1]! + 1 : 0;
    // The row in the tab order stays rendered even when scrolled away, so Tab always finds the grid.
    const active = Math.min(this.navigation.activeIndex, count - 1);
    if (!indices.includes(active)) indices.push(active);
    const height = this.window.rowHeight;
    const locale = getLocale();
    const query = this.options.search.query.trim();
    this.mutual.want(
      this.options.backend(),
      // A suggestion's reason stands in for its mutual line, so a ranked list reads no mutual connections.
      indices.flatMap((i) => (entries[i]!.personal || entries[i]!.suggestion ? [] : [entries[i]!.person.id])),
    );
    render(
      repeat(
        this.window.slots(indices),
        // Keyed by slot: scrolling re-fills the rows that left the window rather than creating new ones.
        ({ slot }) => slot,
        ({ index: i }) => {
          const entry = entries[i]!;
          const initial = initialOf(entry.person);
          const previous = entries[i - 1];
          const props = {
            entry,
            index: i,
            top: i * height,
            active: i === active,
            selected: this.options.selection.has(entry.person.id),
            current: entry.person.id === this.options.currentId(),
            // Suggestions are ranked, not in name order: no initial headings.
            initial: entry.suggestion || (previous && initialOf(previous.person) === initial) ? undefined : initial,
            match: query ? rowMatch(entry.person, query) : undefined,
            mutual: entry.personal ? undefined : this.mutual.of(entry.person.id),
          };
          // A row whose inputs are unchanged (most of them, on a scroll) is not even re-templated.
          return guard(
            [entry, i, props.top, props.active, props.selected, props.current, props.initial, props.match?.text, props.mutual, locale],
            () => personRow(props),
          );
        },
      ),
      container,
      { host: this.host },
    );
    // A scroll to the end while the next page loads shows "Loading more…", which is the element's to render.
    if (this.options.search.loadingMore && end >= count && !this.loadingMoreShown) this.host.requestUpdate();
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
    const s = this.options.search;
    const ahead = Math.max(LOAD_AHEAD_ROWS, Math.floor(s.pageSize / 2), FAST_LOAD_AHEAD_SCROLLS * this.window.rowsPerScroll);
    if (s.next === null || end < s.entries.length - ahead) return;
    setTimeout(() => {
      if (this.host.isConnected) void s.loadMore();
    });
  }
}
