/**
 * Change notifications: listeners on this adapter are called directly (BroadcastChannel never delivers to the
 * object that posted), and other adapters on the same database, in this tab or others, hear it through a
 * BroadcastChannel named after the database. Changes are posted only after their transaction committed.
 */
import type { BackendChange, ChangeListener } from '../backend.js';
import { ChangeListeners } from '../change-listeners.js';

/** The BroadcastChannel name for a database. */
export function channelName(databaseName: string): string {
  return `contacts-center:${databaseName}`;
}

/** Tells other adapters on `databaseName` about a change (used by the importer, which has no listeners). */
export function broadcastChange(databaseName: string, change: BackendChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(databaseName));
  channel.postMessage(change);
  channel.close();
}

function isChange(data: unknown): data is BackendChange {
  const c = data as BackendChange | null;
  return typeof c === 'object' && c !== null && Array.isArray(c.topics) && Array.isArray(c.personIds);
}

/** One adapter's listeners and its end of the channel. */
export class ChangeHub {
  private readonly listeners = new ChangeListeners();
  private channel: BroadcastChannel | undefined;
  private closed = false;

  /** `onRemote` runs before listeners for changes from elsewhere (e.g. to forget cached reads). */
  constructor(
    private readonly databaseName: string,
    private readonly onRemote: () => void = () => undefined,
  ) {}

  /** Adds a listener; returns its removal. Opens the channel so changes from elsewhere arrive. */
  subscribe(listener: ChangeListener): () => void {
    if (this.closed) return () => undefined;
    const remove = this.listeners.add(listener);
    this.ensureChannel();
    return remove;
  }

  /** Announces a committed change here and to every other adapter on the database. */
  publish(change: BackendChange): void {
    if (this.closed) return;
    this.ensureChannel()?.postMessage(change);
    this.listeners.deliver(change);
  }

  /** Stops listening and forgets every listener. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.channel?.close();
    this.channel = undefined;
  }

  private ensureChannel(): BroadcastChannel | undefined {
    if (this.channel || this.closed || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(channelName(this.databaseName));
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isChange(event.data)) return;
      this.onRemote();
      this.listeners.deliver(event.data);
    };
    return this.channel;
  }
}
