/**
 * One read at a time that counts: starting a read aborts the one before it, and an aborted read's answer (or
 * failure) is dropped. The abort is the only staleness check, so "dropped" and "cancelled" cannot disagree, and
 * an adapter that honours the signal stops work nobody will look at (a superseded search, a page of a list that
 * was reloaded, a profile the user has already left).
 *
 * The single-value form of the paged list's mechanism: a profile, a count.
 */
export class LatestRead {
  private _controller: AbortController | undefined;

  /** A read is in flight (started, not yet settled nor aborted). */
  get pending(): boolean {
    return this._controller !== undefined;
  }

  /**
   * Starts `read`, aborting any read in flight, and hands its answer to `onValue` or its failure to `onError`,
   * unless it was aborted meanwhile. The returned promise settles after that (it never rejects).
   */
  run<T>(read: (signal: AbortSignal) => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): Promise<void> {
    this.abort();
    const controller = new AbortController();
    this._controller = controller;
    const { signal } = controller;
    const settle = (done: () => void): void => {
      if (signal.aborted) return;
      this._controller = undefined;
      done();
    };
    let answer: Promise<T>;
    try {
      // Called at once, not a microtask later: the read sees the data as it is now.
      answer = read(signal);
    } catch (error) {
      answer = Promise.reject(error);
    }
    return answer.then(
      (value) => settle(() => onValue(value)),
      (error: unknown) => settle(() => onError(error)),
    );
  }

  /** Aborts the read in flight, if any: its answer will be dropped. */
  abort(): void {
    this._controller?.abort();
    this._controller = undefined;
  }
}
