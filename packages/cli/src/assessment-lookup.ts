import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { readJsonFile } from './io.js';

/** Most JSON files `findAssessmentFile` opens in a directory before giving up. */
export const MAX_ASSESSMENT_FILES = 2000;

/**
 * Finds the file of assessment `id` in `dir`: first `<dir>/<id>.json` (and, as ids may hold `/`
 * and `:`, the same with those replaced by `-`), then any `*.json` file in `dir` (not its
 * sub-directories, in name order) whose top-level `id` is `id` and that has `answers`. Returns null when
 * the directory does not exist or holds no such file.
 */
export async function findAssessmentFile(dir: string, id: string, ctx: Context): Promise<string | null> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
  } catch {
    return null;
  }
  names.sort();
  const direct = [`${id}.json`, `${id.replace(/[/:]/g, '-')}.json`];
  for (const name of direct) if (names.includes(name) && (await holdsAssessment(join(dir, name), id, ctx))) return join(dir, name);
  for (const name of names.slice(0, MAX_ASSESSMENT_FILES)) {
    if (direct.includes(name)) continue;
    if (await holdsAssessment(join(dir, name), id, ctx)) return join(dir, name);
  }
  return null;
}

async function holdsAssessment(file: string, id: string, ctx: Context): Promise<boolean> {
  try {
    const { value } = await readJsonFile(file, ctx.maxInputBytes);
    return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id && 'answers' in value;
  } catch (error) {
    // A file that is not JSON is not the assessment looked for; anything else is a real problem.
    if (CliError.isInstance(error)) return false;
    throw error;
  }
}
