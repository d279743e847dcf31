// How the drop-in bundle is split: `contacts-center.bundle.js` is a facade that only re-exports; everything the
// bundle imports statically (what a page needs before its first paint) is one chunk beside it, and what the code
// imports on first use (`import()`: world import, vCard reading and writing, the bulk bar, dialogs…) is split into
// chunks of its own. The lazy chunks import the shared chunk, never the facade: a page that loads the bundle with
// a query string (a CMS's `?ver=`) would otherwise run it twice (once as `bundle.js?ver=1`, once as `bundle.js`).
// Chunk names carry a content hash, so a new version behind the same `?ver=` URL never meets a cached old chunk.
import type { Rolldown } from 'vite';

type CodeSplittingOptions = Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>;

/** File names of the bundle's chunks, beside it: `contacts-center.<name>-<hash>.js`. */
export const BUNDLE_CHUNK_FILE_NAMES = 'contacts-center.[name]-[hash].js';

/** The name of the chunk holding what the bundle loads up front. */
export const FIRST_PAINT_CHUNK = 'core';

/**
 * The name of the one chunk holding everything loaded on first use: one file rather than one per feature, since
 * each file costs its own imports and compresses alone (a chunk per feature made the whole library 1.7 KB larger).
 */
export const ON_FIRST_USE_CHUNK = 'later';

/**
 * A `codeSplitting` setting that puts every module `entry` (an absolute path) reaches through static imports,
 * itself excepted, into the first-paint chunk, and the rest into the first-use one. `replaced` (absolute paths)
 * are modules the entry reaches only through re-exports it replaces with wrappers that import them on demand
 * (`export *` still names them, and would otherwise pull them into the first-paint chunk).
 */
export function bundleCodeSplitting(entry: string, replaced: readonly string[]): CodeSplittingOptions {
  let upFront: Set<string> | undefined;
  return {
    groups: [
      {
        name: (id, ctx) => {
          // A method of the context (it reads `this`).
          const imports = (of: string): string[] => ctx.getModuleInfo(of)?.importedIds ?? [];
          if (!upFront) {
            upFront = new Set();
            const stack = [...imports(entry)];
            while (stack.length) {
              const next = stack.pop()!;
              if (upFront.has(next) || replaced.includes(next)) continue;
              upFront.add(next);
              stack.push(...imports(next));
            }
          }
          return upFront.has(id) ? FIRST_PAINT_CHUNK : id === entry ? null : ON_FIRST_USE_CHUNK;
        },
      },
    ],
  };
}
