// Size rows: min+gzip of the drop-in bundle (lit included) and of each public entry point (lit external), built
// with the drop-in bundle's own configuration.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
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

const gzipKb = (text) => gzipSync(text, { level: 9 }).length / 1024;
const fileKb = (file) => gzipKb(readFileSync(file));

/**
 * Builds `entry` the way the drop-in bundle is built (vite.config.ts, bundle mode: translations go to files of
 * their own beside it) into `outDir`/out.js and returns its KB min+gzip.
 */
async function bundle(entry, outDir, external) {
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, lib: { entry, fileName: () => 'out.js' }, rollupOptions: { external } },
  });
  return fileKb(join(outDir, 'out.js'));
}

/**
 * KB min+gzip of what a page loads up front when an app imports `entry` (lit external): the entry chunk and the
 * chunks it imports statically, built with the drop-in bundle's settings but split as an app's bundler would split
 * it, so what the entry imports on demand (the vCard generator on a first download, translations) is left out.
 */
async function entryKb(entry, external) {
  let output = [];
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: { write: false, lib: { entry, fileName: () => 'out.js' }, rollupOptions: { external, output: { codeSplitting: true } } },
    plugins: [{ name: 'collect-output', generateBundle: (_, bundle) => void (output = Object.values(bundle)) }],
  });
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const loaded = new Set();
  const load = (fileName) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) load(imported);
  };
  load('out.js');
  return [...loaded].reduce((kb, fileName) => kb + gzipKb(chunks.get(fileName)?.code ?? ''), 0);
}

/**
 * KB min+gzip of what the drop-in bundle takes from its dependencies (lit, @lit/context, @lit/localize, idb):
 * their modules as the bundle renders them, minified together like the bundle (top-level names kept, which
 * makes this a slight over-estimate). The floor under any size target for the bundle.
 */
async function dependenciesKb() {
  const parts = [];
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: { write: false, minify: false, lib: { entry: 'src/bundle.ts', fileName: () => 'out.js' } },
    plugins: [
      {
        name: 'collect-dependencies',
        generateBundle(_, output) {
          for (const chunk of Object.values(output)) {
            if (chunk.type !== 'chunk') continue;
            for (const [id, module] of Object.entries(chunk.modules)) {
              if (id.includes('/node_modules/') && module.code) parts.push(module.code);
            }
          }
        },
      },
    ],
  });
  const { code } = await minify(parts.join('\n'), { ecma: 2020, toplevel: false, compress: { passes: 3 } });
  return gzipKb(code ?? '');
}

export default async function sizeBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-size-'));
  const rows = [];
  const row = (name, value, target) =>
    rows.push({ group: 'size', name, value, unit: 'KB', ...(target ? { target: `≤ ${target} KB`, holds: value <= target } : {}) });
  try {
    const english = await bundle('src/bundle.ts', join(dir, 'bundle'), []);
    const japanese = fileKb(join(dir, 'bundle', 'contacts-center.ja.js'));
    row('drop-in bundle: the whole library, lit included, and its Japanese file (min+gzip)', english + japanese, TARGET_KB);
    row('  of which the bundle, all an English page loads', english);
    row('  of which contacts-center.ja.js, loaded on a Japanese page', japanese);
    row('  of which lit, @lit/context, @lit/localize and idb (what the bundle takes of them)', await dependenciesKb());
    const litExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];
    for (const [name, entry] of Object.entries(entries)) {
      row(`${name} without lit, loaded up front (min+gzip)`, await entryKb(entry, litExternal));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
