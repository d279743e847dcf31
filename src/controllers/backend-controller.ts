import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendChange, ContactsBackend } from '../backend/backend.js';
import { backendContext } from '../backend/context.js';

/** What a host hears from its BackendController. */
export interface BackendObserver {
  /** The effective backend changed (set, replaced, or gone): reload everything. */
  backendChanged(backend: ContactsBackend | undefined): void;
  /** The current backend reported a change. */
  dataChanged(change: BackendChange): void;
}

/**
 * Resolves an element's backend (its own `backend` property wins over an ancestor's context) and keeps
 * one subscription to its changes while the element is connected.
 */
export class BackendController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof backendContext, ReactiveControllerHost & HTMLElement>;
  private explicitBackend: ContactsBackend | undefined;
  private current: ContactsBackend | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly observer: BackendObserver,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: backendContext,
      subscribe: true,
      callback: () => this.sync(),
    });
  }

  /** The backend in use, if any. */
  get backend(): ContactsBackend | undefined {
    return this.current;
  }

  /** The host's `backend` property; `undefined` falls back to the context. */
  set explicit(backend: ContactsBackend | undefined) {
    this.explicitBackend = backend;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    const next = this.connected ? (this.explicitBackend ?? this.consumer.value) : undefined;
    if (next === this.current) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = next;
    if (next) this.unsubscribe = next.subscribe((change) => this.observer.dataChanged(change));
    this.observer.backendChanged(next);
  }
}
