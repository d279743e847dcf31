// Type-checks tiny consumers (test/consumer/: React 19 TSX, a Vue 3 SFC, a per-element TypeScript import) against
// the package's declarations as they ship: src/ emitted as .d.ts into a package-shaped folder with types/ beside
// it, the package's own specifiers mapped there. Each source also holds `@ts-expect-error` / `@vue-expect-error`
// lines (a misspelled attribute, a bad `filter`), so types that stopped checking fail here too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { TYPES_DIR } from './framework-types.js';
import { CONSUMER_COMPILER_OPTIONS } from './consumer-compiler-options.js';

const pkg = 'node_modules/.cache/consumer-types/contacts-center';
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
const run = (bin, args) => execFileSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
run('tsc', ['-p', 'tsconfig.build.json', '--outDir', `${pkg}/dist`, '--declarationMap', 'false']);
cpSync(TYPES_DIR, `${pkg}/${TYPES_DIR}`, { recursive: true });

const at = (path) => [`../../${pkg}/${path}`];
const common = {
  ...CONSUMER_COMPILER_OPTIONS,
  baseUrl: '.',
  paths: {
    'contacts-center': at('dist/index.d.ts'),
    'contacts-center/contacts-center.js': at('dist/components/contacts-center/contacts-center.d.ts'),
    'contacts-center/react': at(`${TYPES_DIR}/react.d.ts`),
    'contacts-center/vue': at(`${TYPES_DIR}/vue.d.ts`),
  },
};
const configs = {
  react: { compilerOptions: { ...common, jsx: 'react-jsx', types: ['react'] }, include: ['react', 'plain'] },
  // As a Vue app would: the package's Vue types in the program (an app lists `contacts-center/vue` in "types"),
  // templates checked strictly (an attribute or event the element does not have is an error).
  vue: {
    compilerOptions: { ...common, jsx: 'preserve', types: [] },
    vueCompilerOptions: { strictTemplates: true },
    include: ['vue', ...at(`${TYPES_DIR}/vue.d.ts`)],
  },
};
for (const [name, config] of Object.entries(configs)) {
  const file = `test/consumer/tsconfig.${name}.json`;
  writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
  run(name === 'vue' ? 'vue-tsc' : 'tsc', ['-p', file]);
}
console.log('The React, Vue and per-element consumers type-check.');
