import { randomBytes } from 'node:crypto';
import { chmod, link, open, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LocalizedText } from '@lsh-cyber/schema';
import { CliError } from './errors.js';
import { checkOutputPath, INPUT_OPEN_FLAGS, IS_A_DIRECTORY, refuseNonRegularInput } from './file-safety.js';
import { releaseTempFile, trackTempFile } from './temp-files.js';

/** Default largest input file the command line reads: 512 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Environment variable that changes the input size limit (a number of bytes). */
export const MAX_INPUT_ENV = 'LSH_CYBER_MAX_INPUT_BYTES';

/** The input size limit for this run: {@link MAX_INPUT_ENV} when it is a positive integer, else the default. */
export function maxInputBytes(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env[MAX_INPUT_ENV];
  if (raw === undefined || raw === '') return DEFAULT_MAX_INPUT_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new CliError({
      en: `${MAX_INPUT_ENV} must be a positive whole number of bytes, not "${raw}"`,
      nl: `${MAX_INPUT_ENV} moet een positief heel aantal bytes zijn, niet "${raw}"`,
    });
  }
  return n;
}

/** A size for messages: exact bytes below 1 MiB, else MiB with one decimal. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

const NOT_UTF8: Readonly<LocalizedText> = { en: 'is not UTF-8 text', nl: 'is geen UTF-8-tekst' };

function fsProblem(error: unknown): Readonly<LocalizedText> {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return { en: 'file not found', nl: 'bestand niet gevonden' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'cannot be read: permission denied', nl: 'kan niet worden gelezen: geen toestemming' };
    case 'EISDIR':
      return IS_A_DIRECTORY;
    default: {
      // The system's own words, as it gave them.
      const why = error instanceof Error ? error.message : String(error);
      return { en: `cannot be read: ${why}`, nl: `kan niet worden gelezen: ${why}` };
    }
  }
}

/** The file name that means standard input (for reading) or standard output (for `-o`). */
export const STANDARD_STREAM = '-';

let stdinTaken = false;

/** Reads all of standard input as UTF-8, at most `limit` bytes; it can be read once per run. */
async function readStdin(limit: number, input: AsyncIterable<Uint8Array | string>): Promise<{ text: string; bytes: number }> {
  const file = STANDARD_STREAM;
  if (stdinTaken)
    throw new CliError({ en: 'standard input can be given only once', nl: 'standaardinvoer kan maar één keer worden gegeven' }, { file });
  stdinTaken = true;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const part = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    bytes += part.byteLength;
    if (bytes > limit) {
      throw new CliError(
        {
          en: `is larger than the ${size(limit)} this command reads; raise the limit with ${MAX_INPUT_ENV}`,
          nl: `is groter dan de ${size(limit)} die deze opdracht leest; verhoog de grens met ${MAX_INPUT_ENV}`,
        },
        { file },
      );
    }
    chunks.push(part);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(all), bytes };
  } catch {
    throw new CliError(NOT_UTF8, { file });
  }
}

/**
 * Reads a whole text file as UTF-8; `-` reads standard input. Refuses, before reading anything
 * into memory, a file larger than `limit` bytes, and refuses bytes that are not UTF-8.
 */
export async function readTextFile(file: string, limit: number): Promise<{ text: string; bytes: number }> {
  if (file === STANDARD_STREAM) return readStdin(limit, process.stdin);
  await refuseNonRegularInput(file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, INPUT_OPEN_FLAGS);
  } catch (error) {
    throw new CliError(fsProblem(error), { file });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CliError({ en: 'is not a regular file', nl: 'is geen gewoon bestand' }, { file });
    if (info.size > limit) {
      throw new CliError(
        {
          en: `is ${size(info.size)}, larger than the ${size(limit)} this command reads; split the file or raise the limit with ${MAX_INPUT_ENV}`,
          nl: `is ${size(info.size)}, groter dan de ${size(limit)} die deze opdracht leest; splits het bestand of verhoog de grens met ${MAX_INPUT_ENV}`,
        },
        { file },
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      throw new CliError(fsProblem(error), { file });
    }
    if (bytes.byteLength > limit) {
      throw new CliError(
        {
          en: `grew beyond the ${size(limit)} this command reads while it was being read`,
          nl: `groeide tijdens het lezen voorbij de ${size(limit)} die deze opdracht leest`,
        },
        { file },
      );
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new CliError(NOT_UTF8, { file });
    }
    return { text, bytes: bytes.byteLength };
  } finally {
    await handle.close();
  }
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Parses JSON text, turning a syntax error into a {@link CliError} naming the file, line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineAndColumn(text, Number(at[1])) : null;
    const reason = message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+$/, '');
    const heading =
      text.trim() === ''
        ? { en: 'is empty, expected a JSON document', nl: 'is leeg; er werd een JSON-document verwacht' }
        : { en: `is not valid JSON: ${reason}`, nl: `is geen geldige JSON: ${reason}` };
    if (where) {
      heading.en += ` (line ${where.line}, column ${where.column})`;
      heading.nl += ` (regel ${where.line}, kolom ${where.column})`;
    }
    throw new CliError(heading, { file });
  }
}

