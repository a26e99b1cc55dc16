import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStyle } from '../src/format.js';
import { jsonChunks, writeJson } from '../src/json-stream.js';
import { renderChainText } from '../src/render/chain-text.js';
import { renderScoreText } from '../src/render/score-text.js';
import { terminalText } from '../src/terminal-text.js';
import { bin, fixture, packageDir, run, tempDir } from './helpers.js';

const chainFile = fixture('clauses-chain.json');
const ESCAPES = ['\u001b[2J', '\u001b]0;owned\u0007', '\u009b31m', '\r\u001b[K', 'a\u202eb', '\u0008'];

describe('terminal output never carries control characters from user data', () => {
  it('escapes ESC, CSI, BEL, CR, backspace and bidi overrides visibly', () => {
    expect(terminalText('Lab\u001b[2J')).toBe('Lab\\x1b[2J');
    expect(terminalText('a\u202eb')).toBe('a\\u202eb');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(terminalText(s)).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
      }),
      { numRuns: 500 },
    );
  });

  it('chain text output shows names with escape sequences as text, with colour on', () => {
    const org = (id: string) => ({ id, own: 20, effective: 20, via: null, origin: id, assessed: true, path: [id] });
    const text = renderChainText(
      {
        chain: { id: 'c', name: `Chain${ESCAPES.join('')}`, organisations: 1, dependencies: 0, assessed: 1, unknownScore: 50 },
        top: 1,
        lowest: [org('a')],
        exposure: [],
        singlePointsOfFailure: { organisations: [], dependencies: [] },
        organisations: [],
      } as never,
      () => `Evil ${ESCAPES.join(' ')}`,
      'en',
      createStyle(true),
    );
    // The only escape sequences left are the style's own colour codes.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: it strips the style's own ESC colour codes
    expect(text.replace(/\u001b\[\d+m/g, '')).not.toMatch(/(?!\n)[\p{Cc}\u202e]/u);
    expect(text).toContain('Evil \\x1b[2J');
  });

  it('score text output escapes the organisation name, catalog title and measure titles', () => {
    const report = JSON.parse(readFileSync(join(packageDir, '../../examples/score-report.json'), 'utf8'));
    const evil = `X${ESCAPES.join('')}`;
    const text = renderScoreText(
      {
        report,
        organisationName: evil,
        catalogTitle: { nl: evil, en: evil },
        measures: [{ id: 'm', title: { nl: evil, en: evil }, oneOff: 0, yearly: 0, effortDays: 1, addresses: [evil] }],
        measuresTotal: 1,
        downtime: null,
      },
      'en',
      createStyle(false),
    );
    expect(text).not.toMatch(/(?!\n)[\p{Cc}\u202e]/u);
  });

  it('validate prints unknown keys holding escape sequences as text, and --json keeps them exact', () => {
    const dir = tempDir();
    const file = join(dir, 'evil.json');
    const chain = JSON.parse(readFileSync(chainFile, 'utf8'));
    chain['\u001b]0;owned\u0007\u001b[2J'] = 1;
    writeFileSync(file, JSON.stringify(chain));
    const text = run(['validate', file]);
    expect(text.status).toBe(1);
    expect(text.stdout + text.stderr).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(text.stdout).toContain('\\x1b]0;owned\\x07\\x1b[2J');
    const json = run(['validate', file, '--json']);
    expect(JSON.parse(json.stdout).files[0].issues[0].path).toBe('\u001b]0;owned\u0007\u001b[2J');
  });
});

