// Fails when the committed custom-elements.json differs from what the analyzer generates from src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const outdir = 'node_modules/.cache/cem-check';

/** The analyzer lists modules in file-system order, which varies between runs: compare them sorted by path. */
function normalized(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return JSON.stringify(manifest);
}

rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = normalized(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
const committed = existsSync('custom-elements.json') ? normalized(readFileSync('custom-elements.json', 'utf8')) : '';
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is fresh.');
