// A Web Test Runner plugin (Node side): `GET /__raw__?path=/some/file.ts` answers a project file exactly as it is on
// disk, as text/plain. The test server compiles `.ts` on the way out, and a test that compares a file with the
// README needs the file as written; the route's own path has no extension, so no transform touches it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const RAW_ROUTE = '/__raw__';

export function rawFilesPlugin() {
  return {
    name: 'raw-files',
    async serve(context) {
      if (context.path !== RAW_ROUTE) return undefined;
      const asked = context.URL.searchParams.get('path') ?? '';
      const file = resolve(ROOT, `.${asked}`);
      // Only files inside the project, never node_modules' neighbours or anything above the root.
      if (!asked.startsWith('/') || !file.startsWith(ROOT)) return { body: 'outside the project', status: 403 };
      try {
        return { body: await readFile(file, 'utf8'), type: 'text/plain' };
      } catch {
        return { body: `${asked}: not found`, status: 404 };
      }
    },
  };
}
