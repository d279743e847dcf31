// The browsers Web Test Runner drives, all from Debian packages (nothing downloads a browser):
//   chromium  Debian's headless Chromium through puppeteer-core (CDP)
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi, no geckodriver)
//   webkit    WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver (scripts/webkit-launcher.js)
// `BROWSERS=chromium,firefox,webkit` picks them; unset, CI (`CI` set) runs all three and development Chromium only.
// Also the `viewport` server command (test/helpers/viewport.ts): `setViewport` from @web/test-runner-commands
// refuses WebDriver sessions, so there it sizes the window so that its viewport gets the size asked for.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from './browser-paths.js';
import { WebKitLauncher } from './webkit-launcher.js';

export const BROWSER_NAMES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** The browser names asked for: `BROWSERS` if set, else all three under CI and Chromium alone otherwise. */
export function browserNames(env = process.env) {
  const asked = env.BROWSERS?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const names = asked?.length ? asked : env.CI ? [...BROWSER_NAMES] : ['chromium'];
  const unknown = names.filter((name) => !BROWSER_NAMES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')} (known: ${BROWSER_NAMES.join(', ')})`);
  return [...new Set(names)];
}

/** The launchers for `browserNames()`. */
export function testBrowsers(names = browserNames()) {
  return names.map((name) => LAUNCHERS[name]());
}

const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  webkit: () => new WebKitLauncher(),
};

/**
 * The `viewport` server command: `{ width, height }` of the page's viewport. Puppeteer sessions (Chromium,
 * Firefox) set it directly; WebDriver sessions size the window, then correct once for the window's own chrome.
 */
export function viewportPlugin() {
  return {
    name: 'viewport-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport') return undefined;
      const { width, height } = payload ?? {};
      if (typeof width !== 'number' || typeof height !== 'number') throw new Error('viewport: give { width, height } in CSS pixels');
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (browser.type === 'webdriver') {
        const { driver } = browser;
        const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
        await driver.setWindowSize(width, height);
        const [innerWidth, innerHeight] = await inner();
        if (innerWidth !== width || innerHeight !== height) {
          await driver.setWindowSize(width + (width - innerWidth), height + (height - innerHeight));
        }
        return true;
      }
      throw new Error(`viewport: no way to size a ${browser.type} session`);
    },
  };
}
