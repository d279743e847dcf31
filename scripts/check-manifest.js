// Fails when the committed custom-elements.json, or the framework and editor types generated with it into
// types/ and the React wrappers (scripts/framework-types.js), differ from what the analyzer generates from src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { TYPES_DIR } from './framework-types.js';
import { WRAPPERS_PATH } from './react-wrappers.js';

const outdir = 'node_modules/.cache/cem-check';

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CEM_TYPES_OUTDIR: `${outdir}/${TYPES_DIR}`, CEM_WRAPPERS_PATH: `${outdir}/${WRAPPERS_PATH}` },
});
if (read(`${outdir}/custom-elements.json`) !== read('custom-elements.json')) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
const names = new Set([...readdirSync(`${outdir}/${TYPES_DIR}`), ...(existsSync(TYPES_DIR) ? readdirSync(TYPES_DIR) : [])]);
const staleTypes = [...names].filter((name) => read(`${outdir}/${TYPES_DIR}/${name}`) !== read(`${TYPES_DIR}/${name}`));
if (staleTypes.length) {
  console.error(`${TYPES_DIR}/ is stale (${staleTypes.join(', ')}): run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
if (read(`${outdir}/${WRAPPERS_PATH}`) !== read(WRAPPERS_PATH)) {
  console.error(`${WRAPPERS_PATH} is stale: run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log(`custom-elements.json, ${TYPES_DIR}/ and ${WRAPPERS_PATH} are fresh.`);
