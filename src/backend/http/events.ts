/**
 * Live changes from the server's `GET /events` (Server-Sent Events), read with fetch so the token travels in
 * a header. Reconnects with capped, jittered exponential backoff and resumes with Last-Event-ID, so changes
 * made while the connection was down still arrive (the server replays them).
 */
import type { BackendChange } from '../backend.js';
import { sleep, type Transport } from './transport.js';

/** A change as the server numbers it. */
export interface NumberedChange extends BackendChange {
  id: number;
}

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;

/** One SSE connection that keeps itself open until stopped. */
export class EventStream {
  private readonly controller = new AbortController();
  private lastEventId: string | undefined;
  /** Resolves when the first connection is established, fails, or the stream is stopped. */
  readonly ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    private readonly transport: Transport,
    private readonly onChange: (change: NumberedChange) => void,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    void this.run();
  }

  stop(): void {
    this.controller.abort();
    this.markReady();
  }

  private async run(): Promise<void> {
    const signal = this.controller.signal;
    let failures = 0;
    let refused = false;
    while (!signal.aborted) {
      try {
        // After a refused token, the next attempt asks for a fresh one.
        const token = await this.transport.token(refused);
        const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
        if (this.lastEventId !== undefined) headers['last-event-id'] = this.lastEventId;
        const response = await fetch(this.transport.url('/events'), { headers, signal, cache: 'no-store' });
        refused = response.status === 401;
        if (!response.ok || !response.body) throw new Error(`The event stream answered ${response.status}.`);
        await this.read(response.body, () => (failures = 0));
      } catch {
        // Dropped, refused or unreachable: try again below, unless stopped.
      }
      if (signal.aborted) return;
      // Changes waiting for this stream go ahead: it is down, and will resume from its last event id.
      this.markReady();
      failures++;
      const backoff = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** (failures - 1));
      await sleep(backoff * (0.5 + Math.random() / 2), signal).catch(() => undefined);
    }
  }

  /** Reads events until the stream ends. `connected` runs on the server's `ready` event. */
  private async read(body: ReadableStream<Uint8Array>, connected: () => void): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        this.dispatch(block, connected);
      }
    }
  }

  private dispatch(block: string, connected: () => void): void {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (id !== undefined) this.lastEventId = id;
    if (event === 'ready') {
      connected();
      this.markReady();
      return;
    }
    if (event !== 'change') return;
    try {
      const change = JSON.parse(data.join('\n')) as BackendChange;
      if (Array.isArray(change.topics) && Array.isArray(change.personIds))
        this.onChange({ id: Number(id), topics: change.topics, personIds: change.personIds });
    } catch {
      // A malformed event is skipped; the next one still arrives.
    }
  }
}
