import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, packageDir, rootDir, run } from './helpers.js';

const version = (JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8')) as { version: string }).version;

describe('global options', () => {
  it('prints help with every command and exits 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['validate', 'score', 'roadmap', 'chain', 'clauses']) expect(result.stdout).toContain(`  ${command} `);
  });

  it('runs as "pnpm lsh-cyber" from the repository root', () => {
    const result = spawnSync('pnpm', ['--silent', 'lsh-cyber', '--help'], {
      cwd: rootDir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: lsh-cyber <command> [options]');
  });

  it('prints the package version', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('prints a command help with its options', () => {
    const result = run(['roadmap', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--budget <euros>');
    expect(run(['help', 'chain']).stdout).toContain('--top <n>');
  });

  it('without a command, prints the help on stderr and exits 1', () => {
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: lsh-cyber <command>');
  });

  it('refuses an unknown command and an unknown option in one line each', () => {
    const unknown = run(['scroe', 'x.json']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('lsh-cyber: unknown command "scroe" (see lsh-cyber --help)\n');
    const option = run(['validate', '--bogus', fixture('mini-chain.json')]);
    expect(option.status).toBe(1);
    expect(option.stderr).toBe("lsh-cyber: unknown option '--bogus' (see lsh-cyber validate --help)\n");
    expectNoStackTrace(option);
  });

  it('refuses a file above the input size limit before reading it', () => {
    const file = fixture('mini-chain.json');
    const result = run(['validate', file], { env: { LSH_CYBER_MAX_INPUT_BYTES: '100' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}: (document): is `);
    expect(result.stdout).toContain('bytes, larger than the 100 bytes this command reads');
    expect(result.stdout).toContain('LSH_CYBER_MAX_INPUT_BYTES');
  });

  it('refuses a malformed size limit', () => {
    const result = run(['validate', fixture('mini-chain.json')], { env: { LSH_CYBER_MAX_INPUT_BYTES: 'lots' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LSH_CYBER_MAX_INPUT_BYTES must be a positive whole number');
    expectNoStackTrace(result);
  });
});
