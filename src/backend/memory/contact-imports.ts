/**
 * Contact imports in memory (contact-imports.ts of the contract): each import's marker and writes, kept by the
 * world so every adapter over it sees them. Each call runs to completion synchronously, so a chunk is atomic.
 */
import { checkImportPlan } from '../contact-import-plan.js';
import {
  chunkLimit,
  importRunning,
  newImportStatus,
  noSuchImport,
  notRunning,
  type ContactImportStatus,
  type StoredImportWrite,
} from '../contact-imports.js';
import type { Person } from '../../model/person.js';
import { searchTokens, sortKeyOf } from '../search-text.js';
import type { MemoryWorld } from './world.js';

interface MemoryImport {
  ownerId: string;
  status: ContactImportStatus;
  writes: StoredImportWrite[];
}

/** Every import of a world, by id, in the order begun. */
export class MemoryContactImports {
  readonly #imports = new Map<string, MemoryImport>();

  latest(viewerId: string): ContactImportStatus | null {
    let latest: MemoryImport | undefined;
    for (const entry of this.#imports.values()) if (entry.ownerId === viewerId) latest = entry;
    return latest ? { ...latest.status } : null;
  }

  begin(world: MemoryWorld, viewerId: string, plan: unknown): ContactImportStatus {
    const latest = this.latest(viewerId);
    if (latest?.state === 'running') throw importRunning(latest);
    const { source, writes } = checkImportPlan(plan, (id) => world.people.get(id)?.ownerId === viewerId);
    const status = newImportStatus(source, writes, world.now(), latest);
    this.#imports.set(status.id, { ownerId: viewerId, status, writes });
    return { ...status };
  }

  /** Writes the next chunk; returns the marker and the ids written. */
  continue(world: MemoryWorld, viewerId: string, importId: string, limit: unknown): { status: ContactImportStatus; ids: string[] } {
    const entry = this.#own(viewerId, importId);
    if (entry.status.state !== 'running') throw notRunning(entry.status);
    const end = Math.min(entry.status.done + chunkLimit(limit), entry.status.total);
    const chunk = entry.writes.slice(entry.status.done, end);
    const now = world.now();
    for (const write of chunk) {
      const current = world.people.get(write.person.id);
      if (current && current.ownerId !== viewerId) {
        write.before = null;
        continue;
      }
      write.before = current ? structuredClone(current.person) : null;
      store(world, { ...structuredClone(write.person), updatedAt: now }, viewerId);
    }
    entry.status = { ...entry.status, done: end, state: end === entry.status.total ? 'done' : 'running' };
    return { status: { ...entry.status }, ids: chunk.map((w) => w.person.id) };
  }

  cancel(viewerId: string, importId: string): ContactImportStatus {
    const entry = this.#own(viewerId, importId);
    if (entry.status.state === 'running') entry.status = { ...entry.status, state: 'cancelled' };
    return { ...entry.status };
  }

  /** Puts back what each written write replaced, newest first; returns the marker and the ids restored. */
  undo(world: MemoryWorld, viewerId: string, importId: string): { status: ContactImportStatus; ids: string[] } {
    const entry = this.#own(viewerId, importId);
    if (entry.status.state === 'undone') throw notRunning(entry.status);
    const ids: string[] = [];
    for (const write of entry.writes.slice(0, entry.status.done).reverse()) {
      if (write.before === undefined) continue;
      const current = world.people.get(write.person.id);
      if (current && current.ownerId !== viewerId) continue;
      ids.push(write.person.id);
      if (write.before) store(world, structuredClone(write.before), viewerId);
      else world.forgetContact(viewerId, write.person.id);
    }
    entry.status = { ...entry.status, state: 'undone' };
    return { status: { ...entry.status }, ids };
  }

  #own(viewerId: string, importId: string): MemoryImport {
    const entry = this.#imports.get(importId);
    if (entry?.ownerId !== viewerId) throw noSuchImport(importId);
    return entry;
  }
}

function store(world: MemoryWorld, person: Person, ownerId: string): void {
  world.putRecord({ person, sortKey: sortKeyOf(person), tokens: searchTokens(person), ownerId });
}
