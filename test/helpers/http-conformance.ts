/**
 * The whole contract against the HTTP adapter talking to the real server on one host (see server-world.ts).
 * One file per host, so each stays well inside the runner's time limit and a slow host shows as its own file.
 */
import { runConformanceSuite } from '../../src/backend/conformance/index.js';
import { createServerWorld, serverConfig } from './server-world.js';

export function describeHttpConformance(hostName: 'PGlite' | 'PostgreSQL'): void {
  const host = serverConfig.hosts.find((h) => h.name === hostName);
  if (!host) throw new Error(`The test server has no ${hostName} host (PostgreSQL needs DATABASE_URL; .ci/run sets it).`);
  // Every call crosses HTTP and a transaction: the longest cases (paging every list, ~400 requests) need more
  // than the 20 s default when CI runs three browsers at once.
  describe(`HTTP conformance on ${hostName}`, function () {
    this.timeout(90_000);
    runConformanceSuite(
      `HttpBackend on ${host.name}`,
      async (data) => {
        const world = await createServerWorld(host, data);
        return {
          backendFor: (viewerId) => world.backendFor(viewerId),
          cleanup: () => world.cleanup(),
          setTime: (time) => world.setTime(time),
        };
      },
      { clock: true, personalContacts: true, contactImports: true, contactLinks: true },
    );
  });
}
