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

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function summaryReporter() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  /** @type {Map<string, typeof total>} */
  const perBrowser = new Map();
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
      }
    },
    // Printed at process exit, after the default reporter's own summary, so the total is the closing line.
    stop() {
      process.once('exit', () => {
        const lines = perBrowser.size > 1 ? [...perBrowser].map(([name, totals]) => `${name}: ${line(totals)}`) : [];
        process.stdout.write([...lines, line(total)].join('\n') + '\n');
      });
    },
  };
}
