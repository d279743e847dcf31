// Browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (no browser download; which ones:
// scripts/test-browsers.js): see README "Testing".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { rawFilesPlugin } from './scripts/raw-files-plugin.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { testBrowsers, viewportPlugin } from './scripts/test-browsers.js';
import { readmeFrameworkSnippets } from './test/demo/readme/framework-snippets.js';
import { contactsServerPlugin } from './test/server/server-plugin.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's dev-mode banner repeats once per file and says nothing about the tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 1,
  testsFinishTimeout: 300_000,
  // Firefox and WebKit take long to open a page on a busy 2-core machine.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  // The README's React and Vue snippets, compiled as an app's build would, for test/demo/readme.test.ts.
  // The reference server in-process (built by `npm run build -w server`), for the HTTP adapter's tests.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    readmeFrameworkSnippets(),
    rawFilesPlugin(),
    viewportPlugin(),
    contactsServerPlugin(),
  ],
  browsers: testBrowsers(),
};
