// The compiler options a consumer project of the package is checked with, by both the quick type check
// (check-consumer-types.js) and the packed-tarball test (test-packed.js).
export const CONSUMER_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
};
