// Browser tests in Debian's headless Chromium (no browser download): see README "Testing".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.js';
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
  testFramework: { config: { timeout: 20_000 } },
  // The README's React and Vue snippets, compiled as an app's build would, for test/demo/readme.test.ts.
  // The reference server in-process (built by `npm run build -w server`), for the HTTP adapter's tests.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), readmeFrameworkSnippets(), contactsServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
