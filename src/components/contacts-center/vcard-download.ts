import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import { PAGE_SIZES } from '../../backend/page-sizes.js';
import { emit } from '../shared/events.js';
import { allConnectionsVCardText } from './messages.js';
import type { Person } from '../../model/person.js';
import type { VCardVersion } from '../../vcard/types.js';

/**
 * Saves `people` as one .vcf file. The vCard generator is loaded on the first download rather than with the
 * element: most visits never download one. A failed load (offline) rejects like any other download failure.
 * @returns the file name offered to the browser.
 */
export async function downloadPeople(people: readonly Person[], version: VCardVersion): Promise<string> {
  const { downloadVCard } = await import('../../vcard/download.js');
  return downloadVCard(people, { version });
}

/** Every connection of the viewer (not just the loaded rows), read `pageSize` at a time. */
export async function allConnections(backend: ContactsBackend, pageSize: number): Promise<Person[]> {
  const people: Person[] = [];
  let cursor: string | null = null;
  do {
    const page = await backend.searchPeople({ filter: 'connections', cursor, limit: pageSize });
    people.push(...page.items.map((e) => e.person));
    cursor = page.items.length ? page.next : null;
  } while (cursor !== null);
  return people;
}

/** What the "Download all connections" button needs from `<contacts-center>`. */
export interface DownloadAllContext {
  backend(): ContactsBackend | undefined;
  version(): VCardVersion;
  announce(text: string): void;
  reportError(error: unknown): void;
}

/** The "Download all connections as vCard" button: pages through every connection (not just the loaded rows) into one file. */
export class DownloadAllButton {
  #downloading = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: DownloadAllContext,
  ) {}

  async run(): Promise<void> {
    const backend = this.context.backend();
    if (!backend || this.#downloading) return;
    this.#downloading = true;
    this.host.requestUpdate();
    try {
      const people = await allConnections(backend, PAGE_SIZES.people.max);
      await downloadPeople(people, this.context.version());
      this.context.announce(allConnectionsVCardText(people.length));
      emit(this.host, 'cc-action', { action: 'vcard', personIds: people.map((p) => p.id) });
    } catch (error) {
      this.context.reportError(error);
    } finally {
      this.#downloading = false;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    return html`<button
      type="button"
      class="download-all"
      part="download-all"
      ?disabled=${this.#downloading}
      @click=${() => void this.run()}
    >
      ${msg('Download all connections as vCard')}
    </button>`;
  }
}
