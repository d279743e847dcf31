// A custom-elements-manifest analyzer plugin: framework and editor types generated from the manifest, into
// types/ (shipped, see package.json "exports"), by the manifest tooling of custom-element-*-integration:
//   types/jsx.d.ts                      JSX IntrinsicElements entries (React 19 and any JSX framework)
//   types/react.d.ts                    registers them with React's JSX (written here: one declaration)
//   types/vue.d.ts                      Vue 3 GlobalComponents (templates and TSX)
//   types/vscode.html-custom-data.json  VS Code HTML custom data (+ vscode.css-custom-data.json)
//   types/web-types.json                JetBrains web-types
// The events' JSDoc type is `CustomEvent<Detail>`, as the manifest should say; the generators wrap the type in
// `CustomEvent<…>` themselves, so they are handed the detail type alone, as an inline `import(…)` type of the
// element's module (named, they would import it once per element and the declarations would clash).
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

export const TYPES_DIR = 'types';

/** Where an element's class and event detail types are, from types/ (the built per-element entry). */
const componentTypePath = (_name, tag) => `../dist/components/${tag}/${tag}.js`;

const REACT = `// Registers the elements with React's JSX (React 18.3+ and 19 types): \`import 'contacts-center/react';\` once.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

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

export function frameworkTypes(outdir = process.env.CEM_TYPES_OUTDIR || TYPES_DIR) {
  return {
    name: 'contacts-center:framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = withDetailTypes(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      const quiet = { outdir, hideLogs: true };
      generateJsxTypes(manifest, { ...quiet, fileName: 'jsx.d.ts', componentTypePath });
      generateVuejsTypes(manifest, { ...quiet, fileName: 'vue.d.ts', componentTypePath });
      generateVsCodeCustomElementData(manifest, {
        ...quiet,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      generateJetBrainsWebTypes(manifest, { ...quiet, webTypesFileName: 'web-types.json' });
      writeFileSync(`${outdir}/react.d.ts`, REACT);
    },
  };
}
