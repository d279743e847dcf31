// Shared by `npm run analyze` and the freshness check in `npm test`.
import { frameworkTypes } from './scripts/framework-types.js';

export default {
  globs: ['src/**/*.ts'],
  // src/react/: generated from the manifest (scripts/react-wrappers.js).
  exclude: ['src/**/*.styles.ts', 'src/i18n/locales/**', 'src/react/**'],
  litelement: true,
  // package.json's customElements field is maintained by hand; the freshness check writes elsewhere.
  packagejson: false,
  // React/JSX, Vue and editor types from the manifest, into types/ (the check writes them elsewhere too).
  plugins: [frameworkTypes()],
};
