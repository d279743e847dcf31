// A Web Test Runner plugin: every test file imports test/helpers/retry-log.ts first, which logs each test that
// passed only on a retry (summary-reporter.js lists them at the end).
const TEST_FILE = /^\/test\/.*\.test\.ts$/;

export function retryLogPlugin() {
  return {
    name: 'retry-log',
    transform(context) {
      if (!TEST_FILE.test(context.path)) return undefined;
      return { body: `import '/test/helpers/retry-log.ts';\n${context.body}` };
    },
  };
}