/** Reads and parses a JSON file within the size limit. */
export async function readJsonFile(file: string, limit: number): Promise<{ value: unknown; bytes: number }> {
  const { text, bytes } = await readTextFile(file, limit);
  return { value: parseJson(text, file), bytes };
}

/** True when a path exists (any kind of entry). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** An output that exists, refused without `--force`. */
export function alreadyExists(file: string): CliError {
  return new CliError(
    { en: 'already exists; pass --force to overwrite it', nl: 'bestaat al; geef --force om het te overschrijven' },
    { file },
  );
}

/** An output the system refused to write, in its own words. */
function cannotWrite(file: string, error: unknown): CliError {
  const why = error instanceof Error ? error.message : String(error);
  return new CliError({ en: `cannot be written: ${why}`, nl: `kan niet worden geschreven: ${why}` }, { file });
}

/**
 * Writes a file so that it is either fully written or not there at all: the data goes to a
 * temporary file in the same directory, which then takes the target's name. Without `force`, an
 * existing file is never replaced: the final step is a hard link, which fails when the name exists,
 * so even a file created meanwhile by another process is safe.
 */
export async function writeFileSafely(file: string, data: string | Uint8Array, options: { force: boolean }): Promise<void> {
  checkOutputPath(file);
  const target = resolve(file);
  const dir = dirname(target);
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new CliError(
        { en: `cannot be written: ${dirname(file)} is not a directory`, nl: `kan niet worden geschreven: ${dirname(file)} is geen map` },
        { file },
      );
    }
  } catch (error) {
    if (CliError.isInstance(error)) throw error;
    throw new CliError(
      {
        en: `cannot be written: directory ${dirname(file)} does not exist`,
        nl: `kan niet worden geschreven: map ${dirname(file)} bestaat niet`,
      },
      { file },
    );
  }
  // An overwrite keeps the target's permissions: a 0600 or 0444 file does not become 0644.
  let keepMode: number | undefined;
  if (await exists(target)) {
    if (!options.force) throw alreadyExists(file);
    const info = await stat(target);
    if (!info.isFile()) {
      throw new CliError(
        {
          en: 'exists and is not a regular file; refusing to replace it',
          nl: 'bestaat al en is geen gewoon bestand; het wordt niet vervangen',
        },
        { file },
      );
    }
    keepMode = info.mode & 0o7777;
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  trackTempFile(temp);
  try {
    return await placeTempFile(file, target, temp, data, options.force, keepMode);
  } finally {
    releaseTempFile(temp);
  }
}

async function placeTempFile(
  file: string,
  target: string,
  temp: string,
  data: string | Uint8Array,
  force: boolean,
  keepMode: number | undefined,
): Promise<void> {
  const options = { force };
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (keepMode !== undefined) await chmod(temp, keepMode);
  } catch (error) {
    await rm(temp, { force: true });
    throw cannotWrite(file, error);
  }
  try {
    if (options.force) {
      await rename(temp, target);
      return;
    }
    try {
      await link(temp, target);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EEXIST') throw alreadyExists(file);
      // File systems without hard links: fall back to check-then-rename.
      if (await exists(target)) throw alreadyExists(file);
      await rename(temp, target);
      return;
    }
    await unlink(temp);
  } catch (error) {
    await rm(temp, { force: true });
    if (CliError.isInstance(error)) throw error;
    throw cannotWrite(file, error);
  }
}
