/**
 * The README's plain-HTML flow on a first visit: the elements connect before `importWorld` has written anything,
 * so the viewer cannot be read yet; once the import's change arrives, the element shows what it waited for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deleteWorld, importWorld, IndexedDBBackend } from '../../../src/backend/indexeddb/index.js';
import { mount, root, rowNames, smallWorld } from './helpers.js';

describe('<contacts-center> on a first load, before the data is imported', () => {
  const databaseName = `first-load-${crypto.randomUUID()}`;
  let backend: IndexedDBBackend;

  afterEach(async () => {
    backend.close();
    await deleteWorld(databaseName);
  });

  it('shows the viewer and their numbers once importWorld is done', async () => {
    backend = new IndexedDBBackend({ databaseName, viewerId: 'me' });
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('cc-error', onError);
    try {
      const el = await mount(backend);
      await waitUntil(() => errors.length > 0, 'the viewer could not be read before the import');
      expect(root(el).querySelector('[part~="viewer-name"]')).to.equal(null);

      await importWorld(databaseName, smallWorld());
      await waitUntil(() => root(el).querySelector('[part~="viewer-name"]')?.textContent === 'Mary Major', 'the viewer appears');
      const home = root(el).querySelector<HTMLElement>('[part~="home"]')!;
      await waitUntil(() => home.querySelectorAll('[part~="count"]').length === 4, 'the numbers appear');
      await waitUntil(() => rowNames(el).length === 7, 'the people are listed');
    } finally {
      document.removeEventListener('cc-error', onError);
    }
  });
});
