// Size rows: min+gzip of the drop-in bundle (lit included: what a first paint loads, and everything) and of each
// public entry point (lit external), built with the drop-in bundle's own configuration.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { build } from 'vite';

/** What a page loads before its first paint of `<contacts-center>` (issue #21). */
const FIRST_PAINT_TARGET_KB = 24;
/** The whole drop-in library when it was one file (bundle 72.7 KB + Japanese 4.5 KB, measured 2026-12-02). */
const WHOLE_LIBRARY_BEFORE_KB = 77.2;
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
 * Builds `entry` the way the drop-in bundle is built (vite.config.ts, bundle mode: a facade, the chunk it loads up
 * front, chunks loaded on first use, translations in files of their own) into `outDir`, and returns the KB
 * min+gzip of what a page loads before it runs (the facade and every chunk it imports statically) and of every
 * JavaScript file written.
 */
async function bundle(entry, outDir, external) {
  let output = [];
  await build({
    mode: 'bundle',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, lib: { entry, fileName: () => 'out.js' }, rollupOptions: { external } },
    plugins: [{ name: 'collect-output', generateBundle: (_, bundle) => void (output = Object.values(bundle)) }],
  });
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = staticClosure(chunks, 'out.js');
  const kb = (names) => [...names].reduce((sum, name) => sum + fileKb(join(outDir, name)), 0);
  const all = readdirSync(outDir).filter((name) => name.endsWith('.js'));
  return { upFrontKb: kb(upFront), totalKb: kb(all), files: all.length };
}

/** File names of `start` and every chunk it imports statically, transitively. */
function staticClosure(chunks, start) {
  const loaded = new Set();
  const load = (fileName) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) load(imported);
  };
  load(start);
  return loaded;
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
  const loaded = staticClosure(chunks, 'out.js');
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
    row(
      'drop-in bundle: what a page loads before its first paint (facade + chunks it imports, lit included)',
      english.upFrontKb,
      FIRST_PAINT_TARGET_KB,
    );
    row(
      `drop-in bundle: the whole library, every chunk (${english.files} files) and the Japanese file`,
      english.totalKb,
      WHOLE_LIBRARY_BEFORE_KB,
    );
    row(
      '  of which the chunk loaded after the first paint (other elements, vCard, the parts loaded on first use)',
      english.totalKb - english.upFrontKb - japanese,
    );
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
