/**
 * The open profile's mutual connections: read beside the profile, only the newest read's answer kept, and a
 * failure simply leaves them out (the profile itself says what went wrong, if anything did).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactsBackend, MutualConnections } from '../../backend/backend.js';
import { LatestRead } from '../../controllers/latest-read.js';
import { MUTUAL_LISTED } from './mutual-view.js';

export class MutualConnectionsController implements ReactiveController {
  #shown: { id: string; value: MutualConnections } | undefined;
  readonly #read = new LatestRead();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#read.abort();
  }

  /** The mutual connections of `id`, once read. */
  of(id: string): MutualConnections | undefined {
    return this.#shown?.id === id ? this.#shown.value : undefined;
  }

  /** Reads the mutual connections of `id` (none for the viewer themself). */
  load(backend: ContactsBackend, id: string): void {
    if (this.#shown?.id !== id) this.#show(undefined);
    if (id === backend.viewerId) {
      this.#read.abort();
      return;
    }
    void this.#read.run(
      (signal) => backend.getMutualConnections(id, { limit: MUTUAL_LISTED, signal }),
      (value) => this.#show({ id, value }),
      () => this.#show(undefined),
    );
  }

  #show(shown: { id: string; value: MutualConnections } | undefined): void {
    this.#shown = shown;
    this.host.requestUpdate();
  }
}
