import { constants } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LocalizedText } from '@lsh-cyber/schema';
import { CliError } from './errors.js';

/** An input that is a directory. */
export const IS_A_DIRECTORY: Readonly<LocalizedText> = { en: 'is a directory, not a file', nl: 'is een map, geen bestand' };

/** What a non-regular file is, for the message that refuses it. */
function kindOfEntry(info: Awaited<ReturnType<typeof stat>>): LocalizedText | null {
  if (info.isDirectory()) return null;
  if (info.isFIFO()) return { en: 'a named pipe (FIFO)', nl: 'een named pipe (FIFO)' };
  if (info.isSocket()) return { en: 'a socket', nl: 'een socket' };
  if (info.isCharacterDevice() || info.isBlockDevice()) return { en: 'a device', nl: 'een apparaat' };
  return { en: 'something other than a file', nl: 'iets anders dan een bestand' };
}

/**
 * Refuses, before anything is opened, an input that is not a regular file: opening a named pipe
 * with no writer blocks for ever, and a device such as /dev/zero never ends. Files that do not
 * exist are left to the open, which names the problem.
 */
export async function refuseNonRegularInput(file: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return;
  }
  if (!info.isFile()) {
    const what = kindOfEntry(info);
    throw new CliError(
      what === null
        ? IS_A_DIRECTORY
        : { en: `is ${what.en}, not a regular file; give a file`, nl: `is ${what.nl}, geen gewoon bestand; geef een bestand` },
      { file },
    );
  }
}

/**
 * Flags for opening an input: read-only and non-blocking, so that even a file swapped for a named
 * pipe between the check and the open cannot make the open wait.
 */
export const INPUT_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Refuses an empty output path with a message that says so (rather than "already exists"). */
export function checkOutputPath(output: string, option = '-o/--output'): void {
  if (output.trim() === '') {
    throw new CliError({
      en: `${option} needs a file name, but got an empty one`,
      nl: `${option} heeft een bestandsnaam nodig, maar kreeg een lege`,
    });
  }
}

/** The canonical path of `path`; for a file that does not exist yet, that of its directory plus its name. */
async function canonical(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    try {
      return join(await realpath(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** Device and inode of a path, or null when it does not exist. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses an output path that is one of the command's inputs, through any spelling, symbolic link
 * or hard link (canonical paths and device/inode are compared). `--force` never overrides this:
 * writing a clause pack over the chain it came from would lose the user's data.
 */
export async function refuseOutputOverInput(output: string, inputs: readonly string[]): Promise<void> {
  const target = await canonical(output);
  const targetId = await identity(output);
  for (const input of inputs) {
    if ((await canonical(input)) === target || (targetId !== null && (await identity(input)) === targetId)) {
      throw new CliError(
        {
          en: `is also an input of this command (${input}); refusing to overwrite it, even with --force: choose another file`,
          nl: `is ook een invoer van deze opdracht (${input}); het wordt niet overschreven, ook niet met --force: kies een ander bestand`,
        },
        { file: output },
      );
    }
  }
}
