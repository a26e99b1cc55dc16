import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/errors.js';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, parseJson, readTextFile, writeFileSafely } from '../src/io.js';
import { tempDir } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (CliError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('reading input', () => {
  it('refuses a file above the limit, a directory, and bytes that are not UTF-8', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(2048));
    expect((await failure(readTextFile(big, 1024))).heading).toBe(
      'is 2048 bytes, larger than the 1024 bytes this command reads; split the file or raise the limit with LSH_CYBER_MAX_INPUT_BYTES',
    );
    expect((await readTextFile(big, 2048)).bytes).toBe(2048);
    expect((await failure(readTextFile(dir, 1024))).heading).toBe('is a directory, not a file');
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
    expect((await failure(readTextFile(latin1, 1024))).heading).toBe('is not UTF-8 text');
  });

  it('drops a byte order mark', async () => {
    const file = join(tempDir(), 'bom.json');
    writeFileSync(file, '\ufeff{"a":1}');
    expect(parseJson((await readTextFile(file, 1024)).text, file)).toEqual({ a: 1 });
  });

  it('names the line and column of a JSON syntax error, and an empty file', () => {
    let error: unknown;
    try {
      parseJson('{\n  "a": 1,\n  oops\n}', 'f.json');
    } catch (e) {
      error = e;
    }
    expect(CliError.isInstance(error) && error.heading).toMatch(/^is not valid JSON: .*\(line 3, column 3\)$/);
    expect(() => parseJson('  \n', 'f.json')).toThrow('is empty, expected a JSON document');
  });

  it('reads the size limit from the environment', () => {
    expect(maxInputBytes({})).toBe(DEFAULT_MAX_INPUT_BYTES);
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(512 * 1024 * 1024);
    expect(maxInputBytes({ LSH_CYBER_MAX_INPUT_BYTES: '1000' })).toBe(1000);
    expect(() => maxInputBytes({ LSH_CYBER_MAX_INPUT_BYTES: '-5' })).toThrow('must be a positive whole number of bytes');
  });
});

describe('writing output', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    await writeFileSafely(join(dir, 'out.md'), 'hello\n', { force: false });
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('hello\n');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('never replaces an existing file without force, and replaces it with force', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.md');
    writeFileSync(file, 'original');
    expect((await failure(writeFileSafely(file, 'new', { force: false }))).heading).toBe('already exists; pass --force to overwrite it');
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['out.md']);
    await writeFileSafely(file, new Uint8Array([80, 75]), { force: true });
    expect(readFileSync(file, 'latin1')).toBe('PK');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('refuses to replace a directory even with force, and a missing directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect((await failure(writeFileSafely(join(dir, 'sub'), 'x', { force: true }))).heading).toBe(
      'exists and is not a regular file; refusing to replace it',
    );
    expect((await failure(writeFileSafely(join(dir, 'nope', 'x.md'), 'x', { force: false }))).heading).toMatch(
      /directory .* does not exist/,
    );
  });
});
