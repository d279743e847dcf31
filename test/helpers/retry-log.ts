/**
 * Imported ahead of every test file (scripts/retry-log-plugin.js): a test that failed and then passed when mocha
 * ran it again (`retries` in web-test-runner.config.js) is logged with its first failure, so the run's closing
 * lines name it as flaky instead of the retry hiding it.
 */
const RETRY_LOG_PREFIX = 'passed on retry:';

// `currentRetry()` is public in mocha (Runnable#currentRetry); @types/mocha declares it protected.
type Retried = Mocha.Test & { currentRetry(): number };

// Mocha keeps no record of a retried attempt's error; its runner announces it once, with a `retry` event.
const runner = (globalThis as unknown as { Mocha: { Runner: { prototype: { emit(...args: unknown[]): boolean } } } }).Mocha.Runner
  .prototype;
const emit = runner.emit;
runner.emit = function (this: unknown, ...args: unknown[]) {
  const [event, test, error] = args as [string, Mocha.Test | undefined, Error | undefined];
  // Message and stack apart: Firefox's and WebKit's stacks do not start with the message.
  if (event === 'retry' && test)
    console.warn('failed, retrying:', test.fullTitle(), String(error?.message ?? error), String(error?.stack ?? ''));
  return emit.apply(this, args);
};

afterEach(function () {
  const test = this.currentTest as Retried | undefined;
  if (test?.state === 'passed' && test.currentRetry() > 0) console.warn(RETRY_LOG_PREFIX, test.fullTitle());
});
