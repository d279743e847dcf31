// A viewer subscribed to a server instance's `GET /events`, as Node sees it (for the event-order test and the load
// run, issue #16), and the check that every subscriber heard every change committed meanwhile, once, whichever
// instance made it (PostgreSQL LISTEN/NOTIFY carries it across); lag is receipt time minus the time the
// committing instance stored on the change.

/** Subscribes with `token` at `url`/events; resolves once the stream's `ready` event has arrived. */
export async function subscribe(url, token) {
  const controller = new AbortController();
  const heard = [];
  let readyId;
  let readyResolve;
  const ready = new Promise((resolve) => (readyResolve = resolve));
  const response = await fetch(`${url}/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pump = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim();
        const event = field('event');
        const id = Number(field('id'));
        if (event === 'ready') {
          readyId = id;
          readyResolve();
        } else if (event === 'change') heard.push({ id, at: Date.now() });
      }
    }
  })();
  await ready;
  return {
    get readyId() {
      return readyId;
    },
    heard,
    async close() {
      controller.abort();
      await pump;
    },
  };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** Compares what each subscriber heard with the changes committed after it was ready. */
export async function eventsReport(db, schema, subscribers) {
  const from = Math.min(...subscribers.map((s) => s.sub.readyId));
  const rows = await db.query(`SELECT id, created_at FROM "${schema}".events WHERE id > $1 ORDER BY id`, [from]);
  const createdAt = new Map(rows.map((r) => [Number(r.id), Number(r.created_at)]));
  return subscribers.map(({ instance, sub }) => {
    const expected = rows.map((r) => Number(r.id)).filter((id) => id > sub.readyId);
    const heardIds = sub.heard.map((h) => h.id);
    const heardSet = new Set(heardIds);
    const lags = sub.heard
      .filter((h) => createdAt.has(h.id))
      .map((h) => h.at - createdAt.get(h.id))
      .sort((a, b) => a - b);
    return {
      subscriber: `on ${instance}`,
      committed: expected.length,
      heard: heardIds.length,
      missing: expected.filter((id) => !heardSet.has(id)).length,
      twice: heardIds.length - heardSet.size,
      'lag p50 ms': percentile(lags, 50),
      'lag p99 ms': percentile(lags, 99),
    };
  });
}
