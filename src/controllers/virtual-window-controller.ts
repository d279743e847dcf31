import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows `start` (inclusive) to `end` (exclusive) of a list. */
export interface RowRange {
  start: number;
  end: number;
}

export interface VirtualWindowOptions {
  /** Row height in px before one has been measured. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. Default 8. */
  overscan?: number;
  /** Viewport height in px assumed before the scroller has been laid out. Default 600. */
  fallbackViewport?: number;
}

/**
 * Windowing for a list of equal-height rows inside a scroll container: only the rows in view (plus an
 * overscan margin) are rendered, each absolutely placed at `index * rowHeight`, so 10,000 rows cost as much
 * as 30. The host re-renders only when the visible range actually changes.
 */
export class VirtualWindowController implements ReactiveController {
  rowHeight: number;
  private scroller: HTMLElement | undefined;
  private scrollTop = 0;
  private viewport: number;
  private readonly overscan: number;
  private lastKey = '';
  private count = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly onScroll = (): void => this.read();

  constructor(
    private readonly host: ReactiveControllerHost,
    options: VirtualWindowOptions,
  ) {
    host.addController(this);
    this.rowHeight = options.rowHeight;
    this.overscan = options.overscan ?? 8;
    this.viewport = options.fallbackViewport ?? 600;
    this.resizeObserver = new ResizeObserver(() => this.read());
  }

  hostConnected(): void {
    if (this.scroller) this.listen(this.scroller);
  }

  hostDisconnected(): void {
    if (this.scroller) this.unlisten(this.scroller);
  }

  /** Follows `element`'s scrolling (call after each render; the same element is a no-op). */
  observe(element: HTMLElement | undefined): void {
    if (element === this.scroller) return;
    if (this.scroller) this.unlisten(this.scroller);
    this.scroller = element;
    // The ResizeObserver reports the first size right after layout, outside the host's update.
    if (element) this.listen(element);
  }

  /** Adopts the real height of a rendered row (fonts and zoom decide it), re-rendering if it differs. */
  measure(row: HTMLElement | null | undefined): void {
    const height = row?.offsetHeight ?? 0;
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      this.lastKey = '';
      this.host.requestUpdate();
    }
  }

  /** The rows to render for a list of `count` rows. */
  range(count: number): RowRange {
    this.count = count;
    const first = Math.floor(this.scrollTop / this.rowHeight);
    const visible = Math.ceil(this.viewport / this.rowHeight) + 1;
    const start = Math.max(0, first - this.overscan);
    const end = Math.min(count, first + visible + this.overscan);
    this.lastKey = `${start}:${end}`;
    return { start, end };
  }

  /** Scrolls the least distance that shows row `index` whole. */
  scrollIntoView(index: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    this.read();
  }

  /** How many rows fit in the viewport (for Page Up / Page Down). */
  get rowsPerPage(): number {
    return Math.max(1, Math.floor(this.viewport / this.rowHeight));
  }

  private listen(element: HTMLElement): void {
    element.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver.observe(element);
  }

  private unlisten(element: HTMLElement): void {
    element.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.unobserve(element);
  }

  private read(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.scrollTop = scroller.scrollTop;
    if (scroller.clientHeight > 0) this.viewport = scroller.clientHeight;
    const first = Math.floor(this.scrollTop / this.rowHeight);
    const visible = Math.ceil(this.viewport / this.rowHeight) + 1;
    const start = Math.max(0, first - this.overscan);
    const end = Math.min(this.count, first + visible + this.overscan);
    if (`${start}:${end}` !== this.lastKey) this.host.requestUpdate();
  }
}
