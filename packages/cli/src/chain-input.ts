import { basename } from 'node:path';
import type { CompiledChain } from '@lsh-cyber/chain';
import type { ChainModel, ChainOrganisation } from '@lsh-cyber/schema';
import { LshValidationError, parseChainModel } from '@lsh-cyber/schema';
import type { Context } from './context.js';
import { expectKind } from './documents.js';
import { CliError } from './errors.js';
import { invalidDocumentHeading } from './failure.js';
import { readJsonFile, readTextFile } from './io.js';

/** Reads and validates a chain model JSON file. */
export async function loadChainModel(file: string, ctx: Context): Promise<{ model: ChainModel }> {
  const { value } = await readJsonFile(file, ctx.maxInputBytes);
  expectKind(value, 'ChainModel', file);
  return { model: parseChainModel(value, { file, plainData: true }) };
}

/** The chain file formats `lsh-cyber chain` reads. */
export const CHAIN_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type ChainFormat = (typeof CHAIN_FORMATS)[number];

/** The format of a chain file: `--format` when given, else by extension (`.gexf`, `.graphml`, `.csv`), else JSON. */
export function chainFormatOf(file: string, option: string | undefined): ChainFormat | null {
  if (option !== undefined) return (CHAIN_FORMATS as readonly string[]).includes(option) ? (option as ChainFormat) : null;
  const lower = file.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml')) return 'graphml';
  if (lower.endsWith('.csv')) return 'csv';
  return 'json';
}

/** Reads and validates a chain from a GEXF or GraphML file (`-`: standard input). */
export async function loadGraphChain(file: string, format: 'gexf' | 'graphml', ctx: Context): Promise<{ model: ChainModel }> {
  const { text } = await readTextFile(file, ctx.maxInputBytes);
  const { fromGexf, fromGraphml } = await import('@lsh-cyber/chain');
  return { model: format === 'gexf' ? fromGexf(text, { file }) : fromGraphml(text, { file }) };
}

/** Id of a chain read from CSV files, which do not hold one. */
export const CSV_CHAIN_ID = 'csv-chain';

/**
 * Reads a chain from `organisations.csv` and `dependencies.csv` and compiles it (`compileCsv`:
 * without building the model when every cell is plain), with the organisations' names. The engine
 * names problems by `organisations.csv:<line>:<column>`; the paths are rewritten to the files
 * actually given.
 */
export async function loadCsvChain(
  organisationsFile: string,
  dependenciesFile: string,
  ctx: Context,
): Promise<{ chain: CompiledChain; names: string[] }> {
  // Both files are read at once (the reads overlap in the thread pool); a problem with the first is told first.
  const [organisations, dependencies] = await Promise.allSettled([
    readTextFile(organisationsFile, ctx.maxInputBytes),
    readTextFile(dependenciesFile, ctx.maxInputBytes),
  ]);
  if (organisations.status === 'rejected') throw organisations.reason;
  if (dependencies.status === 'rejected') throw dependencies.reason;
  const { compileCsv } = await import('@lsh-cyber/chain');
  const name = `${basename(organisationsFile)} + ${basename(dependenciesFile)}`;
  try {
    return compileCsv({ organisations: organisations.value.text, dependencies: dependencies.value.text }, { id: CSV_CHAIN_ID, name });
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    const rename = (path: string) =>
      path.replace(/^organisations\.csv(?=:|$)/, () => organisationsFile).replace(/^dependencies\.csv(?=:|$)/, () => dependenciesFile);
    const issues = error.issues.map((i) => ({ ...i, path: rename(i.path) }));
    throw new CliError(invalidDocumentHeading('ChainModel', issues, 'en'), { issues, documentKind: 'ChainModel' });
  }
}

function someIds(model: ChainModel): string {
  const ids = model.organisations.slice(0, 8).map((o) => o.id);
  return ids.join(', ') + (model.organisations.length > ids.length ? ', ...' : '');
}

/** The organisation `id` of a chain, or a {@link CliError} naming the chain file and some ids that exist. */
export function organisationOf(model: ChainModel, id: string, file: string, option: string): ChainOrganisation {
  const org = model.organisations.find((o) => o.id === id);
  if (!org) {
    const some = someIds(model);
    throw new CliError(
      {
        en: `has no organisation "${id}" (${option}); organisations include: ${some}`,
        nl: `heeft geen organisatie "${id}" (${option}); er zijn onder meer: ${some}`,
      },
      { file },
    );
  }
  return org;
}
