-- Requests per viewer in fixed one-minute windows, counted here so every instance on this database shares the
-- limit (a viewer cannot get N times the limit from N instances). Unlogged: a crash may forget a minute's counts.
CREATE UNLOGGED TABLE rate_limits (
  viewer_id text NOT NULL,
  window_start bigint NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (viewer_id, window_start)
);
