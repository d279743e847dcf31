// Lint rules for the library, its tests, stories, demo, bench and scripts; `npm run lint` runs them with
// Prettier's check and knip's unused-export check.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'src/i18n/locales/', '**/*.d.ts', 'server/dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names are a compiler error already (noUnusedLocals); `_`-prefixed arguments document a shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Control characters are matched on purpose: they are stripped from vCard text and search keys.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y, wc },
    rules: {
      ...litA11y.configs.recommended.rules,
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      // Every element extends LitElement, which implements both callbacks.
      'wc/guard-super-call': 'off',
      // autofocus is used only inside <dialog>, where the HTML spec asks for it to place focus on open.
      'lit-a11y/no-autofocus': 'off',
    },
  },
  {
    // Tests, benchmarks, scripts and the demo print their findings and run in Node or the browser.
    files: ['test/**', 'bench/**', 'scripts/**', 'demo/**', 'stories/**', '*.js', '*.ts', 'server/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
