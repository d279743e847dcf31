/**
 * Merges calls into one run of `callback` at the next animation frame: the one way live changes are batched.
 *
 * Why a frame rather than a microtask: the bursts that matter arrive in separate tasks (a bulk action reports
 * each person's change after its own transaction; another tab's changes come as separate BroadcastChannel
 * messages), and a microtask ends before the next one starts, so it merges nothing but same-task repeats. A
 * frame merges everything that lands before the screen can show it anyway, at no visible delay (a 60 ms timer
 * merged more but showed every change three or four frames late). And a hidden tab paints no frames, so it does
 * no re-reads until it is seen again, and then one.
 */
export class FrameBatch {
  private _frame = 0;

  constructor(private readonly callback: () => void) {}

  /** A run is scheduled. */
  get scheduled(): boolean {
    return this._frame !== 0;
  }

  /** Runs `callback` at the next frame (once, however often this is called before then). */
  schedule(): void {
    if (this._frame !== 0) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this.callback();
    });
  }

  /** Drops the scheduled run, if any. */
  cancel(): void {
    if (this._frame !== 0) cancelAnimationFrame(this._frame);
    this._frame = 0;
  }
}
