import { importWorld, IndexedDBBackend } from '../../src/backend/indexeddb/index.js';
import { isContactsError } from '../../src/model/errors.js';
import { DEMO_VIEWER_ID, generateWorld, type SeedOptions } from '../../demo/seed/world.js';

/** Bump when demo/seed.ts changes, so stories re-seed instead of showing an old world. */
const SEED_VERSION = 2;

/**
 * A smaller world than the demo's (the named people are all there): it imports in about a second, and the
 * stories' databases are many.
 */
const STORY_WORLD: SeedOptions = { people: 120, postsPerPerson: 4 };

const seeding = new Map<string, Promise<void>>();
const backends = new Map<string, IndexedDBBackend>();

/** Seeds `databaseName` unless it already holds a world (its default viewer exists). Once per page. */
function ensureSeeded(databaseName: string, options: SeedOptions): Promise<void> {
  let done = seeding.get(databaseName);
  if (!done) {
    done = (async () => {
      const probe = new IndexedDBBackend({ databaseName, viewerId: DEMO_VIEWER_ID });
      try {
        await probe.getViewer();
      } catch (error) {
        if (!isContactsError(error, 'not-found')) throw error;
        await importWorld(databaseName, generateWorld(options));
      } finally {
        probe.close();
      }
    })();
    seeding.set(databaseName, done);
  }
  return done;
}

/**
 * An IndexedDB adapter acting as `viewerId` on the story's own database, seeded from demo/seed.ts on first
 * use (and kept in this browser afterwards). Each story names its database, so what one story's clicks change
 * stays out of the others. One adapter per database and viewer, reused across re-renders.
 */
export async function storyBackend(
  story: string,
  viewerId: string = DEMO_VIEWER_ID,
  options: SeedOptions = STORY_WORLD,
): Promise<IndexedDBBackend> {
  const databaseName = `contacts-center-story-v${SEED_VERSION}-${story}`;
  await ensureSeeded(databaseName, options);
  const key = `${databaseName}\u0000${viewerId}`;
  let backend = backends.get(key);
  if (!backend) {
    backend = new IndexedDBBackend({ databaseName, viewerId });
    backends.set(key, backend);
  }
  return backend;
}

/** The story loader's result: `loaded.backend` in the render function. */
export interface Loaded {
  backend: IndexedDBBackend;
}

/** A Storybook loader giving the story its seeded adapter; it also tells which world it seeds. */
export interface SeededLoader {
  (): Promise<Loaded>;
  readonly story: string;
  readonly viewerId: string | undefined;
  readonly options: SeedOptions | undefined;
}

/**
 * The loader of a story on its own seeded database. What it seeds is readable on the loader, so the story
 * tests can put the stories that seed the same world on one database (each import takes seconds).
 */
export const seeded = (story: string, viewerId?: string, options?: SeedOptions): SeededLoader =>
  Object.assign(async (): Promise<Loaded> => ({ backend: await storyBackend(story, viewerId, options) }), {
    story,
    viewerId,
    options,
  });
