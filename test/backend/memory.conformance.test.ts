import { runConformanceSuite } from '../../src/backend/conformance/index.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';

runConformanceSuite('MemoryBackend', async (data) => {
  const world = new MemoryWorld(data);
  return { backendFor: (viewerId) => world.backendFor(viewerId), cleanup: async () => undefined };
});
