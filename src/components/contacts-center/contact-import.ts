import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import { hasContactImports, type ContactImportStatus } from '../../backend/contact-imports.js';
import { LatestRead } from '../../controllers/latest-read.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * `<contacts-center>`'s Import: the button, a file dropped anywhere on the element, and an import a reload cut
 * off (offered again). The panel, the vCard reader and the merge code load on first use only (a dynamic import).
 */
export class ContactImportController implements ReactiveController {
  #open = false;
  #stopped: ContactImportStatus | undefined;
  readonly #latest = new LatestRead();

  constructor(
    private readonly host: Host,
    private readonly backend: () => ContactsBackend | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.#onDragOver);
    this.host.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.#onDragOver);
    this.host.removeEventListener('drop', this.#onDrop);
    this.#latest.abort();
  }

  get supported(): boolean {
    const backend = this.backend();
    return backend !== undefined && hasContactImports(backend);
  }

  /** A new backend (maybe another viewer): closes the panel and looks for an import a reload cut off. */
  check(): void {
    this.#open = false;
    this.#stopped = undefined;
    const backend = this.backend();
    if (!backend || !hasContactImports(backend)) return this.host.requestUpdate();
    void this.#latest.run(
      () => backend.latestContactImport(),
      (status) => {
        this.#stopped = status?.state === 'running' ? status : undefined;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  /** Opens the panel: with `source`, straight to its preview; else the drop zone, or the import a reload cut off. */
  async open(source?: Blob | string): Promise<void> {
    if (!this.supported) return;
    await import('./import/import-panel.js');
    this.#open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const panel = this.host.renderRoot.querySelector('cc-vcard-import');
    if (!panel) return;
    if (source !== undefined) await panel.preview(source);
    else if (this.#stopped) panel.showStopped(this.#stopped);
    this.#stopped = undefined;
    panel.renderRoot.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  }

  async #close(): Promise<void> {
    this.#open = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.import-open')?.focus();
  }

  #onDragOver = (event: DragEvent): void => {
    if (this.supported && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  #onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    // The panel's own drop zone takes its drops itself.
    if (!file || event.defaultPrevented || !this.supported) return;
    event.preventDefault();
    void this.open(file);
  };

  render(): TemplateResult | typeof nothing {
    const backend = this.backend();
    if (!backend || !hasContactImports(backend)) return nothing;
    return html`<div class="import-bar">
        ${this.#stopped && !this.#open ? html`<span>${msg('An import was interrupted.')}</span>` : nothing}
        <button
          type="button"
          class="import-open"
          part="import-open"
          aria-expanded=${this.#open ? 'true' : 'false'}
          @click=${() => void this.open()}
        >
          ${this.#stopped && !this.#open ? msg('Resume import') : msg('Import vCards')}
        </button>
      </div>
      ${this.#open ? html`<cc-vcard-import .backend=${backend} .onClose=${() => void this.#close()}></cc-vcard-import>` : nothing}`;
  }
}
