import { runConformanceSuite } from '../../src/backend/conformance/index.js';
import { createWorld } from '../helpers/world.js';

runConformanceSuite(
  'IndexedDBBackend',
  async (data) => {
    const world = await createWorld(data);
    return {
      backendFor: (viewerId) => world.backendFor(viewerId),
      cleanup: () => world.cleanup(),
      setTime: async (time) => world.setTime(time),
    };
  },
  { personalContacts: true, contactLinks: true, clock: true, contactImports: true },
);
