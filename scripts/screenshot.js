// `npm run screenshot`: serves the demo with Vite, opens it in headless Chromium (playwright-core, no browser
// download) and writes docs/screenshot.png at 1280×800, once the seed is in and the elements have rendered.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from './browser-paths.js';

const OUT = new URL('../docs/screenshot.png', import.meta.url);
const VIEWER = process.argv[2] ?? 'joe-bloggs';
/** The profile shown beside the list: Jane Doe, a connection with every kind of contact detail. */
const PERSON = process.argv[3] ?? 'jane-doe';

const server = await createServer({ logLevel: 'error', server: { port: 0, hmr: false, watch: null } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-GB' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));

  await page.goto(`${base}?viewer=${encodeURIComponent(VIEWER)}&person=${encodeURIComponent(PERSON)}`);
  // The demo sets data-demo-ready once the seed is in and the viewer's adapter is provided.
  await page.waitForSelector('html[data-demo-ready="true"]', { timeout: 120_000 });
  // Then wait for what the elements fetch: the people rows, the feed's first items, the request count.
  await page.locator('contacts-center').getByRole('row').nth(3).waitFor({ timeout: 60_000 });
  await page.locator('activity-feed').getByRole('article').nth(3).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800); // avatars (inline SVG) decode, lazy images settle
  await page.evaluate(() => document.fonts.ready);

  mkdirSync(new URL('.', OUT), { recursive: true });
  await page.screenshot({ path: OUT.pathname });
  if (problems.length > 0) {
    console.error(`The page logged errors:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
  console.log(`Wrote ${OUT.pathname}`);
} finally {
  await browser.close();
  await server.close();
}
