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
  /**
   * Called, instead of the host's `requestUpdate()`, when a scroll changes the rows to render: a host that
   * renders its rows apart from the rest of its template re-renders only them (during the scroll event, so
   * the frame that follows paints them).
   */
  onScroll?: () => void;
}

/** Rows rendered beyond the predicted viewport during a fast scroll, for a scroll that speeds up a little. */
const FAST_OVERSCAN = 2;

/**
 * Windowing for a list of equal-height rows inside a scroll container: only the rows in view (plus an
 * overscan margin) are rendered, each absolutely placed at `index * rowHeight`, so 10,000 rows cost as much
 * as 30. The host re-renders only when the rows to render actually change.
 *
 * A scroll of more than a screenful per frame passes most rows unseen: then the rows rendered are those in
 * view now (where the scroll may stop) and those in view one more such scroll ahead (where the next frame
 * will most likely be painted), not the rows in between, which no frame would show. A row costs style,
 * layout and paint when it is filled, so fewer rows filled per frame is what keeps such a scroll smooth.
 */
export class VirtualWindowController implements ReactiveController {
  rowHeight: number;
  private scroller: HTMLElement | undefined;
  private scrollTop = 0;
  /** How far (px, signed) the last scroll went. */
  private lead = 0;
  private viewport: number;
  private readonly overscan: number;
  private lastKey = '';
  /** The slot (DOM row) of each rendered row index; see `slots`. */
  private slotOf = new Map<number, number>();
  private slotCount = 0;
  /** No row height has been read since the start or the last resize. */
  private needsMeasure = true;
  private count = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly onScroll = (): void => this.read();
  private readonly changed: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: VirtualWindowOptions,
  ) {
    host.addController(this);
    this.rowHeight = options.rowHeight;
    this.overscan = options.overscan ?? 8;
    this.viewport = options.fallbackViewport ?? 600;
    this.changed = options.onScroll ?? (() => host.requestUpdate());
    this.resizeObserver = new ResizeObserver(() => {
      this.needsMeasure = true;
      this.read();
    });
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
    this.needsMeasure = true;
    // The ResizeObserver reports the first size right after layout, outside the host's update.
    if (element) this.listen(element);
  }

  /**
   * Adopts the real height of a rendered row (fonts and zoom decide it), re-rendering if it differs. Reading a
   * height forces a synchronous layout of the rows just rendered, so it is read once, and again only after the
   * scroller has been resized (a root font size change resizes it too), not on every scroll.
   */
  measure(row: HTMLElement | null | undefined): void {
    if (!this.needsMeasure || !row) return;
    const height = row.offsetHeight;
    if (height > 0) this.needsMeasure = false;
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      this.lastKey = '';
      this.host.requestUpdate();
    }
  }

  /**
   * The span of the rows to render for a list of `count` rows: from the first to past the last (during a
   * fast scroll, `indices` leaves out rows inside it).
   */
  range(count: number): RowRange {
    const segments = this.segments(count);
    return { start: segments[0]!.start, end: segments[segments.length - 1]!.end };
  }

  /** The indices of the rows to render for a list of `count` rows, in ascending order. */
  indices(count: number): number[] {
    const indices: number[] = [];
    for (const { start, end } of this.segments(count)) for (let i = start; i < end; i++) indices.push(i);
    return indices;
  }

  /**
   * Gives each row to render a DOM slot, so that a scroll re-uses the slots of the rows that left the window
   * instead of creating new rows: render the result keyed by `slot`, in the order returned. A row that stays
   * rendered keeps its slot, so its element (its focus, a pointer press on it) survives any scroll; keep the
   * focusable row in `indices` to keep it. The order is the slots' order, not the rows': moving a focused
   * element would blur it, and `aria-rowindex` tells assistive technology the rows' order.
   */
  slots(indices: readonly number[]): { slot: number; index: number }[] {
    const wanted = new Set(indices);
    const free: number[] = [];
    const next = new Map<number, number>();
    this.slotOf.forEach((slot, index) => {
      if (wanted.has(index)) next.set(index, slot);
      else free.push(slot);
    });
    free.sort((a, b) => b - a);
    for (const index of indices) {
      if (next.has(index)) continue;
      // A new slot only when none is free: the pool grows to the largest window and no further.
      next.set(index, free.pop() ?? this.slotCount++);
    }
    this.slotOf = next;
    const rows = [...next].map(([index, slot]) => ({ slot, index }));
    rows.sort((a, b) => a.slot - b.slot);
    return rows;
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

  /** How many rows the last scroll went, either way (0 before any scroll). */
  get rowsPerScroll(): number {
    return Math.ceil(Math.abs(this.lead) / this.rowHeight);
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
    const scrollTop = scroller.scrollTop;
    if (scroller.clientHeight > 0) this.viewport = scroller.clientHeight;
    // The rows render a frame after the scroll they follow, and the scroll goes on meanwhile: reach ahead by as
    // far as the last scroll went (up to two viewports), so a fast scroll finds rows rather than a blank pane.
    // This adds no rows per frame: as many enter the window per scroll as without it.
    this.lead = Math.max(-2 * this.viewport, Math.min(2 * this.viewport, scrollTop - this.scrollTop));
    this.scrollTop = scrollTop;
    if (key(this.compute()) !== this.lastKey) this.changed();
  }

  private segments(count: number): RowRange[] {
    this.count = count;
    const segments = this.compute();
    this.lastKey = key(segments);
    return segments;
  }

  /** One range, or two (in order, apart) during a fast scroll; never empty (`{0, 0}` for no rows). */
  private compute(): RowRange[] {
    const count = this.count;
    const clamp = ({ start, end }: RowRange): RowRange => ({ start: Math.max(0, start), end: Math.min(count, end) });
    const first = Math.floor(this.scrollTop / this.rowHeight);
    const visible = Math.ceil(this.viewport / this.rowHeight) + 1;
    const ahead = Math.ceil(Math.abs(this.lead) / this.rowHeight);
    if (ahead <= visible + FAST_OVERSCAN) {
      const start = first - this.overscan - (this.lead < 0 ? ahead : 0);
      const end = first + visible + this.overscan + (this.lead > 0 ? ahead : 0);
      return [clamp({ start, end })];
    }
    const now = clamp({ start: first, end: first + visible });
    const next = this.lead > 0 ? first + ahead : first - ahead;
    const then = clamp({ start: next - FAST_OVERSCAN, end: next + visible + FAST_OVERSCAN });
    if (then.start >= then.end) return [now];
    return this.lead > 0 ? [now, then] : [then, now];
  }
}

function key(segments: readonly RowRange[]): string {
  return segments.map((s) => `${s.start}:${s.end}`).join(',');
}
