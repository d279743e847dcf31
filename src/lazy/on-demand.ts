/**
 * Parts of the library loaded on first use (the profile pane, the HTTP adapter): a module imported the first time
 * it is needed, its promise kept so it loads once, and a failed load (a network error, a deploy that removed the
 * old chunk) forgotten so that Retry can load it again. Elements render the part through `OnDemandPart`, which
 * shows a loading state meanwhile and an error with a Retry button when the load failed.
 * @module
 */
import { msg } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** A part of the library could not be loaded; `cause` is what the import threw. */
export class PartLoadError extends Error {
  override readonly name = 'PartLoadError';

  constructor(options?: { cause?: unknown }) {
    super(msg('Part of this page could not be loaded. Check your connection, then retry.'), options);
  }
}

/** A module loaded on first use: one import however often it is asked for, another only after a failure. */
export class OnDemand<T> {
  #loading: Promise<T> | undefined;
  #value: T | undefined;
  #error: PartLoadError | undefined;

  constructor(
    private readonly importPart: () => Promise<T>,
    private readonly changed: () => void = () => {},
  ) {}

  /** The loaded part, once it has loaded. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Why the last load failed, until the next one starts. */
  get error(): PartLoadError | undefined {
    return this.#error;
  }

  get loading(): boolean {
    return this.#loading !== undefined && this.#value === undefined && this.#error === undefined;
  }

  /** The part: the import's promise, shared by every caller until it settles; rejects with a `PartLoadError`. */
  load(): Promise<T> {
    if (this.#loading) return this.#loading;
    this.#error = undefined;
    const loading = this.importPart().then(
      (value) => {
        this.#value = value;
        this.changed();
        return value;
      },
      (cause: unknown) => {
        this.#loading = undefined;
        this.#error = new PartLoadError({ cause });
        this.changed();
        throw this.#error;
      },
    );
    this.#loading = loading;
    this.changed();
    return loading;
  }
}

/**
 * An `OnDemand` part of an element: the host updates when the part loads or fails, and `render` gives the part's
 * content, a loading state meanwhile, or the error with a Retry button that loads it again.
 */
export class OnDemandPart<T> extends OnDemand<T> implements ReactiveController {
  constructor(host: ReactiveControllerHost, importPart: () => Promise<T>) {
    super(importPart, () => host.requestUpdate());
    host.addController(this);
  }

  hostConnected(): void {}

  /** `ready(part)` once loaded; otherwise starts the load and renders its state. */
  render(ready: (part: T) => TemplateResult): TemplateResult {
    const value = this.value;
    if (value !== undefined) return ready(value);
    const error = this.error;
    if (error) {
      return html`<div class="part-error" role="alert">
        <p>${error.message}</p>
        <button type="button" @click=${() => void this.load().catch(() => {})}>${msg('Retry')}</button>
      </div>`;
    }
    if (!this.loading) queueMicrotask(() => void this.load().catch(() => {}));
    return html`<p class="part-loading" role="status">${msg('Loading…')}</p>`;
  }
}
