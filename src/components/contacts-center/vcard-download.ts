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
