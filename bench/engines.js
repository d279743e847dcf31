// The bench's browsers. Chromium runs every suite (its probes, a trace and the heap, speak CDP); the suites that need
// no probe (`ENGINE_SUITES`) also run in Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK's MiniBrowser
// (WebKitWebDriver, scripts/webkit-driver.js), from Debian's packages, so what users feel is measured in each engine.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { FIREFOX, WEBKIT_DRIVER } from '../scripts/browser-paths.js';
import { killGroup, startWebKitDriver, startXvfb, WEBKIT_CAPABILITIES } from '../scripts/webkit-driver.js';

/** Suites that run in Firefox and WebKit as well as Chromium. */
export const ENGINE_SUITES = ['elements'];

/** How long a suite may run before its engine is given up on. */
const SUITE_TIMEOUT_MS = 900_000;
const POLL_MS = 500;

/** What the page left for the bench: its rows, its error, or nothing yet. */
const outcome = () => (window.benchError ? { error: window.benchError } : window.benchRows ? { rows: window.benchRows } : null);

/** Polls `read` (the page's {@link outcome}) until the suite ends; resolves with its rows, or throws its error. */
async function rowsOf(read, name) {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  for (;;) {
    const result = await read();
    if (result?.error) throw new Error(`${name}: ${result.error}`);
    if (result?.rows) return result.rows;
    if (Date.now() > deadline) throw new Error(`${name}: no result within ${SUITE_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Firefox ESR, headless. */
async function inFirefox(url, onLog) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: SUITE_TIMEOUT_MS,
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => onLog(message.text()));
    await page.goto(url);
    return await rowsOf(() => page.evaluate(outcome), 'Firefox');
  } finally {
    await browser.close();
  }
}

/** WebKitGTK's MiniBrowser on the display, or on a private Xvfb. */
async function inWebKit(url) {
  const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
  const driver = await startWebKitDriver(process.env.DISPLAY ?? xvfb.display);
  try {
    const session = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
    await session.url(url);
    try {
      return await rowsOf(() => session.execute(outcome), 'WebKit');
    } finally {
      await session.deleteSession().catch(() => undefined);
    }
  } finally {
    killGroup(driver.process);
    xvfb?.process.kill();
  }
}

/**
 * The other engines installed here, each a name (for the rows' group) and a runner of a suite page that resolves with
 * its rows. WebKit's console is not forwarded: WebDriver classic has no log channel.
 */
export function otherEngines() {
  return [
    { name: 'Firefox', installed: existsSync(FIREFOX), run: inFirefox },
    { name: 'WebKit', installed: existsSync(WEBKIT_DRIVER), run: inWebKit },
  ];
}
