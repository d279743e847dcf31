/**
 * The demo world on the server (`npm run start:shared`): the same generated world the IndexedDB demo seeds,
 * imported once into an empty database, so browsers signed in as different demo people share one graph.
 */
import { generateWorld, type SeedOptions } from '../../demo/seed/world.js';
import type { Database } from './db/types.js';
import { importWorld } from './import.js';

/**
 * Imports the demo world (generated with `options`, by default the demo's own 200 people) unless the schema
 * already holds people. Resolves to whether it seeded.
 */
export async function seedDemoWorld(db: Database, schema: string, options: SeedOptions = {}): Promise<boolean> {
  const [row] = await db.transaction((tx) => tx.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM people) AS seeded'), schema);
  if (row?.seeded) return false;
  await importWorld(db, schema, generateWorld(options));
  return true;
}
