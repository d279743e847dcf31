// `npm run test:packed`: the package as users get it. `npm pack` (whose prepack builds it from a clean clone), the
// tarball installed into a fresh project outside this tree with React, Vue and their types, then:
//   1. Node imports every JavaScript entry point, as SSR and test runners do, with no DOM;
//   2. the consumers of test/consumer/ (React-TS, Vue-TS, per-element TypeScript, and the pages of step 3)
//      type-check against the installed package, resolved through its `exports` as an app resolves them; their
//      `@ts-expect-error` lines (a misspelled prop, a bad `filter`, a wrong event detail) must still be errors, and
//      vue-tsc (strictTemplates) must reject test/consumer/vue-invalid/ with the expected messages;
//   3. the pages of test/consumer/packed/ are bundled by esbuild from the installed package (as an app's bundler
//      would: its exports, browser conditions and sideEffects) and run in headless Chromium (playwright-core), with
//      a plain HTML page made of the README's snippets loading the shipped bundle. Each page reports its checks.
// `--no-build` packs the dist/ already built (prepack skipped).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compileScript, parse } from 'vue/compiler-sfc';
import { CONSUMER_COMPILER_OPTIONS } from './consumer-compiler-options.js';
import { CHROMIUM, CHROMIUM_ARGS } from './browser-paths.js';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(`${root}/`);
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'contacts-center-packed-'));
const run = (command, args, cwd = work) => execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const bin = (name) => `${root}/node_modules/.bin/${name}`;
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const started = performance.now();
const REACT_18 = '18.3.1';
const failures = [];

function step(title) {
  console.log(`\n— ${title} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** The README's fenced snippet marked `<!-- readme-test: name -->` (the rule test/demo/readme.test.ts uses). */
function readmeSnippet(name) {
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  const found = new RegExp(`<!-- readme-test: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!found) throw new Error(`README.md has no snippet marked "readme-test: ${name}"`);
  return found[1];
}

async function packAndInstall() {
  step('npm pack');
  const args = ['pack', '--pack-destination', work, '--silent', ...(process.argv.includes('--no-build') ? ['--ignore-scripts'] : [])];
  execFileSync('npm', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  step(`npm install ${tarball} into ${work}`);
  const app = {
    name: 'packed-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries([
      [pkg.name, `file:./${tarball}`],
      ...['react', 'react-dom', '@types/react', '@types/react-dom', 'vue'].map((name) => [name, version(name)]),
    ]),
  };
  writeFileSync(`${work}/package.json`, JSON.stringify(app, null, 2));
  const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  run('npm', install);
  // React 18 beside it, for the React 18 page (its bundle maps react and react-dom there).
  mkdirSync(`${work}/react18`);
  writeFileSync(
    `${work}/react18/package.json`,
    JSON.stringify({ private: true, dependencies: { react: REACT_18, 'react-dom': REACT_18 } }),
  );
  run('npm', install, `${work}/react18`);
  cpSync(`${root}/test/consumer`, `${work}/src`, { recursive: true, filter: (path) => !/tsconfig\.\w+\.json$/.test(path) });
}

function importInNode() {
  step('import every entry point in Node');
  const installed = JSON.parse(readFileSync(`${work}/node_modules/${pkg.name}/package.json`, 'utf8'));
  const specifiers = Object.entries(installed.exports)
    .filter(([, target]) => (typeof target === 'string' ? target.endsWith('.js') : 'default' in target))
    .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
  const script = `for (const specifier of ${JSON.stringify(specifiers)}) {
    try { const module = await import(specifier); console.log('  ok', specifier, Object.keys(module).length, 'exports'); }
    catch (error) { console.log('  FAILED', specifier, String(error)); process.exitCode = 1; }
  }`;
  try {
    run('node', ['--input-type=module', '-e', script]);
  } catch {
    failures.push('an entry point does not import in Node');
  }
}

/** What vue-tsc must say about test/consumer/vue-invalid/Invalid.vue (and nothing else, about any file). */
const VUE_INVALID = 'src/vue-invalid/Invalid.vue';
const VUE_EXPECTED_ERRORS = [
  "'bakend' does not exist in type",
  `Type '"bogus"' is not assignable to type '"all" | "blocked" | "connections"`,
];

