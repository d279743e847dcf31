import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContactsBackend } from '../../../backend/backend.js';
import type { ContactImports, ContactImportStatus } from '../../../backend/contact-imports.js';
import { themeStyles } from '../../../styles/theme.styles.js';
import { VCardFileError, type VCardFileErrorCode } from '../../../vcard/import/file.js';
import type { ImportPreview } from '../../../vcard/import/preview.js';
import { planOf } from '../../../vcard/import/preview.js';
import { previewVCardImport, resumeContactImport, runContactImport } from '../../../vcard/import/run.js';
import { customElement } from '../../shared/define.js';
import { errorText } from '../../shared/error-text.js';
import { emit } from '../../shared/events.js';
export type { ImportEventDetail } from '../../shared/events.js';
import { sentence } from '../../shared/user-text.js';
import { importStyles } from './import.styles.js';
import * as text from './import-messages.js';
import { mergeView } from './merge-view.js';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'file-error'; code: VCardFileErrorCode }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing'; status: ContactImportStatus | undefined }
  | { kind: 'stopped'; status: ContactImportStatus };

/** Charsets offered when a file does not say its own. */
const CHARSETS = ['windows-1252', 'shift_jis', 'iso-2022-jp', 'euc-jp', 'iso-8859-2', 'gbk', 'big5', 'euc-kr'] as const;
/** Duplicates shown one by one; the rest merge with the defaults (lists kept whole, my values kept). */
const SHOWN_DUPLICATES = 100;

/**
 * The import panel of `<contacts-center>` (loaded only when the user imports): a drop zone and file picker, the
 * preview (new, duplicates with their merges side by side, unreadable cards with their line), the chunked write
 * with progress and Cancel, then Undo. Internal: the host uses `<contacts-center>`'s `importVCards()`.
 * @fires {CustomEvent<ImportEventDetail>} cc-import - An import finished, was cancelled or was undone.
 */
@localized()
@customElement('cc-vcard-import')
export class VCardImportPanel extends LitElement {
  static override styles = [themeStyles, importStyles];

  @property({ attribute: false }) backend: (ContactsBackend & ContactImports) | undefined;
  /** Called when the user closes the panel. */
  @property({ attribute: false }) onClose: () => void = () => undefined;

  @state() private stage: Stage = { kind: 'choose' };
  @state() private dragging = false;
  @state() private error = '';
  #source: { data: Blob | string; name: string } | undefined;
  #charset: string = CHARSETS[0];
  #abort: AbortController | undefined;
  /** Each read replaces the one before: only the newest answer is shown. */
  #read = 0;

  /** Reads `data` (a file or vCard text) and shows its preview; `name` is shown if the import is interrupted. */
  async preview(data: Blob | string, name = data instanceof File ? data.name : '', charset?: string): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const read = ++this.#read;
    this.#source = { data, name };
    this.stage = { kind: 'reading' };
    this.error = '';
    try {
      const preview = await previewVCardImport(backend, data, charset ? { charset } : {});
      if (read === this.#read) this.stage = { kind: 'preview', preview };
    } catch (error) {
      if (read !== this.#read) return;
      if (error instanceof VCardFileError) this.stage = { kind: 'file-error', code: error.code };
      else this.#fail(error, { kind: 'choose' });
    }
  }

  /** Shows an import that stopped before its end (a reload or a crash cut it off), to resume or undo. */
  showStopped(status: ContactImportStatus): void {
    this.stage = { kind: 'stopped', status };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#read++;
    this.#abort?.abort();
  }

  #fail(error: unknown, stage: Stage): void {
    this.error = errorText(error);
    this.stage = stage;
  }

  async #write(run: (signal: AbortSignal) => Promise<ContactImportStatus>): Promise<void> {
    const abort = (this.#abort = new AbortController());
    this.stage = { kind: 'importing', status: undefined };
    try {
      this.#finish(await run(abort.signal));
    } catch (error) {
      const latest = await this.backend?.latestContactImport().catch(() => null);
      this.#fail(error, latest ? { kind: 'stopped', status: latest } : { kind: 'choose' });
    }
  }

