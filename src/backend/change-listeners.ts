/** The change listeners of one adapter (or of one in-memory world), as every adapter keeps them. */
import type { BackendChange, ChangeListener } from './backend.js';

export class ChangeListeners {
  readonly #listeners = new Set<ChangeListener>();

  get size(): number {
    return this.#listeners.size;
  }

  /** Adds a listener; returns its removal. */
  add(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  clear(): void {
    this.#listeners.clear();
  }

  /**
   * Calls every listener with its own copy of the change (so one cannot edit what the next hears). One that
   * throws must not keep the others from hearing about the change: its error is rethrown in a microtask.
   */
  deliver(change: BackendChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener({ topics: [...change.topics], personIds: [...change.personIds] });
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
