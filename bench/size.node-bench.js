// Size rows: min+gzip of the drop-in bundle (lit included) and of each public entry point (lit external), built
// with the drop-in bundle's own configuration.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
 * Builds `entry` the way the drop-in bundle is built (vite.config.ts, bundle mode) and returns the KB min+gzip of
 * the entry file and of the whole output (the entry plus the Japanese messages it loads on demand).
 */
async function bundle(entry, outDir, external) {
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, lib: { entry, fileName: () => 'out.js' }, rollupOptions: { external } },
  });
  const files = readdirSync(outDir).filter((name) => name.endsWith('.js'));
  return {
    entry: gzipKb(join(outDir, 'out.js')),
    whole: files.reduce((sum, name) => sum + gzipKb(join(outDir, name)), 0),
  };
}

export default async function sizeBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-size-'));
  const rows = [];
  const row = (name, value, target) =>
    rows.push({ group: 'size', name, value, unit: 'KB', ...(target ? { target: `≤ ${target} KB`, holds: value <= target } : {}) });
  try {
    const dropIn = await bundle('src/bundle.ts', join(dir, 'bundle'), []);
    row('drop-in bundle, lit included: all an English page loads (min+gzip)', dropIn.entry);
    row('Japanese messages, loaded the first time Japanese is used (min+gzip)', dropIn.whole - dropIn.entry);
    row('whole library, lit and Japanese included (min+gzip)', dropIn.whole, TARGET_KB);
    const litExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];
    for (const [name, entry] of Object.entries(entries)) {
      row(`${name} without lit (min+gzip)`, (await bundle(entry, join(dir, name), litExternal)).entry);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
