/** One row of the bench table. Times are medians in milliseconds. */
export interface BenchRow {
  group: string;
  name: string;
  /** Our figure (ms unless `unit` says otherwise). */
  value: number;
  unit?: string;
  /** A reference measured in the same run (a raw IndexedDB read, a peer library). */
  reference?: { name: string; value: number };
  /** Human-readable target, e.g. "≤ 1.5× raw" or "fastest". */
  target?: string;
  /** Whether the target holds; absent when there is no target. */
  holds?: boolean;
}
