/**
 * Imported ahead of every test file (scripts/retry-log-plugin.js): a test that failed and then passed when mocha
 * ran it again (`retries` in web-test-runner.config.js) is logged, so the run's closing lines name it as flaky
 * instead of the retry hiding it.
 */
const RETRY_LOG_PREFIX = 'passed on retry:';

// `currentRetry()` is public in mocha (Runnable#currentRetry); @types/mocha declares it protected.
type Retried = Mocha.Test & { currentRetry(): number };

afterEach(function () {
  const test = this.currentTest as Retried | undefined;
  if (test?.state === 'passed' && test.currentRetry() > 0) console.warn(RETRY_LOG_PREFIX, test.fullTitle());
});
