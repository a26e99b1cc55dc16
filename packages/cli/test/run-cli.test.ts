import { LshValidationError } from '@lsh-cyber/schema';
import { ScoringError } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { CliError } from '../src/errors.js';
import { describeFailure, REPORT_URL } from '../src/failure.js';
import { fixture } from './helpers.js';

function capture() {
  let text = '';
  return {
    write: (t: string) => (text += t),
    get text() {
      return text;
    },
  };
}

describe('runCli in process', () => {
  it('returns the exit status and writes to the given outputs', async () => {
    const stdout = capture();
    const stderr = capture();
    const status = await runCli(['validate', fixture('mini-chain.json')], { stdout, stderr, env: { NO_COLOR: '1' } });
    expect(status).toBe(0);
    expect(stdout.text).toBe(`✓ ${fixture('mini-chain.json')}: valid ChainModel\n`);
    expect(stderr.text).toBe('');
  });

  it('turns an unexpected error into one line asking for a report, exit 2', async () => {
    const stderr = capture();
    const broken = {
      write: () => {
        throw new RangeError('disk on fire');
      },
    };
    const status = await runCli(['--version'], { stdout: broken, stderr, env: {} });
    expect(status).toBe(2);
    expect(stderr.text).toBe(`lsh-cyber: unexpected error: RangeError: disk on fire - please report this at ${REPORT_URL}\n`);
  });

  it('adds the stack trace only with LSH_CYBER_DEBUG=1', async () => {
    const stderr = capture();
    const broken = {
      write: () => {
        throw new Error('boom');
      },
    };
    expect(await runCli(['--version'], { stdout: broken, stderr, env: { LSH_CYBER_DEBUG: '1' } })).toBe(2);
    expect(stderr.text).toMatch(/^\s+at /m);
  });
});

describe('describeFailure', () => {
  it('reports a validation error with its file, every path and message', () => {
    const error = new LshValidationError(
      'Assessment',
      [
        { path: 'a.b', message: 'is wrong' },
        { path: '', message: 'is odd' },
      ],
      'x.json',
    );
    expect(describeFailure(error)).toEqual({
      exitCode: 1,
      lines: ['lsh-cyber: x.json: not a valid Assessment (2 problems)', 'x.json: a.b: is wrong', 'x.json: (document): is odd'],
    });
  });

  it('names the file the command worked on when the error does not', () => {
    const error = new LshValidationError('ChainModel', [{ path: 'dependencies.0.to', message: 'is unknown' }]);
    expect(describeFailure(error, 'chain.json').lines).toEqual([
      'lsh-cyber: chain.json: not a valid ChainModel (1 problem)',
      'chain.json: dependencies.0.to: is unknown',
    ]);
  });

  it('treats any engine error carrying issues as bad input', () => {
    const error = new ScoringError([{ path: 'options.years', message: 'must be a whole number of years from 1 to 20' }]);
    const failure = describeFailure(error, 'scan.json');
    expect(failure).toEqual({
      exitCode: 1,
      lines: ['lsh-cyber: scan.json: was refused (1 problem)', 'scan.json: options.years: must be a whole number of years from 1 to 20'],
    });
  });

  it('prints a CliError without issues as one line', () => {
    expect(describeFailure(new CliError('file not found', { file: 'a.json' }))).toEqual({
      exitCode: 1,
      lines: ['lsh-cyber: a.json: file not found'],
    });
  });
});
