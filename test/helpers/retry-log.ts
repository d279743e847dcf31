/**
 * Imported ahead of every test file (scripts/retry-log-plugin.js): a test that failed and then passed when mocha
 * ran it again (`retries` in web-test-runner.config.js) is logged, so the run's closing lines name it as flaky
 * instead of the retry hiding it.
 */
const RETRY_LOG_PREFIX = 'passed on retry:';

afterEach(function () {
  const test = this.currentTest;
  if (test && test.state === 'passed' && test.currentRetry() > 0) console.warn(RETRY_LOG_PREFIX, test.fullTitle());
});
