import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** The package directory. */
export const packageDir = resolve(here, '..');
/** The repository root. */
export const rootDir = resolve(packageDir, '../..');
/** The built executable under test. */
export const bin = join(packageDir, 'dist/bin.js');
/** A fixture file's path. */
export const fixture = (name: string) => join(here, 'fixtures', name);
/** A file of the repository's examples/ directory. */
export const example = (name: string) => join(rootDir, 'examples', name);

if (!existsSync(bin)) throw new Error(`${bin} is missing: run "pnpm build" in packages/cli before the tests`);

/** The outcome of one run of the binary. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/bin.js ...args` with colour off and a fixed language unless `env` says otherwise. */
export function run(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): RunResult {
  const inherited: Record<string, string | undefined> = { ...process.env };
  delete inherited.FORCE_COLOR;
  delete inherited.LSH_CYBER_DEBUG;
  delete inherited.LSH_CYBER_MAX_INPUT_BYTES;
  const env = { ...inherited, NO_COLOR: '1', LSH_CYBER_LANG: 'en', ...options.env };
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageDir,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts that the output holds no stack trace (lines starting with "    at "). */
export function expectNoStackTrace(result: RunResult): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toMatch(/^\s+at /m);
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lsh-cyber-cli-'));
}
