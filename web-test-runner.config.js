// Browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (no browser download; which ones:
// scripts/test-browsers.js): see README "Testing".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { rawFilesPlugin } from './scripts/raw-files-plugin.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { browserNames, testBrowsers, viewportPlugin } from './scripts/test-browsers.js';
import { readmeFrameworkSnippets } from './test/demo/readme/framework-snippets.js';
import { contactsServerPlugin } from './test/server/server-plugin.js';

const TESTS = 'test/**/*.test.ts';
// The HTTP adapter against the reference server (on PGlite and on PostgreSQL): what they test is the server and the
// wire, the same in every engine, and they are the slowest files; with several browsers they run in Chromium only.
const SERVER_TESTS = 'test/backend/http.*.test.ts';
const browsers = browserNames();
const split = browsers.length > 1;

export default {
  files: split ? [TESTS, `!${SERVER_TESTS}`] : [TESTS],
  groups: split ? [{ name: 'server', files: SERVER_TESTS, browsers: testBrowsers(['chromium']) }] : [],
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
  browsers: testBrowsers(browsers),
};