describe('--json is streamed', () => {
  it('gives exactly the text of JSON.stringify(value, null, 2) and a newline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (value, other) => {
        const joined = [...jsonChunks(value)].join('');
        expect(joined).toBe(`${JSON.stringify(value, null, 2)}\n`);
        const mixed = { a: value, b: [undefined, other === undefined ? 1 : 2], c: undefined };
        expect([...jsonChunks(mixed)].join('')).toBe(`${JSON.stringify(mixed, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  // bench/json-stream.bench.mjs runs the same on 4,000,000 organisations (a 600 MB output, longer
  // than the longest string V8 can build); the test keeps to a size any machine runs quickly.
  it('writes a chain analysis of 400,000 organisations in bounded chunks, never one string', async () => {
    const n = 400_000;
    const ID = '"id": "org-';
    const organisations = new Array(n);
    for (let i = 0; i < n; i++) {
      const id = `org-${i}`;
      organisations[i] = { id, own: 50, effective: 42.5, via: null, origin: id, assessed: true };
    }
    const analysis = { chain: { id: 'national', organisations: n }, top: 10, lowest: [], organisations };
    let chunks = 0;
    let largest = 0;
    let total = 0;
    let ids = 0;
    let carry = '';
    let last = '';
    await writeJson(
      {
        write(chunk: string) {
          chunks++;
          largest = Math.max(largest, chunk.length);
          total += chunk.length;
          // Count ids, one of which may straddle two chunks.
          const text = carry + chunk;
          for (let at = text.indexOf(ID); at !== -1 && at + ID.length <= text.length - 16; at = text.indexOf(ID, at + 1)) ids++;
          carry = text.slice(-16 - ID.length);
          last = chunk;
          return true;
        },
      },
      analysis,
    );
    for (let at = carry.indexOf(ID); at !== -1; at = carry.indexOf(ID, at + 1)) ids++;
    expect(ids).toBe(n);
    expect(largest).toBeLessThan(1 << 17);
    expect(chunks).toBeGreaterThan(500);
    expect(total).toBeGreaterThan(n * 100);
    expect(last.endsWith('  ]\n}\n')).toBe(true);
  });
});

describe('files', () => {
  const clauses = (out: string, ...extra: string[]) =>
    run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out, ...extra]);

  it('refuses to write over an input, even with --force, through a symbolic link too', () => {
    const dir = tempDir();
    const input = join(dir, 'chain.json');
    copyFileSync(chainFile, input);
    const before = readFileSync(input, 'utf8');
    const link = join(dir, 'link.json');
    symlinkSync(input, link);
    for (const out of [input, link, join(dir, '.', 'chain.json')]) {
      const result = run(['clauses', '--chain', input, '--supplier', 'ehr', '--format', 'md', '-o', out, '--force']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`is also an input of this command (${input}); refusing to overwrite it, even with --force`);
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('keeps the permissions of a file it overwrites with --force', () => {
    const dir = tempDir();
    for (const mode of [0o600, 0o444, 0o640]) {
      const out = join(dir, `pack-${mode.toString(8)}.md`);
      writeFileSync(out, 'old');
      chmodSync(out, mode);
      expect(clauses(out, '--force').status).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
      expect(readFileSync(out, 'utf8')).not.toBe('old');
    }
  });

  it('names the problem of an empty -o', () => {
    const result = clauses('');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('lsh-cyber: -o/--output needs a file name, but got an empty one\n');
  });

  it('refuses a named pipe without waiting for a writer, and a device', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The timeout only keeps a regression from hanging the suite; nothing is asserted on time.
    const result = spawnSync(process.execPath, [bin, 'validate', fifo], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${fifo}: (document): is a named pipe (FIFO), not a regular file`);
    const device = run(['score', '/dev/zero']);
    expect(device.status).toBe(1);
    expect(device.stderr).toContain('/dev/zero: is a device, not a regular file');
  });

  it('removes its temporary files when interrupted by SIGINT or SIGTERM', () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = tempDir();
      const temp = join(dir, '.pack.md.1.abc.tmp');
      const script = `
        import { writeFileSync } from 'node:fs';
        import { trackTempFile } from ${JSON.stringify(join(packageDir, 'src/temp-files.ts'))};
        writeFileSync(${JSON.stringify(temp)}, 'half');
        trackTempFile(${JSON.stringify(temp)});
        process.kill(process.pid, ${JSON.stringify(signal)});
        setInterval(() => {}, 1000);
      `;
      const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: packageDir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
