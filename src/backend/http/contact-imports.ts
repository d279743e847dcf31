/**
 * The HTTP adapter's contact imports (ContactImports) over the server's `/contact-imports` routes. The server
 * checks the plan with the library's own rule and keeps the marker, so a chunk cut off by a lost connection is
 * either written whole or not at all, and the next `continueContactImport` (from any page) goes on from the marker.
 * A chunk or an undo answers with its change, announced to the adapter's listeners as any change of its own.
 */
import type { ContactImportPlan, ContactImportStatus } from '../contact-imports.js';
import { checkId } from '../validate.js';
import type { NumberedChange } from './events.js';

/** What the imports need of the adapter: a change (POST, never retried) and a read (GET, retried). */
export interface ImportTransport {
  send<T extends { change: NumberedChange | null }>(path: string, body: unknown): Promise<T>;
  read<T>(path: string): Promise<T>;
}

interface ImportResult {
  import: ContactImportStatus;
  change: NumberedChange | null;
}

const path = (importId: string, step: 'continue' | 'cancel' | 'undo') =>
  `/contact-imports/${encodeURIComponent(checkId(importId, 'import id'))}/${step}`;

export class HttpContactImports {
  constructor(private readonly transport: ImportTransport) {}

  async begin(plan: ContactImportPlan): Promise<ContactImportStatus> {
    return (await this.transport.send<ImportResult>('/contact-imports', plan)).import;
  }

  async continue(importId: string, limit: number): Promise<ContactImportStatus> {
    // JSON has no NaN or Infinity: the server clamps what arrives as null as the contract clamps them (to 1).
    return (await this.transport.send<ImportResult>(path(importId, 'continue'), { limit: typeof limit === 'number' ? limit : null }))
      .import;
  }

  async cancel(importId: string): Promise<ContactImportStatus> {
    return (await this.transport.send<ImportResult>(path(importId, 'cancel'), null)).import;
  }

  async undo(importId: string): Promise<ContactImportStatus> {
    return (await this.transport.send<ImportResult>(path(importId, 'undo'), null)).import;
  }

  async latest(): Promise<ContactImportStatus | null> {
    return (await this.transport.read<{ import: ContactImportStatus | null }>('/contact-imports/latest')).import;
  }
}
