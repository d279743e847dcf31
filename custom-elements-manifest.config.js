// Shared by `npm run analyze` and the freshness check in `npm test`.
import { frameworkTypes } from './scripts/framework-types.js';

/** The analyzer lists modules in file-system order, which varies between runs: write them sorted by path. */
function sortedModules() {
  return {
    name: 'sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react/: generated from the manifest (scripts/react-wrappers.js).
  exclude: ['src/**/*.styles.ts', 'src/i18n/locales/**', 'src/react/**'],
  litelement: true,
  // package.json's customElements field is maintained by hand; the freshness check writes elsewhere.
  packagejson: false,
  // React/JSX, Vue and editor types from the manifest, into types/ (the check writes them elsewhere too).
  plugins: [sortedModules(), frameworkTypes()],
};
