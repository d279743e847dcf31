// A Web Test Runner reporter that prints "N passed, M failed" alone on a line, for CI logs.
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load, or failed outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
    },
    // Printed at process exit, after the default reporter's own summary, so it is the closing line.
    stop() {
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.once('exit', () => process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
