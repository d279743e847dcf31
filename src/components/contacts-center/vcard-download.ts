import type { ContactsBackend } from '../../backend/backend.js';
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
