// A Vite plugin for the drop-in bundle: each translation (src/i18n/locales/<code>.ts, loaded on first use by
// src/i18n/localization.ts) becomes a sibling file, `contacts-center.<code>.js`, that imports nothing. A chunk
// the bundler split off would import `str` back from the bundle by its bare file name, and a page that loads the
// bundle with a query string (a CMS's `?ver=`) would then run the bundle a second time. A file that imports
// nothing is resolved next to the bundle, whatever its query, and runs once.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const LOCALE_IMPORT = /^\.\/locales\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.js$/;
const LOCALIZATION_MODULE = /[\\/]src[\\/]i18n[\\/]localization\.ts$/;

/** The drop-in file name of a locale's messages. */
const localeFileName = (code: string): string => `contacts-center.${code}.js`;

/**
 * `str`, the one thing a generated locale module imports, is a pure function (lit-localize recognises its
 * results by shape, not identity), so each locale file carries its own copy.
 */
function strTagModule(): string {
  const localizeEntry = createRequire(import.meta.url).resolve('@lit/localize');
  return join(dirname(localizeEntry), 'internal', 'str-tag.js');
}

export function standaloneLocalesPlugin(): Plugin {
  const locales = new Map<string, string>();
  return {
    name: 'contacts-center:standalone-locales',
    enforce: 'pre',
    resolveId(source, importer) {
      const code = LOCALE_IMPORT.exec(source)?.[1];
      if (!code || !importer || !LOCALIZATION_MODULE.test(importer)) return null;
      locales.set(code, join(dirname(importer), 'locales', `${code}.ts`));
      return { id: `./${localeFileName(code)}`, external: true };
    },
    async generateBundle() {
      const str = strTagModule();
      for (const [code, file] of locales) {
        const result = await build({
          entryPoints: [file],
          bundle: true,
          format: 'esm',
          target: 'es2022',
          charset: 'utf8',
          minify: true,
          legalComments: 'none',
          write: false,
          plugins: [{ name: 'str-tag', setup: (b) => b.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: str })) }],
        });
        this.emitFile({ type: 'asset', fileName: localeFileName(code), source: result.outputFiles[0]!.text });
      }
    },
  };
}
