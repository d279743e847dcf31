import { runConformanceSuite } from '../../../src/backend/conformance/index.js';
import { deleteWorld, importWorld, IndexedDBBackend } from '../../../src/backend/indexeddb/index.js';

runConformanceSuite('IndexedDBBackend', async (data) => {
  const databaseName = `conformance-${crypto.randomUUID()}`;
  await importWorld(databaseName, data);
  const adapters: IndexedDBBackend[] = [];
  return {
    backendFor(viewerId) {
      const adapter = new IndexedDBBackend({ databaseName, viewerId });
      adapters.push(adapter);
      return adapter;
    },
    async cleanup() {
      for (const adapter of adapters) adapter.close();
      await deleteWorld(databaseName);
    },
  };
});
