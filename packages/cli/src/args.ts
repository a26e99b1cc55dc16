import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CSV_DIALECTS, type CsvDialect, defaultCsvDialect } from '@lsh-cyber/schema';
import type { Context } from './context.js';
import { resolveLang } from './context.js';
import { usageError } from './errors.js';
import type { Lang } from './format.js';

type Options = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/** Parsed option values: a string or true per option given, absent otherwise. */
export type OptionValues<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

/** Parses a command's arguments strictly; a wrong option becomes a usage error, not a stack trace. */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
  positionals: { min: number; max: number; name: string },
): { values: OptionValues<O>; positionals: string[] } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: options as ParseArgsConfig['options'],
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the problem.
    const text = error instanceof Error ? error.message : String(error);
    const first = (text.split(/\.(\s|$)/, 1)[0] ?? text).trim();
    const hint = /ambiguous/.test(text) ? "; to give a value starting with '-', write it as --option=value" : '';
    throw usageError(first.charAt(0).toLowerCase() + first.slice(1) + hint, command);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw usageError(`missing ${positionals.name}`, command);
  if (count > positionals.max) throw usageError(`too many arguments: ${parsed.positionals.slice(positionals.max).join(' ')}`, command);
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}

/** The `--lang` option, checked. */
export function langOption(command: string, value: string | undefined, env: Context['env']): Lang {
  const lang = resolveLang(value, env);
  if (lang === null) throw usageError(`--lang must be nl or en, not "${value ?? env.LSH_CYBER_LANG}"`, command);
  return lang;
}

/** A numeric option, checked against its bounds. */
export function numberOption(
  command: string,
  name: string,
  value: string | undefined,
  bounds: { min: number; max: number; integer?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  const kind = bounds.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(n) || (bounds.integer && !Number.isInteger(n)) || n < bounds.min || n > bounds.max) {
    throw usageError(`--${name} must be ${kind} from ${bounds.min} to ${bounds.max}, not "${value}"`, command);
  }
  return n;
}

/** The `--csv-dialect` option, checked: `excel-nl` or `rfc4180`; without it, `excel-nl` for Dutch. */
export function csvDialectOption(command: string, value: string | undefined, lang: Lang): CsvDialect {
  if (value === undefined) return defaultCsvDialect(lang);
  if (!(CSV_DIALECTS as readonly string[]).includes(value)) {
    throw usageError(`--csv-dialect must be ${CSV_DIALECTS.join(' or ')}, not "${value}"`, command);
  }
  return value as CsvDialect;
}
