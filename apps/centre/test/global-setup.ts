import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// A throwaway PostgreSQL cluster from Debian's binaries, in a temporary directory, for the whole
// test run: the tests never touch a system cluster. `.ci/run` installs the package when missing.
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(join(BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL binaries not found in ${BIN}: install Debian's postgresql package (apt-get install postgresql) or set PG_BIN`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'centre-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; as root, run it as the postgres user.
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args]] : [join(BIN, cmd), args];
    return execFileSync(file, argv, { stdio: 'pipe' });
  };
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    );
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  project.provide('postgresUrl', `postgresql://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    const stop = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'])
      : spawnSync(join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    if (stop.status !== 0) console.error(stop.stderr?.toString());
    rmSync(dir, { recursive: true, force: true });
  };
}
