// A Vite plugin for the drop-in bundle: when the entry has a top-level await (src/bundle.ts awaits what it loads
// after the first paint), Rolldown gives every module imported with `import()` a file of its own that only
// re-exports a few names of the chunk it lives in (rolldown/rolldown#10632, #9729): ten more requests and 1.9 KB.
// This rewrites each `import()` of such a file into an `import()` of the chunk itself that picks those names, and
// drops the file. Files that do anything else are left as they are.
import type { Plugin, Rolldown } from 'vite';

/** `import{a as b,c}from"./chunk.js";export{b as Name,c};` and nothing else. */
const RE_EXPORTS_ONLY = /^import\{([^}]*)\}from"\.\/([^"]+)";export\{([^}]*)\};?\s*$/;
/** `import"./chunk.js";` and nothing else (a module imported for its effects, e.g. defining an element). */
const IMPORT_ONLY = /^import"\.\/([^"]+)";?\s*$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `a as b` → [a, b]; `a` → [a, a]. */
const specifier = (text: string): [string, string] => {
  const [from, as = from] = text.trim().split(/\s+as\s+/);
  return [from!, as];
};

/** The expression that replaces `import("./<facade>")`, or undefined when the file is not a pure re-export. */
function pickFromChunk(code: string): { target: string; expression: string } | undefined {
  const effectsOnly = IMPORT_ONLY.exec(code);
  if (effectsOnly) return { target: effectsOnly[1]!, expression: `import("./${effectsOnly[1]}")` };
  const match = RE_EXPORTS_ONLY.exec(code);
  if (!match) return undefined;
  const [, imports, target, exports] = match;
  const imported = new Map(imports!.split(',').map((s) => specifier(s).reverse() as [string, string]));
  const picks = exports!.split(',').map((s) => {
    const [local, name] = specifier(s);
    const from = imported.get(local);
    return from === undefined ? undefined : `${IDENTIFIER.test(name) ? name : JSON.stringify(name)}:n.${from}`;
  });
  if (picks.some((pick) => pick === undefined)) return undefined;
  return { target: target!, expression: `import("./${target}").then(n=>({${picks.join(',')}}))` };
}

export function collapseLazyFacadesPlugin(): Plugin {
  return {
    name: 'contacts-center:collapse-lazy-facades',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      for (const facade of chunks) {
        if (facade.isEntry || !facade.isDynamicEntry || facade.imports.length !== 1) continue;
        const pick = pickFromChunk(facade.code);
        if (!pick || pick.target !== facade.imports[0]) continue;
        const call = `import("./${facade.fileName}")`;
        const importers = chunks.filter((chunk) => chunk !== facade && chunk.dynamicImports.includes(facade.fileName));
        if (importers.some((chunk) => !chunk.code.includes(call))) continue;
        for (const chunk of importers) {
          chunk.code = chunk.code.replaceAll(call, pick.expression);
          chunk.dynamicImports = [...new Set(chunk.dynamicImports.map((name) => (name === facade.fileName ? pick.target : name)))];
        }
        delete bundle[facade.fileName];
      }
    },
  };
}
