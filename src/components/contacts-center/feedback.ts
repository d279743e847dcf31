import { html, type LitElement, type TemplateResult } from 'lit';
import type { RelationshipAction } from '../../model/relationship.js';
import { errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import { sentence } from '../shared/user-text.js';

/**
 * What <contacts-center> says happened: a polite live region for what was done, an alert for an action that
 * failed, and `cc-error` for every failure (loads included, which are shown where their data would be).
 */
export class Feedback {
  private statusText = '';
  private alertText = '';

  constructor(private readonly host: LitElement) {}

  /** Forgets both messages (another backend may be another viewer: its messages are not this one's). */
  clear(): void {
    this.set('', '');
  }

  /** Says what happened in the polite live region (clearing it first so a repeated sentence is re-announced). */
  async announce(text: string): Promise<void> {
    this.set('', '');
    await this.host.updateComplete;
    this.set(text, '');
  }

  /** Reports a failure; `message` in `cc-error` is what the user was shown. */
  report(
    error: unknown,
    action: RelationshipAction | 'vcard' | 'load' | 'profile' | 'contact' | 'delete-contact',
    personIds?: string[],
  ): void {
    const message = errorText(error);
    // Load failures are shown where the data would be; action failures interrupt.
    if (action !== 'load') this.set(this.statusText, message);
    emit(this.host, 'cc-error', { error, message, action, ...(personIds ? { personIds } : {}) });
  }

  private set(status: string, alert: string): void {
    this.statusText = status;
    this.alertText = alert;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="status" part="status" role="status" aria-live="polite">${sentence(this.statusText)}</div>
      <div class="alert" part="alert" role="alert">${sentence(this.alertText)}</div>`;
  }
}
