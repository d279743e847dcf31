import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import type { PeopleSearchController } from '../../controllers/people-search-controller.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import { errorText } from '../shared/error-text.js';
import { emit } from '../shared/events.js';
import {
  BULK_ACTIONS,
  bulkDoneText,
  muteDurationLabel,
  performAction,
  RELATIONSHIP_ACTION_TABLE,
  type BulkAction,
} from '../shared/relationship-actions.js';
import { MUTE_DURATIONS, type MuteDuration } from '../../backend/vocabulary.js';
import type { ActionContext } from './action-context.js';
import { bulkReport, type BulkOutcome } from './bulk-report.js';
import { actionLabel, bulkVCardText, selectedText } from './messages.js';
import { SelectAllController } from './select-all.js';
import { downloadPeople } from './vcard-download.js';

/** What the bulk bar needs from <contacts-center>. */
export interface BulkBarOptions extends ActionContext {
  /** The selected rows: what the bar acts on. */
  selection: SelectionController<PersonEntry>;
  /** The list: what Select all selects, loaded or not. */
  search: PeopleSearchController;
}

/**
 * The bar of actions on the selected rows, shown while any is selected: the bulk relationship actions of the
 * action table, one vCard file of them all, Select all and Clear selection (before any is selected, Select
 * all alone). One bulk action runs at a time; a person it fails for does not stop the others; the live region
 * says how many failed and why, and a report below the bar lists the outcome for each person.
 * Emits `cc-action` (the people it succeeded for) and `cc-error` (the people it failed for) from the host.
 */
export class BulkBar {
  private pending = false;
  private outcomes: BulkOutcome[] = [];
  private readonly selectAllController: SelectAllController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BulkBarOptions,
  ) {
    this.selectAllController = new SelectAllController(host, options);
  }

  /**
   * Selects everyone the list's filter and search show, loading the pages not yet loaded first (a new search
   * meanwhile cancels it), and says how many are selected.
   */
  selectAll(): Promise<void> {
    return this.selectAllController.run();
  }

  /** An action is running; every button is disabled meanwhile. */
  /** How long the bulk Mute lasts (the select beside it); until unmuted unless the viewer picks another. */
  private muteDuration: MuteDuration = 'until-unmuted';

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
    const outcomes: BulkOutcome[] = [];
    let firstError: unknown;
    for (const { person } of entries) {
      try {
        const duration = action === 'mute' ? this.muteDuration : undefined;
        o.applyRelationship(person.id, await performAction(backend, action, person.id, { duration }));
        done.push(person.id);
        outcomes.push({ personId: person.id, name: person.displayName, failure: undefined });
      } catch (error) {
        failed.push(person.id);
        outcomes.push({ personId: person.id, name: person.displayName, failure: errorText(error) });
        firstError ??= error;
      }
    }
    this.outcomes = outcomes;
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

  /** The report of the last bulk action is forgotten (the selection was cleared or changed wholesale). */
  forgetReport(): void {
    this.outcomes = [];
  }

  /** `listed`: the list has rows (Select all is offered even before anything is selected). */
  render(listed: boolean): TemplateResult | typeof nothing {
    const o = this.options;
    const selection = o.selection;
    const n = selection.size;
    const selectAll =
      listed && !this.selectAllController.allSelected
        ? html`<button type="button" part="select-all" ?disabled=${this.pending} @click=${() => void this.selectAll()}>
            ${msg('Select all')}
          </button>`
        : nothing;
    if (n === 0) return listed ? html`<div class="select-all-bar">${selectAll}</div>` : nothing;
    const button = (part: string, label: string, onClick: () => void, cls = ''): TemplateResult =>
      html`<button type="button" class=${cls} part="bulk-action bulk-action-${part}" ?disabled=${this.pending} @click=${onClick}>
        ${label}
      </button>`;
    return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${msg('Bulk actions')}>
        <span class="bulk-count" part="bulk-count">${selectedText(n)}</span>
        ${BULK_ACTIONS.map(
          (action) =>
            html`${action === 'mute' ? this.renderMuteDuration() : nothing}${button(
              action,
              actionLabel(action),
              () => void this.run(action),
              RELATIONSHIP_ACTION_TABLE[action].emphasis === 'danger' ? 'danger' : '',
            )}`,
        )}
        ${button('vcard', actionLabel('vcard'), () => void this.downloadVCard())} ${selectAll}
        ${button('clear', msg('Clear selection'), () => selection.clear())}
      </div>
      ${bulkReport(this.outcomes)}`;
  }

  /** The bulk Mute's duration: a native select, labelled, keyboard and screen reader complete. */
  private renderMuteDuration(): TemplateResult {
    return html`<label class="mute-duration" part="bulk-mute-duration"
      >${msg('Mute for')}
      <select
        ?disabled=${this.pending}
        @change=${(event: Event) => (this.muteDuration = (event.target as HTMLSelectElement).value as MuteDuration)}
      >
        ${MUTE_DURATIONS.map((d) => html`<option value=${d} ?selected=${d === this.muteDuration}>${muteDurationLabel(d)}</option>`)}
      </select></label
    >`;
  }
}
