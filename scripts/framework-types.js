// A custom-elements-manifest analyzer plugin: framework and editor types generated from the manifest, into
// types/ (shipped, see package.json "exports"), by the manifest tooling of custom-element-*-integration:
//   types/jsx.d.ts                      JSX IntrinsicElements entries (React 19 and any JSX framework)
//   types/react.d.ts                    registers them with React's JSX (written here: one declaration)
//   types/vue.d.ts                      Vue 3 GlobalComponents (templates and TSX)
//   types/vscode.html-custom-data.json  VS Code HTML custom data (+ vscode.css-custom-data.json)
//   types/web-types.json                JetBrains web-types
// and src/react/wrappers.ts, React 18 components (scripts/react-wrappers.js).
// The events' JSDoc type is `CustomEvent<Detail>`, as the manifest should say; the generators wrap the type in
// `CustomEvent<…>` themselves, so they are handed the detail type alone, as an inline `import(…)` type of the
// element's module (named, they would import it once per element and the declarations would clash).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { reactWrappers, WRAPPERS_PATH } from './react-wrappers.js';

export const TYPES_DIR = 'types';

/** Where an element's class and event detail types are, from types/ (the built per-element entry). */
const componentTypePath = (_name, tag) => `../dist/components/${tag}/${tag}.js`;

const REACT = `// Registers the elements with React's JSX (React 18.3+ and 19 types): list \`contacts-center/react\` in
// compilerOptions.types, or write \`import type {} from 'contacts-center/react';\` once (types only: a plain import
// has nothing to load at run time).
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

/**
 * The manifest's public elements only: those with an entry of their own (`src/components/<tag>/<tag>.ts`, built
 * to the path {@link componentTypePath} names). An element a feature loads inside another (the import panel,
 * `<cc-vcard-import>`) is no tag for hosts to write, and has no entry for the types to import.
 */
function publicElements(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    mod.declarations = (mod.declarations ?? []).filter(
      (d) => !d.customElement || existsSync(`src/components/${d.tagName}/${d.tagName}.ts`),
    );
  }
  return copy;
}

/**
 * The manifest as the generators expect it: each event's type is its detail type; modules in path order (the
 * analyzer lists them in file-system order, which varies, and the output must not).
 */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  copy.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '');
        const module = componentTypePath(declaration.name, declaration.tagName);
        if (detail) event.type = { text: `import('${module}').${detail[1]}` };
      }
    }
  }
  return copy;
}

const camelCase = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * The manifest with the names as Vue's template type check (`vue-tsc`, strictTemplates) looks them up: it reads
 * `person-id="…"` as the prop `personId` and `@cc-select` as `onCcSelect`, as it does for Vue components, so the
 * attributes are named in camelCase and the events so that the generator's `on${name}` gives `onCcSelect`.
 */
function withVueNames(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) attribute.name = camelCase(attribute.name);
      for (const event of declaration.events ?? []) {
        const name = camelCase(event.name);
        event.name = name[0].toUpperCase() + name.slice(1);
      }
    }
  }
  return copy;
}

const HTML_ATTRIBUTES = `
/** Vue's HTML attributes and \`data-*\` ones (which vue-tsc reads in camelCase: \`data-test-id\` as \`dataTestId\`). */
type HtmlAttributes = HTMLAttributes & { [dataAttribute: \`data\${Capitalize<string>}\`]: unknown };
`;

/**
 * Vue's HTML attributes (`id`, `style`, `aria-*`, `data-*`, `@click`…) beside each element's own, which the
 * generator leaves out: under strictTemplates every attribute a component's props do not name is an error.
 */
function withHtmlAttributes(file) {
  const source = readFileSync(file, 'utf8')
    .replace(
      'import type { DefineComponent } from "vue";',
      `import type { DefineComponent, HTMLAttributes } from "vue";\n${HTML_ATTRIBUTES}`,
    )
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HtmlAttributes>');
  writeFileSync(file, source);
}

export function frameworkTypes(
  outdir = process.env.CEM_TYPES_OUTDIR || TYPES_DIR,
  wrappersPath = process.env.CEM_WRAPPERS_PATH || WRAPPERS_PATH,
) {
  return {
    name: 'contacts-center:framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = publicElements(customElementsManifest);
      const manifest = withDetailTypes(elements);
      mkdirSync(outdir, { recursive: true });
      const quiet = { outdir, hideLogs: true };
      generateJsxTypes(manifest, { ...quiet, fileName: 'jsx.d.ts', componentTypePath });
      generateVuejsTypes(withVueNames(manifest), { ...quiet, fileName: 'vue.d.ts', componentTypePath });
      withHtmlAttributes(`${outdir}/vue.d.ts`);
      generateVsCodeCustomElementData(manifest, {
        ...quiet,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      generateJetBrainsWebTypes(manifest, { ...quiet, webTypesFileName: 'web-types.json' });
      writeFileSync(`${outdir}/react.d.ts`, REACT);
      mkdirSync(dirname(wrappersPath), { recursive: true });
      writeFileSync(wrappersPath, reactWrappers(elements));
    },
  };
}
