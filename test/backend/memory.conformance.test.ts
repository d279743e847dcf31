import { runConformanceSuite } from '../../src/backend/conformance/index.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';

runConformanceSuite(
  'MemoryBackend',
  async (data) => {
    let time: number | undefined;
    const world = new MemoryWorld(data, { clock: () => time ?? Date.now() });
    return {
      backendFor: (viewerId) => world.backendFor(viewerId),
      cleanup: async () => undefined,
      setTime: async (t) => void (time = t),
    };
  },
  { personalContacts: true, contactLinks: true, clock: true, contactImports: true },
);
