// Browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (no browser download; which ones:
// scripts/test-browsers.js): see README "Testing".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.js';
import { rawFilesPlugin } from './scripts/raw-files-plugin.js';
import { retryLogPlugin } from './scripts/retry-log-plugin.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { browserNames, testBrowsers, viewportPlugin } from './scripts/test-browsers.js';
import { sessionStartPlugin } from './scripts/webkit-launcher.js';
import { readmeFrameworkSnippets } from './test/demo/readme/framework-snippets.js';
import { contactsServerPlugin } from './test/server/server-plugin.js';

const TESTS = 'test/**/*.test.ts';
// With several browsers, these run in Chromium only:
// - the HTTP adapter against the reference server (on PGlite and on PostgreSQL): what they test is the server and
//   the wire, the same in every engine, and they are the slowest files;
// - pure text and data code with no engine API beneath it (vCard writing, folding and parsing; the in-memory
//   adapter), whose generated-input suites are long. What engines do differ in stays in every browser: vCard
//   charsets (TextDecoder), downloads (Blob), photos, collation (Intl), IndexedDB and every element.
const CHROMIUM_ONLY = [
  'test/backend/http.*.test.ts',
  'test/backend/memory*.test.ts',
  'test/vcard/{folding,hostile,inherited-types,parse-format,parse-roundtrip,roundtrip,values}.test.ts',
];
// The PostgreSQL host exists only when DATABASE_URL names a server (.ci/run starts one).
const POSTGRES_ONLY = 'test/backend/*.postgres.test.ts';
const postgres = process.env.DATABASE_URL ? [] : [`!${POSTGRES_ONLY}`];
const browsers = browserNames();
const split = browsers.length > 1;

export default {
  files: split ? [TESTS, ...CHROMIUM_ONLY.map((glob) => `!${glob}`), ...postgres] : [TESTS, ...postgres],
  groups: split ? [{ name: 'chromium-only', files: [...CHROMIUM_ONLY, ...postgres], browsers: testBrowsers(['chromium']) }] : [],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's dev-mode banner repeats once per file and says nothing about the tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 1,
  // The HTTP conformance files cross HTTP and a transaction ~2,000 times: 312–367 s on an idle machine, over 600 s
  // on a loaded one (one CI run).
  testsFinishTimeout: 1_200_000,
  // Firefox and WebKit take long to open a page on a busy 2-core machine.
  browserStartTimeout: 120_000,
  // …and to load a test file's modules (WebKit once took over the default 20 s). A WebKit page that has not started
  // after 45 s is opened again in a new browser (scripts/webkit-launcher.js), which leaves it the rest of this.
  testsStartTimeout: 120_000,
  // A test that fails runs once more: on a loaded 2-core machine a wait can run out once in a few thousand tests.
  // One that passes only on its retry is still named at the end of the run (retry-log-plugin.js), as flaky.
  testFramework: { config: { timeout: 20_000, retries: 1 } },
  // The README's React and Vue snippets, compiled as an app's build would, for test/demo/readme.test.ts.
  // The reference server in-process (built by `npm run build -w server`), for the HTTP adapter's tests.
  // A second copy of the drop-in bundle at another URL, chunks included, for test/bundle.test.ts.
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/dist-copy/')) context.url = context.url.replace('/dist-copy/', '/dist/');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    readmeFrameworkSnippets(),
    rawFilesPlugin(),
    viewportPlugin(),
    forcedColorsPlugin(),
    contactsServerPlugin(),
    retryLogPlugin(),
    sessionStartPlugin(),
  ],
  browsers: testBrowsers(browsers),
};
