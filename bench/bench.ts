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

/** The words of `BENCH_ONLY` (bench/run.js passes it as `?only=`); empty when every row is wanted. */
const onlyWords = (new URLSearchParams(location.search).get('only') ?? '').split(',').filter((w) => w.length > 0);

/** Whether the row named `name` is to be timed in this run. */
export const wanted = (name: string): boolean => onlyWords.length === 0 || onlyWords.some((w) => name.includes(w));
