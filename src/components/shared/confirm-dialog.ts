/** The modal confirmation dialog of the elements that ask before an action that is hard to undo. */
import { msg } from '@lit/localize';
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { sentence } from './user-text.js';

/** A question for the confirmation dialog. */
export interface Question {
  title: string;
  body: string;
  confirmLabel: string;
}

/** The host of the dialog: an element whose shadow root renders `render()`. */
type DialogHost = ReactiveControllerHost & HTMLElement;

/**
 * The modal confirmation dialog of <contacts-center> and <contact-requests>, and its one open question. `confirm()`
 * asks and resolves to the answer; the host renders `render()` once in its shadow root (inside any popover it
 * asks from: a modal dialog outside an open popover closes it) and adds {@link confirmDialogStyles}.
 */
export class ConfirmDialog {
  private question: (Question & { resolve: (confirmed: boolean) => void }) | undefined;

  constructor(private readonly host: DialogHost) {}

  /** A question is open (Escape answers it, and must not also close what is behind it). */
  get isOpen(): boolean {
    return this.question !== undefined;
  }

  /** Asks in the modal dialog; on Cancel, focus returns to what had it (the button that asked). */
  async confirm(question: Question): Promise<boolean> {
    // One question at a time: a second click while the dialog opens is not a second request.
    if (this.question) return false;
    const opener = this.host.shadowRoot?.activeElement as HTMLElement | null;
    const answer = new Promise<boolean>((resolve) => (this.question = { ...question, resolve }));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector('dialog')?.showModal();
    const confirmed = await answer;
    if (!confirmed) opener?.focus();
    return confirmed;
  }

  /**
   * Answers from the synchronous submit and cancel events, never from `close`: that one is queued, and could
   * arrive after the next question was asked and answer it.
   */
  private answer(confirmed: boolean): void {
    const question = this.question;
    if (!question) return;
    this.question = undefined;
    this.host.requestUpdate();
    question.resolve(confirmed);
  }

  render(): TemplateResult {
    const q = this.question;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" @cancel=${() => this.answer(false)}>
      <form
        method="dialog"
        @submit=${(event: SubmitEvent) => this.answer((event.submitter as HTMLButtonElement | null)?.value === 'confirm')}
      >
        <h2 id="confirm-title">${sentence(q?.title ?? '')}</h2>
        <p>${q?.body ?? ''}</p>
        <div class="dialog-buttons">
          <button type="submit" value="confirm" class="danger" part="dialog-confirm">${q?.confirmLabel ?? msg('Block')}</button>
          <button type="submit" value="cancel" part="dialog-cancel" autofocus>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

/** The dialog's look, on the theme's colours (buttons are the theme's). */
export const confirmDialogStyles = css`
  dialog {
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: min(28rem, 90vw);
    padding: 1.25rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15em;
  }
  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
`;
