/**
 * Opening and closing a profile in <contacts-center> as the user's choice: the element's `personId` changes,
 * `cc-select` says so, focus goes to the profile's heading, and back to the row it was opened from (or the list,
 * or the search field) when it closes; Escape in the profile pane closes it unless a dialog takes the key.
 */
import type { LitElement } from 'lit';
import type { PersonEntry } from '../../backend/backend.js';
import type { PeopleSearchController } from '../../controllers/people-search-controller.js';
import { emit } from '../shared/events.js';
import type { PeopleGrid } from './people-grid.js';
import type { ProfilePaneOnDemand } from './profile-pane-on-demand.js';

type Host = LitElement & { personId: string | null };

export interface ProfileOpenerOptions {
  search: PeopleSearchController;
  grid: PeopleGrid;
  pane(): ProfilePaneOnDemand;
  selectedIds(): string[];
  /** A dialog is open: Escape is its answer, not a close of the profile behind it. */
  dialogOpen(): boolean;
}

export class ProfileOpener {
  /** The row a profile was opened from, to return focus to when it closes. */
  #returnFocusId: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: ProfileOpenerOptions,
  ) {}

  /** Opens the profile of a row (a click or Enter on it). */
  openRow(entry: PersonEntry, index: number): void {
    this.options.grid.navigation.activeIndex = index;
    this.#returnFocusId = entry.person.id;
    this.show(entry.person.id);
  }

  /** Opens `personId`'s profile: emits `cc-select` and moves focus to its heading. */
  show(personId: string): void {
    this.#select(personId);
    // The heading may only exist once the person has loaded (opened from the feed): the pane focuses it then.
    this.options.pane().focusHeading();
    this.host.requestUpdate();
  }

  /** Closes the profile without moving focus (the user went elsewhere: a count button opened a list). */
  dismiss(): void {
    this.#select(null);
  }

  /** Closes the profile and puts focus back where the user came from. */
  async close(): Promise<void> {
    if (this.host.personId === null) return;
    this.options.pane().focusHeading(false);
    this.#select(null);
    await this.host.updateComplete;
    const { search, grid } = this.options;
    const index = search.entries.findIndex((e) => e.person.id === this.#returnFocusId);
    this.#returnFocusId = null;
    if (index >= 0) await grid.navigation.focusRow(index);
    else if (search.entries.length) await grid.navigation.focusActive();
    else this.host.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  /** The profile pane's keydown listener. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.options.dialogOpen()) return;
    event.preventDefault();
    void this.close();
  };

  #select(personId: string | null): void {
    if (this.host.personId === personId) return;
    this.host.personId = personId;
    emit(this.host, 'cc-select', { personId, selectedIds: this.options.selectedIds() });
  }
}
