// `npm run build`: dist/custom-elements.json, the manifest as the package ships it. The committed manifest (what
// Storybook, the framework types and the freshness check read) describes the sources, `src/*.ts`; tools that read an
// installed package's manifest (editors, Storybook, docs generators) open the module paths it names, so the shipped
// copy names the built files, `dist/*.js`, which are in the tarball.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

// The analyzer names a module by its source file (`src/x.ts`) and a re-export by its specifier (`src/x.js`).
const SOURCE = /^\/?src\/(.*)\.[jt]s$/;
/** Files that are not built under their source's name. */
const RENAMED = { bundle: 'contacts-center.bundle' };

/** The shipped file for a source module: its JavaScript, or its declarations when it holds only types. */
function built(path) {
  const found = SOURCE.exec(path);
  if (!found) return path;
  const name = RENAMED[found[1]] ?? found[1];
  return existsSync(`dist/${name}.js`) ? `dist/${name}.js` : `dist/${name}.d.ts`;
}

/** Every `path` and `module` string in the manifest, pointed from its source at its built file. */
function toBuilt(value) {
  if (Array.isArray(value)) return value.map(toBuilt);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      (key === 'path' || key === 'module') && typeof item === 'string' ? built(item) : toBuilt(item),
    ]),
  );
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/custom-elements.json', JSON.stringify(toBuilt(manifest), null, 2) + '\n');