  #progress = (status: ContactImportStatus): void => {
    if (this.stage.kind === 'importing') this.stage = { kind: 'importing', status };
  };

  #finish(status: ContactImportStatus): void {
    this.stage = { kind: 'stopped', status };
    emit(this, 'cc-import', { status });
  }

  #import(preview: ImportPreview): void {
    const backend = this.backend;
    if (!backend) return;
    const plan = planOf(preview, this.#source?.name ?? '');
    void this.#write((signal) => runContactImport(backend, plan, { signal, onProgress: this.#progress }));
  }

  #resume(status: ContactImportStatus): void {
    const backend = this.backend;
    if (backend) void this.#write((signal) => resumeContactImport(backend, status.id, { signal, onProgress: this.#progress }));
  }

  async #undo(status: ContactImportStatus): Promise<void> {
    try {
      this.#finish(await this.backend!.undoContactImport(status.id));
    } catch (error) {
      this.#fail(error, this.stage);
    }
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.preview(file);
  }

  #onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  }

  #onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.preview(file);
  }

  protected override render(): TemplateResult {
    return html`<section class="import" part="import" aria-labelledby="import-heading">
      <div class="import-head">
        <h2 id="import-heading">${msg('Import contacts from vCards')}</h2>
        <button type="button" part="import-close" @click=${() => this.onClose()} ?disabled=${this.stage.kind === 'importing'}>
          ${msg('Close')}
        </button>
      </div>
      ${this.#body()}
      <p class="import-error" role="alert">${sentence(this.error)}</p>
    </section>`;
  }

  #body(): TemplateResult {
    const stage = this.stage;
    switch (stage.kind) {
      case 'choose':
        return this.#dropZone();
      case 'reading':
        return html`<p role="status">${msg('Reading the file…')}</p>`;
      case 'file-error':
        return html`<p class="file-error" part="import-file-error" role="alert">${text.fileErrorText(stage.code)}</p>
          ${stage.code === 'bad-charset' ? this.#charsetChoice() : nothing} ${this.#dropZone()}`;
      case 'preview':
        return this.#preview(stage.preview);
      case 'importing':
        return this.#importing(stage.status);
      case 'stopped':
        return this.#stopped(stage.status);
    }
  }

  #dropZone(): TemplateResult {
    return html`<div
      class="drop-zone ${this.dragging ? 'dragging' : ''}"
      part="import-drop-zone"
      role="group"
      aria-labelledby="drop-label"
      @dragover=${this.#onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.#onDrop}
    >
      <p id="drop-label">${msg('Drop a .vcf file here, or choose one.')}</p>
      <input
        id="file"
        type="file"
        accept=".vcf,.vcard,text/vcard,text/x-vcard"
        class="visually-hidden"
        tabindex="-1"
        aria-label=${msg('Choose a file…')}
        @change=${this.#onPick}
      />
      <button type="button" part="import-choose" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>
        ${msg('Choose a file…')}
      </button>
      <p class="visually-hidden" aria-live="polite">${this.dragging ? msg('Release to import this file.') : ''}</p>
    </div>`;
  }

  #charsetChoice(): TemplateResult {
    return html`<div class="charset">
      <label
        >${msg('Character set')}
        <select @change=${(e: Event) => (this.#charset = (e.target as HTMLSelectElement).value)}>
          ${CHARSETS.map((c) => html`<option value=${c} ?selected=${c === this.#charset}>${c}</option>`)}
        </select></label
      >
      <button type="button" @click=${() => this.#source && void this.preview(this.#source.data, this.#source.name, this.#charset)}>
        ${msg('Read again')}
      </button>
    </div>`;
  }

  #preview(preview: ImportPreview): TemplateResult {
    const { fresh, duplicates, unreadable } = preview;
    const update = () => (this.stage = { kind: 'preview', preview: { ...preview } });
    return html`<p class="summary" part="import-summary" role="status">
        ${text.summaryText(fresh.length, duplicates.length, unreadable.length)}
      </p>
      ${
        unreadable.length
          ? html`<details part="import-unreadable">
              <summary>${msg('Cards that cannot be read')}</summary>
              <ul>
                ${unreadable.map((issue) => html`<li>${text.issueLine(issue.card, issue.line, text.issueText(issue.code))}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      ${
        duplicates.length
          ? html`<h3>${msg('Duplicates: choose what to keep')}</h3>
              ${duplicates.slice(0, SHOWN_DUPLICATES).map((duplicate, index) =>
                mergeView({
                  duplicate,
                  index,
                  onChoice: (field, choice) => {
                    duplicate.choices = { ...duplicate.choices, [field]: choice };
                    update();
                  },
                  onSkip: (skip) => {
                    duplicate.skip = skip;
                    update();
                  },
                }),
              )}`
          : nothing
      }
      <div class="import-actions">
        <button
          type="button"
          class="primary"
          part="import-confirm"
          ?disabled=${fresh.length + duplicates.length === 0}
          @click=${() => this.#import(preview)}
        >
          ${msg('Import')}
        </button>
        <button type="button" @click=${() => (this.stage = { kind: 'choose' })}>${msg('Choose another file')}</button>
      </div>`;
  }

  #importing(status: ContactImportStatus | undefined): TemplateResult {
    const done = status?.done ?? 0;
    const total = status?.total ?? 0;
    return html`<progress part="import-progress" max=${Math.max(total, 1)} .value=${done} aria-label=${msg('Import progress')}></progress>
      <p role="status">${text.progressText(done, total)}</p>
      <button type="button" part="import-cancel" @click=${() => this.#abort?.abort()}>${msg('Cancel')}</button>`;
  }

  #stopped(status: ContactImportStatus): TemplateResult {
    const said =
      status.state === 'done'
        ? text.finishedText(status.done, status.merges)
        : status.state === 'cancelled'
          ? text.cancelledText(status.done, status.total)
          : status.state === 'undone'
            ? msg('The import was undone: your contacts are as they were.')
            : text.interruptedText(status.source, status.done, status.total);
    return html`<p role="status" part="import-result">${said}</p>
      <div class="import-actions">
        ${
          status.state === 'running'
            ? html`<button type="button" class="primary" part="import-resume" @click=${() => this.#resume(status)}>
                ${msg('Resume')}
              </button>`
            : nothing
        }
        ${
          status.state !== 'undone'
            ? html`<button type="button" part="import-undo" @click=${() => void this.#undo(status)}>
                ${msg('Undo the whole import')}
              </button>`
            : nothing
        }
        ${
          status.state !== 'running'
            ? html`<button type="button" @click=${() => (this.stage = { kind: 'choose' })}>${msg('Import another file')}</button>`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc-vcard-import': VCardImportPanel;
  }
}
