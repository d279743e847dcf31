// WebKitGTK's MiniBrowser (Safari's engine) for Web Test Runner, through WebKitWebDriver (WebDriver classic). It has
// no headless mode, so without a DISPLAY a private Xvfb is started for it; the driver, its browser and the display
// stop with the run.
//
// A navigation that hangs is got round with a new browser: in CI, WebKitWebDriver's `url` command went unanswered
// for 120 s, three times in one run opening a test file and once in another leaving one for about:blank (its tests
// had all passed), and the runner fails the file either way. A page that has not started its tests is opened again
// in a new browser; a finished page that cannot be left is left behind with its browser.
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { killGroup, startWebKitDriver, startXvfb, WEBKIT_CAPABILITIES } from './webkit-driver.js';

/** How long a test page may take to start its tests before it is opened in a new browser. */
export const REOPEN_AFTER_MS = 45_000;

/** How long leaving a finished test page may take before the run goes on in a new browser. */
export const LEAVE_WITHIN_MS = 30_000;

/** What a stop that took too long resolves with. */
const LATE = Symbol('late');

/** Test sessions whose page has started its tests, as the page tells the runner (see `sessionStartPlugin`). */
const startedSessions = new Set();

/** A dev-server plugin that hears each page tell the runner its tests started; the launcher reads what it heard. */
export function sessionStartPlugin() {
  return {
    name: 'session-start-witness',
    serverStart({ webSockets }) {
      webSockets.on('message', ({ data }) => {
        if (data?.type === 'wtr-session-started' && typeof data.sessionId === 'string') startedSessions.add(data.sessionId);
      });
    },
  };
}

/** WebKitGTK through its WebDriver, owning the WebKitWebDriver (and, if needed, Xvfb) it talks to. */
export class WebKitLauncher extends WebdriverLauncher {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  #xvfb;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  #driverProcess;
  #display = '';
  /** @type {Promise<void> | undefined} */
  #replacing;
  #killAll = () => {
    if (this.#driverProcess) killGroup(this.#driverProcess);
    if (this.#xvfb && this.#xvfb.exitCode === null) this.#xvfb.kill();
  };

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        ...WEBKIT_CAPABILITIES,
        // The runner talks to the page over its own socket, so navigation need not wait for every subresource.
        pageLoadStrategy: 'eager',
      },
    });
  }

  async initialize(config, testFiles) {
    // A run killed half-way must not leave the driver, its browser or the display behind.
    process.once('exit', this.#killAll);
    this.#display = process.env.DISPLAY ?? '';
    if (!this.#display) {
      const xvfb = await startXvfb();
      this.#xvfb = xvfb.process;
      this.#display = xvfb.display;
    }
    await this.#startDriver();
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async #startDriver() {
    const { process: driver, port } = await startWebKitDriver(this.#display);
    this.#driverProcess = driver;
    this.options.port = port;
  }

  // The runner's session manager starts a page without awaiting it (`queueStartSession`), so a navigation that
  // fails or times out after the run ended was an unhandled rejection that stopped the runner with exit code 1.
  // A page that really never starts is still reported, by the runner's own `testsStartTimeout`.
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    this.#open(id, url, this.driver, true);
  }

  #open(id, url, driver, mayReopen) {
    this.driverManager.urlMap.set(id, url);
    driver.navigateTo(url).catch((error) => {
      if (this.driver === driver) console.warn(`WebKit: opening ${url} failed: ${error.message}`);
    });
    if (!mayReopen) return;
    setTimeout(() => {
      if (startedSessions.has(id) || this.driver !== driver || !this.driverManager?.isActive(id)) return;
      console.warn(`WebKit: ${url} had not started its tests after ${REOPEN_AFTER_MS} ms; opening it in a new browser`);
      this.#replaceBrowser()
        .then(() => this.#open(id, url, this.driver, false))
        .catch((error) => console.warn(`WebKit: a new browser could not be started: ${error.message}`));
    }, REOPEN_AFTER_MS);
  }

  /** Ends the stuck driver and its browser, and starts a new pair with a session manager of its own. */
  #replaceBrowser() {
    this.#replacing = (async () => {
      clearInterval(this.pendingHeartbeat);
      if (this.#driverProcess) killGroup(this.#driverProcess);
      this.driver = undefined;
      this.driverManager = undefined;
      await this.#startDriver();
      await this.ensureManagerInitialized();
    })();
    return this.#replacing;
  }

  async stopSession(id) {
    await this.#replacing;
    const stopping = super.stopSession(id);
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(resolve, LEAVE_WITHIN_MS, LATE)));
    const result = await Promise.race([stopping, late]).finally(() => clearTimeout(timer));
    if (result !== LATE) return result;
    stopping.catch(() => undefined);
    console.warn(`WebKit: leaving a finished test page took over ${LEAVE_WITHIN_MS} ms; going on in a new browser`);
    await this.#replaceBrowser();
    return { testCoverage: undefined };
  }

  async stop() {
    await super.stop();
    this.#killAll();
    process.off('exit', this.#killAll);
  }
}
