import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the grid tells its navigation: how many rows, and how to reach, open and select one. */
export interface GridNavigationOptions {
  /** Rows in the grid (loaded, not necessarily rendered). */
  count(): number;
  /** Rows one PageUp/PageDown moves. */
  rowsPerPage(): number;
  /** Makes row `index` rendered and visible (a virtualized grid renders only a window). */
  reveal(index: number): void;
  /** The rendered element of row `index`, if it is rendered. */
  rowElement(index: number): HTMLElement | null;
  /** Enter on a row. */
  onActivate(index: number): void;
  /** Space on a row, outside its checkbox (which toggles itself). */
  onToggle(index: number): void;
}

/** Keys that move the active row. */
const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'] as const;
type MoveKey = (typeof MOVES)[number];

const isMove = (key: string): key is MoveKey => (MOVES as readonly string[]).includes(key);

/**
 * Keyboard navigation of a one-column grid with a roving tab stop (the ARIA grid pattern): exactly one row,
 * the active one, is in the tab order; arrows, Home/End and PageUp/PageDown move it and focus, Enter activates
 * and Space toggles the selection. The host renders rows with `data-index` and `tabindex` from `activeIndex`,
 * and binds `handleKeydown` and `handleFocusIn` on the grid element.
 */
export class GridNavigationController implements ReactiveController {
  private active = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridNavigationOptions,
  ) {
    host.addController(this);
  }

  /** The row in the tab order. */
  get activeIndex(): number {
    return this.active;
  }

  set activeIndex(index: number) {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  /** Keeps the active row among the rows there are, before each render. */
  hostUpdate(): void {
    const count = this.options.count();
    if (this.active >= count) this.active = Math.max(0, count - 1);
  }

  /** Moves the tab stop to row `index` (clamped), brings it into view and focuses it. */
  async focusRow(index: number): Promise<void> {
    const count = this.options.count();
    if (count === 0) return;
    const target = Math.min(count - 1, Math.max(0, index));
    this.activeIndex = target;
    this.options.reveal(target);
    await this.host.updateComplete;
    // Revealed just above. The browser's own reveal would add nothing, and WebKit defers it to the next frame,
    // where it would undo a scroll made in between (a key repeat, a wheel, a script).
    this.options.rowElement(target)?.focus({ preventScroll: true });
  }

  /** Focuses the active row (ArrowDown from a search field, focus returning to the list). */
  focusActive(): Promise<void> {
    return this.focusRow(this.active);
  }

  /** The index of the row an event happened in, if any, looking no further out than the grid itself. */
  indexOf(event: Event): number | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.getAttribute('role') === 'row') return Number(node.dataset.index);
      if (node === event.currentTarget) break;
    }
    return undefined;
  }

  /** Focus entering a row (by click or Tab) makes it the active one. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    const index = this.indexOf(event);
    if (index !== undefined) this.activeIndex = index;
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const count = this.options.count();
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.active;
    if (isMove(event.key)) {
      event.preventDefault();
      void this.focusRow(this.target(event.key, current, count));
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.options.onActivate(current);
    } else if (event.key === ' ') {
      // A focused checkbox toggles itself (and its click handler updates the selection).
      if ((event.target as HTMLElement).matches('input[type=checkbox]')) return;
      event.preventDefault();
      this.options.onToggle(current);
    }
  };

  private target(key: MoveKey, current: number, count: number): number {
    switch (key) {
      case 'ArrowDown':
        return current + 1;
      case 'ArrowUp':
        return current - 1;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      case 'PageDown':
        return current + this.options.rowsPerPage();
      case 'PageUp':
        return current - this.options.rowsPerPage();
    }
  }
}
