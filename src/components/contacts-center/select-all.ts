/**
 * "Select all": everyone the current filter and search show, including rows not loaded yet. The pages still
 * missing are loaded first (a new search meanwhile cancels it), then everyone is selected and the count said.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import type { PeopleSearchController } from '../../controllers/people-search-controller.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import { selectedAllText } from './messages.js';

export interface SelectAllOptions {
  search: PeopleSearchController;
  selection: SelectionController<PersonEntry>;
  announce(text: string): void;
}

export class SelectAllController implements ReactiveController {
  #running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectAllOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while loading to select everyone, or once everyone the list can show is selected. */
  get allSelected(): boolean {
    const { search, selection } = this.options;
    return this.#running || (search.next === null && search.entries.every((e) => selection.has(e.person.id)));
  }

  async run(): Promise<void> {
    if (this.#running) return;
    const { search, selection, announce } = this.options;
    this.#setRunning(true);
    try {
      if (!(await search.loadUntil(() => false))) return;
      selection.selectAll(search.entries.map((e) => [e.person.id, e] as const));
      announce(selectedAllText(selection.size));
    } finally {
      this.#setRunning(false);
    }
  }

  #setRunning(running: boolean): void {
    this.#running = running;
    this.host.requestUpdate();
  }
}
