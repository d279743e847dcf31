// A PostgreSQL for the EXPLAIN test and the server bench: DATABASE_URL when set (`.ci/run` sets it), else a
// throwaway cluster of Debian's PostgreSQL (`postgresql` package) in a temporary folder on a free port, run as the
// `postgres` user when we are root (PostgreSQL refuses to run as root), removed by `stop()`. Null when neither.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN_ROOT = '/usr/lib/postgresql';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Debian's newest installed server binaries, or null. */
function binaries() {
  if (!existsSync(BIN_ROOT)) return null;
  const versions = readdirSync(BIN_ROOT)
    .filter((v) => existsSync(join(BIN_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(BIN_ROOT, versions[0], 'bin') : null;
}

/** Runs a PostgreSQL tool, as `postgres` when we are root. Paths are our own temp folders (no quoting needed). */
function run(asPostgres, bin, args) {
  if (!asPostgres) return execFileSync(join(bin, args[0]), args.slice(1), { stdio: 'pipe' });
  const line = [join(bin, args[0]), ...args.slice(1).map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
  return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'pipe' });
}

/** Resolves with `{ url, stop, throwaway }`, or null when there is no PostgreSQL to use. */
export async function startPostgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, throwaway: false, stop: async () => undefined };
  const bin = binaries();
  if (!bin) return null;
  const asPostgres = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'contacts-center-pg-'));
  if (asPostgres)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const port = await freePort();
  const data = join(dir, 'data');
  run(asPostgres, bin, ['initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // Durability off: the cluster lives for one run.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  run(asPostgres, bin, ['pg_ctl', '-D', data, '-l', join(dir, 'log'), '-w', '-o', options, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    throwaway: true,
    async stop() {
      try {
        run(asPostgres, bin, ['pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
