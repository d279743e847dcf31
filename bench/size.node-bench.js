// Size rows: min+gzip of the drop-in bundle (lit included) and of each public entry point (lit external), built
// with the drop-in bundle's own configuration.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const TARGET_KB = 25;
const entries = {
  'contacts-backend': 'src/components/contacts-backend/contacts-backend.ts',
  'contacts-center': 'src/components/contacts-center/contacts-center.ts',
  'activity-feed': 'src/components/activity-feed/activity-feed.ts',
  'contact-requests': 'src/components/contact-requests/contact-requests.ts',
  indexeddb: 'src/backend/indexeddb/index.ts',
  vcard: 'src/vcard/index.ts',
};

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/**
 * Builds `entry` the way the drop-in bundle is built (vite.config.ts, bundle mode) and returns its KB min+gzip.
 * With `split`, the Japanese messages go to a chunk of their own, as an app's bundler would put them, and only
 * the entry (what an English page loads) is measured.
 */
async function bundle(entry, outDir, external, split = false) {
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry, fileName: () => 'out.js' },
      rollupOptions: { external, output: { codeSplitting: split } },
    },
  });
  return gzipKb(join(outDir, 'out.js'));
}

export default async function sizeBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-size-'));
  const rows = [];
  const row = (name, value, target) =>
    rows.push({ group: 'size', name, value, unit: 'KB', ...(target ? { target: `≤ ${target} KB`, holds: value <= target } : {}) });
  try {
    row('drop-in bundle: the whole library, lit and Japanese included (min+gzip)', await bundle('src/bundle.ts', join(dir, 'bundle'), []), TARGET_KB);
    const litExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];
    for (const [name, entry] of Object.entries(entries)) {
      row(`${name} without lit, English (min+gzip)`, await bundle(entry, join(dir, name), litExternal, true));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
