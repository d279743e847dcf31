/**
 * Contact imports: many personal contacts written in chunks, resumable and undoable. An optional part of the
 * contract, on top of {@link PersonalContacts}: an adapter that offers it implements {@link ContactImports}, and a
 * UI asks with {@link hasContactImports}.
 *
 * The whole plan is stored first (`beginContactImport`, which writes no contact) with a marker at 0; each
 * `continueContactImport` writes the next chunk and moves the marker in the same transaction. So an import cut off
 * by a reload or a crash resumes where it stopped, never writing a card twice and never losing one, and
 * `undoContactImport` puts back exactly what each written card replaced (a new contact is deleted, a merged one
 * gets its previous fields and `updatedAt` again).
 */
import { ContactsError } from '../model/errors.js';
import type { Person } from '../model/person.js';
import type { ContactsBackend } from './backend.js';
import { hasPersonalContacts, type ContactInput, type PersonalContacts } from './personal-contacts.js';

/**
 * Where an import is: `running` (begun, chunks left to write; also after a reload cut it off), `cancelled` (stopped
 * by the user; what was written stays until undone), `done` (every card written), `undone` (everything it wrote put back).
 */
export const CONTACT_IMPORT_STATES = ['running', 'cancelled', 'done', 'undone'] as const;
export type ContactImportState = (typeof CONTACT_IMPORT_STATES)[number];

/** Sizes: the most writes one import holds, and the most one chunk writes (a larger `limit` is clamped). */
export const CONTACT_IMPORT_LIMITS = { writes: 50_000, chunk: 1000 } as const;

/** One card to write: a new contact, or (with `mergeInto`) the new fields of one of the viewer's contacts. */
export interface ContactImportWrite {
  /** The id of the viewer's contact whose fields `contact` replaces (a merge); absent for a new contact. */
  mergeInto?: string;
  contact: ContactInput;
}

/** What to import. */
export interface ContactImportPlan {
  /** What the user imported from (a file name), shown when an interrupted import is offered again. */
  source?: string;
  writes: ContactImportWrite[];
}

/** An import's marker: `done` of `total` writes made, in plan order. */
export interface ContactImportStatus {
  id: string;
  state: ContactImportState;
  source: string;
  total: number;
  done: number;
  /** How many of the writes are merges (the rest are new contacts). */
  merges: number;
  startedAt: number;
}

/**
 * The marker of a plan just checked: `running` at 0 (`done` when it has no writes). It starts at `now`, or strictly
 * after `previous` (the viewer's latest import), so that `latestContactImport` is this one even within one millisecond.
 */
export function newImportStatus(
  source: string,
  writes: readonly { merge: boolean }[],
  now: number,
  previous?: { startedAt: number } | null,
): ContactImportStatus {
  return {
    id: crypto.randomUUID(),
    state: writes.length === 0 ? 'done' : 'running',
    source,
    total: writes.length,
    done: 0,
    merges: writes.filter((w) => w.merge).length,
    startedAt: Math.max(now, (previous?.startedAt ?? 0) + 1),
  };
}

/** The methods of an adapter that imports contacts. Each call is one transaction; a rejected one writes nothing. */
export interface ContactImports {
  /**
   * Checks and stores the whole plan, giving each new contact its id, and resolves to a `running` marker at 0 (or
   * `done` for an empty plan). Writes no contact. `invalid-input` names a bad write (`writes[3].emails[0].value: …`);
   * `not-found` for a `mergeInto` that is not the viewer's contact; `invalid-state` while another import of the
   * viewer's is `running` (resume, cancel or undo it first).
   */
  beginContactImport(plan: ContactImportPlan): Promise<ContactImportStatus>;
  /** Writes the next `limit` writes (clamped to 1…{@link CONTACT_IMPORT_LIMITS}.chunk) and moves the marker; `invalid-state` unless `running`. */
  continueContactImport(importId: string, limit: number): Promise<ContactImportStatus>;
  /** Stops a `running` import (`cancelled`); what it wrote stays until undone. Other states are returned unchanged. */
  cancelContactImport(importId: string): Promise<ContactImportStatus>;
  /** Puts back what every write made so far replaced and marks the import `undone`; `invalid-state` when already undone. */
  undoContactImport(importId: string): Promise<ContactImportStatus>;
  /** The viewer's most recent import, or null. */
  latestContactImport(): Promise<ContactImportStatus | null>;
}

/** True when the adapter keeps personal contacts and imports them. */
export function hasContactImports(backend: ContactsBackend): backend is ContactsBackend & PersonalContacts & ContactImports {
  const b = backend as Partial<ContactImports>;
  return (
    hasPersonalContacts(backend) &&
    typeof b.beginContactImport === 'function' &&
    typeof b.continueContactImport === 'function' &&
    typeof b.cancelContactImport === 'function' &&
    typeof b.undoContactImport === 'function' &&
    typeof b.latestContactImport === 'function'
  );
}

/** A stored write: the contact as it will be written (its id decided at begin), and what it replaced once written. */
export interface StoredImportWrite {
  index: number;
  person: Person;
  merge: boolean;
  /** Set when written: the contact it replaced, or null when there was none. */
  before?: Person | null;
}

/** The chunk size a caller asked for, clamped. */
export function chunkLimit(limit: unknown): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : 1;
  return Math.min(Math.max(n, 1), CONTACT_IMPORT_LIMITS.chunk);
}

/** `invalid-state` for an import that cannot go on. */
export function notRunning(status: ContactImportStatus): ContactsError {
  return new ContactsError('invalid-state', `The import "${status.id}" is ${status.state}, not running.`);
}

/** `not-found` for an import that is not the viewer's. */
export function noSuchImport(id: string): ContactsError {
  return new ContactsError('not-found', `You have no import with the id "${id}".`);
}

/** `invalid-state` while another import is running. */
export function importRunning(status: ContactImportStatus): ContactsError {
  return new ContactsError('invalid-state', `The import "${status.id}" is still running: resume, cancel or undo it first.`);
}
