import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The rows selected for bulk actions, by id, each with the item it was selected from (so a bulk action
 * still has the person after their row scrolled away or left the list). Insertion-ordered.
 */
export class SelectionController<T> implements ReactiveController {
  private readonly selected = new Map<string, T>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (ids: string[]) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get size(): number {
    return this.selected.size;
  }

  get ids(): string[] {
    return [...this.selected.keys()];
  }

  get items(): T[] {
    return [...this.selected.values()];
  }

  has(id: string): boolean {
    return this.selected.has(id);
  }

  /** Selects or deselects `id`; returns whether it is selected afterwards. */
  toggle(id: string, item: T): boolean {
    const selected = !this.selected.has(id);
    this.set(id, item, selected);
    return selected;
  }

  set(id: string, item: T, selected: boolean): void {
    if (selected === this.selected.has(id)) return;
    if (selected) this.selected.set(id, item);
    else this.selected.delete(id);
    this.changed();
  }

  /** Keeps the stored item current (e.g. a fresher relationship) without changing the selection. */
  refreshItem(id: string, item: T): void {
    if (this.selected.has(id)) this.selected.set(id, item);
  }

  /** Selects every one of `entries` (id and item) in one change. */
  selectAll(entries: Iterable<readonly [string, T]>): void {
    const before = this.selected.size;
    for (const [id, item] of entries) this.selected.set(id, item);
    if (this.selected.size !== before) this.changed();
  }

  clear(): void {
    if (this.selected.size === 0) return;
    this.selected.clear();
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.onChange(this.ids);
  }
}
