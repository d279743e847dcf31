import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import type { VCardImportPanel } from '../../../src/components/contacts-center/import/import-panel.js';
import { setLocale } from '../../../src/i18n/localization.js';
import { useWorld } from '../../helpers/world.js';
import { button, expectAccessible, mount, root, rowNames, smallWorld } from './helpers.js';

const card = (lines: string[]): string => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n') + '\r\n';
const FILE =
  card(['FN:Pat Plumber', 'TEL;TYPE=CELL:+44 7700 900123', 'NOTE:From the phone']) +
  card(['FN:Nina New', 'EMAIL:nina@example.org']) +
  'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nameless\r\nEND:VCARD\r\n';

const panel = (el: ContactsCenter): VCardImportPanel => root(el).querySelector('cc-vcard-import')!;
const panelRoot = (el: ContactsCenter): ShadowRoot => panel(el).shadowRoot!;
const panelText = (el: ContactsCenter): string => panelRoot(el).textContent!.replace(/\s+/g, ' ');

async function previewShown(el: ContactsCenter): Promise<void> {
  await waitUntil(() => panel(el) && panelRoot(el)?.querySelector('[part~="import-summary"]'), 'no preview', { timeout: 5000 });
}

for (const [name, makeBackend] of [
  ['memory', async () => new MemoryWorld(smallWorld()).backendFor('me')],
  ['IndexedDB', undefined],
] as const) {
  describe(`<contacts-center> vCard import (${name})`, () => {
    const world = useWorld(smallWorld);
    const backendOf = async () => (makeBackend ? makeBackend() : world.backendFor('me'));

    it('previews new, duplicates and unreadable cards, writes nothing until Import, then Undo puts everything back', async () => {
      const backend = await backendOf();
      const pat = await backend.addContact({
        displayName: 'Pat Plumber',
        phones: [{ type: 'mobile', value: '07700 900123' }],
        note: 'Mine',
      });
      const el = await mount(backend, { filter: 'mine' });
      await el.importVCards(FILE);
      await previewShown(el);
      expect(panelText(el)).to.contain('1 new, 1 duplicates, 1 unreadable');
      expect(panelText(el)).to.contain('Card 3, line');
      expect(rowNames(el)).to.deep.equal(['Pat Plumber']);
      // The duplicate, side by side: the note is mine by default; take theirs.
      const duplicate = panelRoot(el).querySelector<HTMLDetailsElement>('[part~="import-duplicate"]')!;
      duplicate.open = true;
      expect(duplicate.textContent).to.contain('same phone');
      const noteRow = [...duplicate.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === 'Note')!;
      noteRow.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      await expectAccessible(el);
      const done = oneEvent(el, 'cc-import');
      button(panelRoot(el), 'Import').click();
      expect((await done).detail.status).to.include({ state: 'done', total: 2, merges: 1 });
      await waitUntil(() => rowNames(el).length === 2, 'the list did not show the import');
      expect((await backend.getPerson(pat.id)).note).to.equal('From the phone');
      expect(panelText(el)).to.contain('Import finished: 1 added, 1 merged.');
      await expectAccessible(el);
      button(panelRoot(el), 'Undo the whole import').click();
      await waitUntil(() => panelText(el).includes('The import was undone'), 'not undone');
      await waitUntil(() => rowNames(el).length === 1, 'the list did not go back');
      expect(await backend.getPerson(pat.id)).to.deep.equal(pat);
    });

    it('a dropped file opens its preview; a file that is no vCard says so and writes nothing', async () => {
      const backend = await backendOf();
      const el = await mount(backend);
      expect(root(el).querySelector('cc-vcard-import')).to.equal(null);
      const drop = new DataTransfer();
      drop.items.add(new File(['just,a,csv\n'], 'people.csv', { type: 'text/csv' }));
      root(el)
        .querySelector('[part~="main-pane"]')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => panel(el) && panelRoot(el)?.querySelector('[part~="import-file-error"]'), 'no file error');
      expect(panelText(el)).to.contain('not a vCard file');
      await expectAccessible(el);
      const good = new DataTransfer();
      good.items.add(new File([FILE], 'phone.vcf', { type: 'text/vcard' }));
      panelRoot(el)
        .querySelector('[part~="import-drop-zone"]')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: good, bubbles: true, composed: true, cancelable: true }));
      await previewShown(el);
      expect(panelText(el)).to.contain('2 new, 0 duplicates, 1 unreadable');
      button(panelRoot(el), 'Close').click();
      await waitUntil(() => !panel(el), 'the panel did not close');
      expect(root(el).activeElement?.getAttribute('part')).to.contain('import-open');
    });

    it('an import a reload cut off is offered again and resumes without duplicates', async () => {
      const backend = await backendOf();
      const writes = Array.from({ length: 6 }, (_, i) => ({ contact: { displayName: `Card ${i}` } }));
      const begun = await backend.beginContactImport({ source: 'old-phone.vcf', writes });
      await backend.continueContactImport(begun.id, 2);
      const el = await mount(backend, { filter: 'mine' });
      await waitUntil(() => root(el).querySelector('[part~="import-open"]')?.textContent?.includes('Resume import'), 'not offered');
      await el.importVCards();
      await waitUntil(() => panelText(el).includes('old-phone.vcf stopped at 2 of 6'), 'not shown');
      await expectAccessible(el);
      button(panelRoot(el), 'Resume').click();
      await waitUntil(() => panelText(el).includes('Import finished: 6 added'), 'not finished');
      await waitUntil(() => rowNames(el).length === 6, 'not listed');
      expect(rowNames(el)).to.deep.equal(writes.map((w) => w.contact.displayName));
    });
  });
}

describe('<contacts-center> vCard import in Japanese', () => {
  afterEach(() => setLocale('en'));
  it('words the preview in Japanese', async () => {
    await setLocale('ja');
    const el = await mount(new MemoryWorld(smallWorld()).backendFor('me'));
    await el.importVCards(FILE);
    await previewShown(el);
    expect(panelRoot(el).querySelector('h2')!.textContent).to.not.contain('Import contacts');
    expect(panelText(el)).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await expectAccessible(el);
  });
});
