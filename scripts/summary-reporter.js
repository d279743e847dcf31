// A Web Test Runner reporter that prints "N passed, M failed" alone on a line for CI logs, preceded by one such
// line per browser when the run has several.
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** The sum of the test durations in `suite`, in ms (a file's own time, without page start-up). */
function duration(suite) {
  let ms = 0;
  for (const test of suite.tests) ms += test.duration ?? 0;
  for (const child of suite.suites) ms += duration(child);
  return ms;
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/** The prefix test/helpers/retry-log.ts logs a test under when it passed only on a retry. */
const RETRY_LOG_PREFIX = 'passed on retry:';
/** …and the prefix of a failed attempt that mocha runs again, with the error. */
const FAILED_LOG_PREFIX = 'failed, retrying:';
/** An error's message (its first 300 characters) and its first stack frame under /src/ or /test/. */
const briefly = (message, stack) => {
  const frame = String(stack ?? '')
    .split('\n')
    .find((l) => /\/(src|test)\//.test(l) && !l.includes('node_modules'));
  return [
    String(message ?? '').slice(0, 300),
    frame
      ?.trim()
      .replace(/^at /, '')
      .replace(/\?wtr-session-id=[\w-]+/, ''),
  ]
    .filter(Boolean)
    .join('  at ');
};

export function summaryReporter() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  /** @type {string[]} "browser  file  test" of each test that passed only on a retry */
  const retried = [];
  /** @type {Map<string, typeof total>} */
  const perBrowser = new Map();
  /** @type {Map<string, Map<string, number>>} test file → browser → ms */
  const perFile = new Map();
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const name = session.browser.name;
        if (!perBrowser.has(name)) perBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        for (const totals of [total, perBrowser.get(name)]) {
          if (session.testResults) count(session.testResults, totals);
          // A file that failed to load, or failed outside a test, counts as one failure.
          if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
        }
        const firstFailures = new Map();
        for (const [first, title, message, stack] of session.logs ?? []) {
          if (first === FAILED_LOG_PREFIX && !firstFailures.has(title)) firstFailures.set(title, briefly(message, stack));
          if (first === RETRY_LOG_PREFIX) {
            const failure = firstFailures.get(title);
            retried.push(
              `${name}  ${session.testFile.replace(process.cwd() + '/', '')}  ${title}${failure ? `\n      first failure: ${failure}` : ''}`,
            );
          }
        }
        if (!perFile.has(session.testFile)) perFile.set(session.testFile, new Map());
        if (session.testResults) perFile.get(session.testFile).set(name, duration(session.testResults));
      }
    },
    // Printed at process exit, after the default reporter's own summary, so the total is the closing line.
    stop() {
      process.once('exit', () => {
        // Where a slow run spends its time: the ten slowest files, with each browser's share.
        const fileTime = (times) => [...times.values()].reduce((sum, ms) => sum + ms, 0);
        const slowest = [...perFile].sort(([, a], [, b]) => fileTime(b) - fileTime(a)).slice(0, 10);
        const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
        process.stdout.write(
          'Slowest test files (sum of test durations):\n' +
            slowest
              .map(
                ([file, times]) =>
                  `  ${seconds(fileTime(times))}  ${file.replace(process.cwd() + '/', '')}  (${[...times].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')})`,
              )
              .join('\n') +
            '\n',
        );
        if (retried.length) {
          process.stdout.write(`Flaky: passed only on a retry (${retried.length}):\n${retried.map((t) => `  ${t}\n`).join('')}`);
        }
        const lines = perBrowser.size > 1 ? [...perBrowser].map(([name, totals]) => `${name}: ${line(totals)}`) : [];
        process.stdout.write([...lines, line(total)].join('\n') + '\n');
      });
    },
  };
}
