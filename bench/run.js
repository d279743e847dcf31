// `npm run bench [suite…]`: runs bench/*.bench.ts in headless Chromium (served by Vite) and prints one table.
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/browser-paths.js';
import { ENGINE_SUITES, otherEngines } from './engines.js';
import { exposeProbes } from './probes.js';

const wanted = process.argv.slice(2);
/** `BENCH_ONLY=search`: a suite that reads it (adapter, elements) times only the rows whose name holds one of its comma-separated words. */
const only = process.env.BENCH_ONLY ? `&only=${encodeURIComponent(process.env.BENCH_ONLY)}` : '';
/** The machine's 1, 5 and 15-minute load averages, so a run on a busy machine shows as one. */
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
const loadAtStart = load();
/** `BENCH_ENGINES=chromium,webkit`: the engines to run in (Chromium always runs); unset, every one installed. */
const engines = process.env.BENCH_ENGINES?.toLowerCase().split(',');
const files = readdirSync(new URL('.', import.meta.url));
const pick = (suffix) =>
  files
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .filter((s) => wanted.length === 0 || wanted.includes(s));
/** Suites that run in Chromium (`*.bench.ts`) and in Node (`*.node-bench.js`, for Node-only peers and sizes). */
const suites = pick('.bench.ts');
const nodeSuites = pick('.node-bench.js');

// Lit's production build, as users get it: without the `production` condition Vite serves its development
// build, whose extra checks and warnings slow every render.
const server = await createServer({
  logLevel: 'error',
  server: { port: 0 },
  resolve: { conditions: ['module', 'browser', 'production'] },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  // waitForFunction is one protocol call that lasts until the suite ends: allow as long as the wait itself.
  protocolTimeout: 1_000_000,
});

const rows = [];
for (const suite of nodeSuites) {
  process.stderr.write(`running ${suite} (node)…\n`);
  const module = await import(`./${suite}.node-bench.js`);
  rows.push(...(await module.default()));
}
try {
  for (const suite of suites) {
    const page = await browser.newPage();
    await exposeProbes(page);
    // The suite's progress lines (console.log in the page) go to stderr, so a slow phase shows where it is.
    page.on('console', (message) => process.stderr.write(`  ${suite}: ${message.text()}\n`));
    process.stderr.write(`running ${suite}…\n`);
    await page.goto(`${base}bench/index.html?suite=${suite}${only}`);
    await page.waitForFunction(() => window.benchRows || window.benchError, { timeout: 900_000, polling: 500 });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`${suite}: ${error}`);
    rows.push(...(await page.evaluate(() => window.benchRows)));
    await page.close();
  }
  for (const engine of otherEngines().filter((e) => !engines || engines.includes(e.name.toLowerCase()))) {
    for (const suite of suites.filter((s) => ENGINE_SUITES.includes(s))) {
      if (!engine.installed) {
        process.stderr.write(`${engine.name} is not installed here: ${suite}'s rows in it are left out\n`);
        continue;
      }
      process.stderr.write(`running ${suite} in ${engine.name}…\n`);
      const found = await engine.run(`${base}bench/index.html?suite=${suite}${only}`, (text) =>
        process.stderr.write(`  ${suite} (${engine.name}): ${text}\n`),
      );
      rows.push(...found.map((row) => ({ ...row, group: `${row.group} (${engine.name})` })));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (v, unit = 'ms') =>
  unit === 'ms' ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${unit}`;
const table = rows.map((r) => ({
  group: r.group,
  measure: r.name,
  ours: fmt(r.value, r.unit),
  reference: r.reference ? `${fmt(r.reference.value, r.unit)} (${r.reference.name})` : '',
  ratio: r.reference ? `${(r.value / r.reference.value).toFixed(2)}×` : '',
  target: r.target ?? '',
  holds: r.holds === undefined ? '' : r.holds ? 'yes' : 'NO',
}));
const cols = Object.keys(table[0] ?? { group: '' });
const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => String(t[c]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\ncontacts-center bench, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, medians`);
console.log(`load average (1 / 5 / 15 min, ${cpus().length} cores): ${loadAtStart} at start, ${load()} at end\n`);
console.log(line(cols));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const t of table) console.log(line(cols.map((c) => t[c])));
