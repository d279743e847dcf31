import { runConformanceSuite } from '../../src/backend/conformance/index.js';
import { createServerWorld, serverConfig } from '../helpers/server-world.js';

// The whole contract against the HTTP adapter talking to the real server: on the embedded database, and on
// PostgreSQL when the run has one (DATABASE_URL; .ci/run starts one).
for (const host of serverConfig.hosts) {
  runConformanceSuite(`HttpBackend on ${host.name}`, async (data) => {
    const world = await createServerWorld(host, data);
    return { backendFor: (viewerId) => world.backendFor(viewerId), cleanup: () => world.cleanup() };
  });
}
