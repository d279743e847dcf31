// Size rows: min+gzip of the drop-in bundle (lit included) and of each public entry point (lit external).
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

async function bundle(entry, outDir, external) {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
      rollupOptions: { external },
    },
  });
  return gzipKb(join(outDir, 'out.js'));
}

export default async function sizeBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-size-'));
  const rows = [];
  try {
    const whole = await bundle('src/bundle.ts', join(dir, 'bundle'), []);
    rows.push({ group: 'size', name: 'drop-in bundle, lit included (min+gzip)', value: whole, unit: 'KB', target: `≤ ${TARGET_KB} KB`, holds: whole <= TARGET_KB });
    const litExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];
    for (const [name, entry] of Object.entries(entries)) {
      const size = await bundle(entry, join(dir, name), litExternal);
      rows.push({ group: 'size', name: `${name} without lit (min+gzip)`, value: size, unit: 'KB' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
