// WebKitGTK's MiniBrowser (Safari's engine) and WebKitWebDriver, its WebDriver (classic), from Debian's packages:
// what the test runner's launcher (webkit-launcher.js) and the bench (bench/engines.js) both start. MiniBrowser has
// no headless mode, so without a DISPLAY it gets a private Xvfb.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { MINIBROWSER, WEBKIT_DRIVER } from './browser-paths.js';

/** The session capabilities WebKitWebDriver accepts for MiniBrowser. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  // Without it webdriverio asks for BiDi, which WebKitWebDriver does not offer ("Failed to match capabilities").
  'wdio:enforceWebDriverClassic': true,
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
export function startXvfb() {
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

/** Ends a process and its children (the driver's MiniBrowser and web processes share its process group). */
export function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * A WebKitWebDriver on a free port of `display`, in its own process group so that it goes with the browser it
 * starts (end both with {@link killGroup}).
 */
export async function startWebKitDriver(display) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', detached: true, env: { ...process.env, DISPLAY: display } });
  await listening(port, driver);
  return { process: driver, port };
}
