/** Per-viewer rate limit: a fixed one-minute window per viewer, per instance (a shared limit needs a store). */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly perMinute: number) {}

  /** True when the viewer may make one more request now. */
  allow(viewerId: string, now = Date.now()): boolean {
    if (this.perMinute <= 0) return true;
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(viewerId) ?? 0) + 1;
    this.counts.set(viewerId, count);
    return count <= this.perMinute;
  }
}
