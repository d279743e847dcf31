/**
 * Per-viewer rate limit in fixed one-minute windows, counted in the database (`rate_limits`, migration 004) so
 * that every instance on one database shares it: one upsert per request. Windows that ended are deleted when this
 * instance enters a new one.
 */
import { checkSchemaName, type Database } from './db/types.js';

const WINDOW_MS = 60_000;

/** The verdict on one request: allowed, or refused until `retryAfterSeconds` from now. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly table: string;
  private window = 0;

  constructor(
    private readonly db: Database,
    schema: string,
    private readonly perMinute: number,
    private readonly log: (error: unknown) => void,
  ) {
    this.table = `"${checkSchemaName(schema)}".rate_limits`;
  }

  /** Counts one request by the viewer now. A failing database lets it through (the request then reports it). */
  async take(viewerId: string, now = Date.now()): Promise<RateVerdict> {
    if (this.perMinute <= 0) return { allowed: true };
    const window = now - (now % WINDOW_MS);
    if (window !== this.window) {
      this.window = window;
      this.db.query(`DELETE FROM ${this.table} WHERE window_start < $1`, [window]).catch(this.log);
    }
    try {
      const [row] = await this.db.query<{ count: number }>(
        `INSERT INTO ${this.table} AS r (viewer_id, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (viewer_id, window_start) DO UPDATE SET count = r.count + 1 RETURNING r.count`,
        [viewerId, window],
      );
      if (row!.count <= this.perMinute) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window + WINDOW_MS - now) / 1000)) };
    } catch (error) {
      this.log(error);
      return { allowed: true };
    }
  }
}
