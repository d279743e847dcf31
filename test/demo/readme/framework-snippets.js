// A Web Test Runner plugin (Node side) that serves README.md's React and Vue snippets compiled the way an app's
// build would compile them, so test/demo/readme.test.ts can mount them in the browser:
//   /readme-snippets/react.js  the JSX snippet (esbuild, automatic JSX runtime) + react's and react-dom's API
//   /readme-snippets/vue.js    the SFC snippet (vue/compiler-sfc, with the compiler options the README gives) + vue's API
// React and Vue ship CommonJS or bundler-only builds, so each module is one esbuild bundle: the component and the
// framework API the test mounts it with share one copy of the framework. The package import stays external,
// pointing at the library's source as the test server serves it (the same module instance the tests use).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The package's main entry, as served by the test server. */
const PACKAGE_SOURCE = '/src/index.ts';

/** What each served module exports besides the snippet's component (named `Contacts`). */
const ENTRIES = {
  react: `export { Contacts } from 'readme:react';
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';`,
  vue: `export { default as Contacts } from 'readme:vue';
export { createApp, h, nextTick, ref } from 'vue';`,
};

/** The README's fenced snippet marked `<!-- readme-test: name -->` (the same rule readme.test.ts uses). */
function snippet(readme, name) {
  const found = new RegExp(`<!-- readme-test: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!found) throw new Error(`README.md has no snippet marked "readme-test: ${name}"`);
  return found[1];
}

/**
 * The Vue template compiler options the README tells readers to give `@vitejs/plugin-vue`, taken from the
 * README's own sentence, so the test compiles with exactly what readers are told to write.
 */
function vueCompilerOptions(readme) {
  const found = /`vue\(\{ template: \{ compilerOptions: (\{.*?\}) \} \}\)`/.exec(readme);
  if (!found) throw new Error('README.md no longer gives the Vue compiler options as `vue({ template: { compilerOptions: { ... } } })`');
  return new Function(`return (${found[1]});`)();
}

/**
 * The Vue snippet as `@vitejs/plugin-vue` compiles a `<script setup>` SFC: one module, template inlined, the
 * template compiler options given both to parsing (which decides what is a component) and to code generation.
 */
function compileVue(readme) {
  const compilerOptions = vueCompilerOptions(readme);
  const { descriptor, errors } = parse(snippet(readme, 'vue'), { filename: 'README.vue', templateParseOptions: compilerOptions });
  if (errors.length) throw errors[0];
  return compileScript(descriptor, { id: 'readme-vue', inlineTemplate: true, templateOptions: { compilerOptions } }).content;
}

async function bundle(name) {
  const readme = await readFile(`${root}README.md`, 'utf8');
  const result = await build({
    stdin: { contents: ENTRIES[name], resolveDir: root, sourcefile: `readme-${name}-entry.js` },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    // The frameworks' development builds, with their warnings, as an app's dev server has them.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
    plugins: [
      {
        name: 'readme-snippets',
        setup(b) {
          b.onResolve({ filter: /^contacts-center$/ }, () => ({ path: PACKAGE_SOURCE, external: true }));
          b.onResolve({ filter: /^readme:/ }, (args) => ({ path: args.path.slice('readme:'.length), namespace: 'readme' }));
          b.onLoad({ filter: /.*/, namespace: 'readme' }, (args) =>
            args.path === 'react'
              ? { contents: snippet(readme, 'react'), loader: 'jsx', resolveDir: root }
              : { contents: compileVue(readme), loader: 'js', resolveDir: root },
          );
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function readmeFrameworkSnippets() {
  return {
    name: 'readme-framework-snippets',
    async serve(context) {
      const name = /^\/readme-snippets\/(react|vue)\.js$/.exec(context.path)?.[1];
      if (!name) return undefined;
      try {
        return { body: await bundle(name), type: 'js' };
      } catch (error) {
        // A module that throws the reason, so the failing test says why rather than "failed to fetch".
        return { body: `throw new Error(${JSON.stringify(`README ${name} snippet: ${error.message}`)});`, type: 'js' };
      }
    },
  };
}
