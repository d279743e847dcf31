/**
 * The command line: `node dist/main.js` serves (settings from the environment); `node dist/main.js import
 * world.json` imports a WorldData file into the configured database and exits.
 */
import { readFile } from 'node:fs/promises';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/open.js';
import { migrate } from './db/migrate.js';
import { importWorld } from './import.js';
import { startServer } from './index.js';

const config = configFromEnv();
const [command, file] = process.argv.slice(2);

if (command === 'import') {
  if (!file) throw new Error('Usage: main.js import world.json');
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db, config.schema);
  const summary = await importWorld(db, config.schema, JSON.parse(await readFile(file, 'utf8')));
  console.log(
    `Imported ${summary.people} people, ${summary.relations} relations, ${summary.requests} requests, ${summary.activities} activities.`,
  );
  await db.close();
} else {
  const server = await startServer(config);
  console.log(
    `contacts-center server (${config.mode}, ${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}) on ${server.url}`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
