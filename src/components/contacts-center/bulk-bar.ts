import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import { errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import { BULK_ACTIONS, bulkDoneText, performAction, RELATIONSHIP_ACTION_TABLE, type BulkAction } from '../shared/relationship-actions.js';
import type { ActionContext } from './action-context.js';
import { actionLabel, bulkVCardText, selectedText } from './messages.js';
import { downloadPeople } from './vcard-download.js';

/** What the bulk bar needs from <contacts-center>. */
export interface BulkBarOptions extends ActionContext {
  /** The selected rows: what the bar acts on. */
  selection: SelectionController<PersonEntry>;
}

/**
 * The bar of actions on the selected rows, shown while any is selected: the bulk relationship actions of the
 * action table, one vCard file of them all, and Clear selection. One bulk action runs at a time; a person it
 * fails for does not stop the others, and the report says how many failed and why.
 * Emits `cc-action` (the people it succeeded for) and `cc-error` (the people it failed for) from the host.
 */
export class BulkBar {
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BulkBarOptions,
  ) {}

  /** An action is running; every button is disabled meanwhile. */
  get busy(): boolean {
    return this.pending;
  }

  private setPending(pending: boolean): void {
    this.pending = pending;
    this.host.requestUpdate();
  }

  async run(action: BulkAction): Promise<void> {
    const o = this.options;
    const backend = o.backend();
    const entries = o.selection.items;
    if (!backend || entries.length === 0 || this.pending) return;
    const confirmation = RELATIONSHIP_ACTION_TABLE[action].confirmation;
    if (confirmation) {
      const question = {
        title: confirmation.bulkTitle(entries.length),
        body: confirmation.body(),
        confirmLabel: confirmation.confirmLabel(),
      };
      if (!(await o.confirm(question))) return;
    }
    this.setPending(true);
    const done: string[] = [];
    const failed: string[] = [];
    let firstError: unknown;
    for (const { person } of entries) {
      try {
        o.applyRelationship(person.id, await performAction(backend, action, person.id));
        done.push(person.id);
      } catch (error) {
        failed.push(person.id);
        firstError ??= error;
      }
    }
    this.setPending(false);
    const reason = failed.length ? errorText(firstError) : '';
    o.announce(bulkDoneText(action, done.length, failed.length, reason));
    if (done.length) emit(this.host, 'cc-action', { action, personIds: done });
    if (failed.length) emit(this.host, 'cc-error', { error: firstError, message: reason, action, personIds: failed });
    o.changed();
  }

  async downloadVCard(): Promise<void> {
    const people = this.options.selection.items.map((e) => e.person);
    if (people.length === 0 || this.pending) return;
    this.setPending(true);
    try {
      await downloadPeople(people, this.options.version());
      this.options.announce(bulkVCardText(people.length));
      emit(this.host, 'cc-action', { action: 'vcard', personIds: people.map((p) => p.id) });
    } catch (error) {
      this.options.reportError(
        error,
        'vcard',
        people.map((p) => p.id),
      );
    } finally {
      this.setPending(false);
    }
  }

  render(): TemplateResult | typeof nothing {
    const selection = this.options.selection;
    const n = selection.size;
    if (n === 0) return nothing;
    const button = (part: string, label: string, onClick: () => void, cls = ''): TemplateResult =>
      html`<button type="button" class=${cls} part="bulk-action bulk-action-${part}" ?disabled=${this.pending} @click=${onClick}>
        ${label}
      </button>`;
    return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${msg('Bulk actions')}>
      <span class="bulk-count" part="bulk-count">${selectedText(n)}</span>
      ${BULK_ACTIONS.map((action) =>
        button(
          action,
          actionLabel(action),
          () => void this.run(action),
          RELATIONSHIP_ACTION_TABLE[action].emphasis === 'danger' ? 'danger' : '',
        ),
      )}
      ${button('vcard', actionLabel('vcard'), () => void this.downloadVCard())}
      ${button('clear', msg('Clear selection'), () => selection.clear())}
    </div>`;
  }
}
