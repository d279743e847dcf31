/**
 * The import flow without a UI, for hosts: read a file into a preview against the viewer's contacts, then write
 * the plan in chunks (`runContactImport`), resumable after a reload (`resumeContactImport`) and undoable through
 * the adapter's `undoContactImport`.
 *
 * ```ts
 * import { previewVCardImport, planOf, runContactImport } from 'contacts-center';
 * const preview = await previewVCardImport(backend, file);
 * const status = await runContactImport(backend, planOf(preview, file.name), { onProgress: (s) => show(s.done, s.total) });
 * ```
 * @module
 */
import type { ContactsBackend } from '../../backend/backend.js';
import type { ContactImportPlan, ContactImports, ContactImportStatus } from '../../backend/contact-imports.js';
import { PAGE_SIZES } from '../../backend/page-sizes.js';
import type { Person } from '../../model/person.js';
import { readVCardFile, type VCardFileOptions } from './file.js';
import { previewImport, type ImportPreview } from './preview.js';

/** Cards written per transaction by default: small enough for a progress bar that moves, large enough to be quick. */
export const DEFAULT_IMPORT_CHUNK = 250;

export interface RunImportOptions {
  /** Cards per chunk (one transaction each); default {@link DEFAULT_IMPORT_CHUNK}. */
  chunkSize?: number;
  /** Called after each committed chunk. */
  onProgress?: (status: ContactImportStatus) => void;
  /** Aborting cancels the import after the chunk in flight (what was written stays until undone). */
  signal?: AbortSignal;
}

/** Every personal contact of the viewer, in name order. */
export async function allContacts(backend: ContactsBackend, signal?: AbortSignal): Promise<Person[]> {
  const people: Person[] = [];
  let cursor: string | null = null;
  do {
    const page = await backend.searchPeople({ filter: 'mine', cursor, limit: PAGE_SIZES.people.max, ...(signal ? { signal } : {}) });
    people.push(...page.items.map((e) => e.person));
    cursor = page.items.length ? page.next : null;
  } while (cursor !== null);
  return people;
}

/** Reads a file and sorts its cards against the viewer's contacts. Rejects with a `VCardFileError` for a file that cannot be imported. */
export async function previewVCardImport(
  backend: ContactsBackend,
  source: Blob | string | ArrayBuffer | Uint8Array,
  options: VCardFileOptions & { signal?: AbortSignal } = {},
): Promise<ImportPreview> {
  const [result, contacts] = await Promise.all([readVCardFile(source, options), allContacts(backend, options.signal)]);
  return previewImport(result, contacts);
}

/** Writes chunks of a begun import until it is done or the signal aborts (then it is cancelled). */
export async function resumeContactImport(
  backend: ContactImports,
  importId: string,
  options: RunImportOptions = {},
): Promise<ContactImportStatus> {
  const chunk = options.chunkSize ?? DEFAULT_IMPORT_CHUNK;
  let status: ContactImportStatus | undefined;
  for (;;) {
    if (options.signal?.aborted) return backend.cancelContactImport(importId);
    status = await backend.continueContactImport(importId, chunk);
    options.onProgress?.(status);
    if (status.state !== 'running') return status;
  }
}

/** Stores the plan and writes it in chunks; see {@link resumeContactImport}. */
export async function runContactImport(
  backend: ContactImports,
  plan: ContactImportPlan,
  options: RunImportOptions = {},
): Promise<ContactImportStatus> {
  const begun = await backend.beginContactImport(plan);
  options.onProgress?.(begun);
  return begun.state === 'running' ? resumeContactImport(backend, begun.id, options) : begun;
}
