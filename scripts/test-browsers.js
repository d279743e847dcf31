// The browsers Web Test Runner drives, all from Debian packages (nothing downloads a browser):
//   chromium  Debian's headless Chromium through puppeteer-core (CDP)
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi, no geckodriver)
//   webkit    WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver (WebDriver classic); it has no
//             headless mode, so without a DISPLAY a private Xvfb is started for it, and both stop with the run.
// `BROWSERS=chromium,firefox,webkit` picks them; unset, CI (`CI` set) runs all three and development Chromium only.
// Also the `viewport` server command (test/helpers/viewport.ts): `setViewport` from @web/test-runner-commands
// refuses WebDriver sessions, so there it sizes the window so that its viewport gets the size asked for.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const BROWSER_NAMES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  webkit: () => new WebKitLauncher(),
};

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself; resolves with the process and its `:N`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // Taller than any viewport a test asks for (the story suites take 1280×3000).
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x3400x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display: ${stderr.trim()}`)));
    let display = '';
    xvfb.stdio[3].on('data', (chunk) => {
      display += chunk;
      if (display.includes('\n')) resolve({ process: xvfb, display: `:${display.trim()}` });
    });
  });
}

/** Resolves once something listens on `port` (WebKitWebDriver takes a moment to bind). */
async function listening(port, child, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on ${port} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** WebKitGTK through its WebDriver, owning the WebKitWebDriver (and, if needed, Xvfb) it talks to. */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {import('node:child_process').ChildProcess[]} */
  #children = [];
  #killAll = () => this.#children.forEach((child) => child.exitCode === null && child.kill());

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        // Without it webdriverio asks for BiDi, which WebKitWebDriver does not offer ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        // The runner talks to the page over its own socket, so navigation need not wait for every subresource.
        pageLoadStrategy: 'eager',
      },
    });
  }

  // The runner's session manager starts a page without awaiting it (`queueStartSession`), so a navigation that
  // fails or times out after the run ended was an unhandled rejection that stopped the runner with exit code 1.
  // A page that really never starts is still reported, by the runner's own `browserStartTimeout`.
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    this.driverManager.startSession(id, url).catch((error) => {
      if (this.driverManager) console.warn(`WebKit: opening ${url} failed: ${error.message}`);
    });
  }

  async initialize(config, testFiles) {
    // A run killed half-way must not leave the driver or the display behind.
    process.once('exit', this.#killAll);
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      this.#children.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    this.#children.push(driver);
    await listening(port, driver);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#killAll();
    process.off('exit', this.#killAll);
  }
}

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
