import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { BUNDLE_CHUNK_FILE_NAMES, bundleCodeSplitting } from './scripts/bundle-chunks.js';
import { collapseLazyFacadesPlugin } from './scripts/lazy-facades.js';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { standaloneLocalesPlugin } from './scripts/standalone-locales.js';

const root = import.meta.dirname;

/** Public entry points of the npm package (its dependencies stay external: an app gets one copy of each). */
const entries = {
  index: 'src/index.ts',
  'backend/index': 'src/backend/index.ts',
  'backend/indexeddb/index': 'src/backend/indexeddb/index.ts',
  'backend/memory/index': 'src/backend/memory/index.ts',
  'backend/http/index': 'src/backend/http/index.ts',
  'backend/conformance/index': 'src/backend/conformance/index.ts',
  'vcard/index': 'src/vcard/index.ts',
  'react/wrappers': 'src/react/wrappers.ts',
  'components/contacts-backend/contacts-backend': 'src/components/contacts-backend/contacts-backend.ts',
  'components/contacts-center/contacts-center': 'src/components/contacts-center/contacts-center.ts',
  'components/activity-feed/activity-feed': 'src/components/activity-feed/activity-feed.ts',
  'components/contact-requests/contact-requests': 'src/components/contact-requests/contact-requests.ts',
};

const external = [/^lit($|\/)/, /^@lit\//, /^idb($|\/)/, /^zod($|\/)/, /^react($|\/)/];

/**
 * `vite` serves the demo (index.html); `vite build` builds the npm modules into dist/;
 * `vite build --mode bundle` adds dist/contacts-center.bundle.js, minified with lit inlined, and beside it the
 * chunks it loads (`contacts-center.core-<hash>.js` up front, the others on first use) and
 * dist/contacts-center.ja.js, the Japanese messages it loads on first use (the size benchmark builds with this same
 * configuration).
 */
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [minifyTemplatesPlugin(), standaloneLocalesPlugin(), collapseLazyFacadesPlugin()],
        // Lit's production build whatever NODE_ENV says (a Vite dev server started earlier in the same process,
        // as in `npm run bench`, sets it to development and lit's larger development build would be bundled).
        resolve: { conditions: ['module', 'browser', 'production'] },
        build: {
          emptyOutDir: false,
          // Terser's output is about 10% smaller gzipped than the default minifier's, which keeps whitespace in
          // ES library builds; a few seconds more for the one file people download.
          minify: 'terser',
          terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
          target: 'es2022',
          lib: {
            entry: resolve(root, 'src/bundle.ts'),
            formats: ['es'],
            fileName: () => 'contacts-center.bundle.js',
          },
          // A facade, the chunk a first paint needs, and chunks loaded on first use (scripts/bundle-chunks.ts);
          // each translation is a sibling that imports nothing (scripts/standalone-locales.ts says why).
          rollupOptions: {
            output: {
              // src/bundle.ts replaces importWorld and deleteWorld with wrappers that load the import code.
              codeSplitting: bundleCodeSplitting(resolve(root, 'src/bundle.ts'), [resolve(root, 'src/backend/indexeddb/import.ts')]),
              chunkFileNames: BUNDLE_CHUNK_FILE_NAMES,
            },
          },
        },
      }
    : {
        server: { port: 5173, strictPort: false },
        build: {
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {
            entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(root, file)])),
            formats: ['es'],
          },
          rollupOptions: {
            external,
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