/** vue-tsc over the valid Vue consumers and the invalid one: only the invalid one fails, with the expected errors. */
function checkVueErrors(tsconfig) {
  let output = '';
  try {
    execFileSync(bin('vue-tsc'), ['-p', tsconfig], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  const elsewhere = errors.filter((line) => !line.startsWith(VUE_INVALID));
  for (const line of elsewhere) console.log(`  FAILED ${line}`);
  if (elsewhere.length) failures.push('the valid Vue consumers do not type-check');
  for (const expected of VUE_EXPECTED_ERRORS) {
    const found = errors.some((line) => line.startsWith(VUE_INVALID) && line.includes(expected));
    console.log(`  ${found ? 'ok' : 'FAILED'} ${VUE_INVALID} fails with “${expected}…”`);
    if (!found) failures.push(`vue-tsc did not report “${expected}” in ${VUE_INVALID}`);
  }
}

function typeCheck() {
  const common = { ...CONSUMER_COMPILER_OPTIONS };
  const configs = {
    react: {
      compilerOptions: { ...common, jsx: 'react-jsx', types: ['react', 'react-dom'] },
      include: ['src/react', 'src/plain', 'src/packed'],
      exclude: ['src/packed/vue.ts'],
    },
    // As the README tells a Vue app: the package's Vue types listed in "types", templates checked strictly.
    vue: {
      compilerOptions: { ...common, jsx: 'preserve', types: [`${pkg.name}/vue`] },
      vueCompilerOptions: { strictTemplates: true },
      include: ['src/vue', 'src/vue-invalid', 'src/packed/vue.ts', 'src/packed/App.vue'],
    },
  };
  for (const [name, config] of Object.entries(configs)) {
    step(`type-check the ${name} consumers against the installed package`);
    writeFileSync(`${work}/tsconfig.${name}.json`, JSON.stringify(config, null, 2));
    if (name === 'vue') {
      checkVueErrors(`tsconfig.${name}.json`);
      continue;
    }
    try {
      run(bin('tsc'), ['-p', `tsconfig.${name}.json`]);
    } catch {
      failures.push(`the ${name} consumers do not type-check`);
    }
  }
}

/** `.vue` files as @vitejs/plugin-vue compiles them, with the README's custom-element rule. */
const vuePlugin = {
  name: 'vue',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const compilerOptions = { isCustomElement: (tag) => tag.includes('-') };
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path, templateParseOptions: compilerOptions });
      if (errors.length) throw errors[0];
      const { content } = compileScript(descriptor, { id: path, inlineTemplate: true, templateOptions: { compilerOptions } });
      return { contents: content, loader: 'ts', resolveDir: resolve(path, '..') };
    });
  },
};

/** Bundles test/consumer/packed/<entry> for each entry into www/, from the installed package. */
async function bundle(entries, options = {}) {
  await build({
    absWorkingDir: work,
    entryPoints: entries.map((name) => `src/packed/${name}`),
    outdir: 'www',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vuePlugin],
    ...options,
  });
}

/** The bundled pages, by name: each is www/<name>.html. */
async function bundlePages() {
  step('bundle the pages with esbuild from the installed package');
  const entries = readdirSync(`${work}/src/packed`).filter((name) => /^(react(18)?\.tsx|vue\.ts|.*-alone\.ts|plain-html\.ts)$/.test(name));
  // The React 18 page gets React 18, for the app and for the package's React components.
  const react18 = (name) => name === 'react18.tsx';
  await bundle(entries.filter((name) => !react18(name)));
  await bundle(entries.filter(react18), {
    alias: { react: `${work}/react18/node_modules/react`, 'react-dom': `${work}/react18/node_modules/react-dom` },
  });
  const pages = entries.map((name) => name.replace(/\.tsx?$/, ''));
  for (const page of pages) {
    // The plain page: its checks first (to hear every cc-error), then the README's markup and data script as
    // written, the CDN's URL replaced by the installed package's bundle.
    const body =
      page === 'plain-html'
        ? [readmeSnippet('plain-html'), readmeSnippet('plain-html-data')]
            .join('\n')
            .replaceAll('https://cdn.jsdelivr.net/npm/contacts-center/', `/node_modules/${pkg.name}/`)
        : '';
    writeFileSync(
      `${work}/www/${page}.html`,
      `<!doctype html>\n<meta charset="utf-8">\n<script type="module" src="./${page}.js"></script>\n${body}\n`,
    );
  }
  return pages;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Serves the consumer project (its www/ pages and node_modules/) over HTTP. */
async function serve() {
  const server = createServer((request, response) => {
    const path = join(work, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

async function runPages(pages) {
  step('run the pages in Chromium');
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const name of pages) {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(`http://127.0.0.1:${server.address().port}/www/${name}.html`);
      const result = await page
        .waitForFunction(() => window.packedResult, undefined, { timeout: 90_000 })
        .then((handle) => handle.jsonValue())
        .catch((error) => ({ passed: [], failed: [`no result: ${error.message.split('\n')[0]}`] }));
      result.failed.push(...problems.map((problem) => `uncaught: ${problem}`));
      for (const passed of result.passed) console.log(`  ok ${name}: ${passed}`);
      for (const failed of result.failed) console.log(`  FAILED ${name}: ${failed}`);
      failures.push(...result.failed.map((failed) => `${name}: ${failed}`));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await packAndInstall();
  importInNode();
  typeCheck();
  await runPages(await bundlePages());
} finally {
  rmSync(work, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`\nThe packed package failed ${failures.length} check(s) (${seconds} s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nThe packed package installs, imports in Node, type-checks and runs in every consumer (${seconds} s).`);
