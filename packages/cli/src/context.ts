import type { Lang, Output, Style } from './format.js';

/** Everything a command may touch outside its arguments: the outputs, the environment, limits. */
export interface Context {
  /** Where results go. */
  stdout: Output;
  /** Where problems and progress go. */
  stderr: Output;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Styles for stdout (plain when colour is off). */
  style: Style;
  /** Largest input file read, in bytes. */
  maxInputBytes: number;
  /** The file a command is working on, named in errors from engines that do not name it. */
  currentFile?: string;
}

/** Resolves the report language: `--lang`, else `LSH_CYBER_LANG`, else Dutch when the locale is Dutch, else English. */
export function resolveLang(option: string | undefined, env: Context['env']): Lang | null {
  const pick = option ?? env.LSH_CYBER_LANG;
  if (pick !== undefined && pick !== '') return pick === 'nl' || pick === 'en' ? pick : null;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
}

/**
 * The language to report a failure in: the `--lang` among `args` when it names one, else as
 * {@link resolveLang}; English when neither says (a wrong `--lang` is itself the failure).
 */
export function failureLang(args: readonly string[], env: Context['env']): Lang {
  let option: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const arg = args[i]!;
    if (arg === '--lang') option = args[i + 1];
    else if (arg.startsWith('--lang=')) option = arg.slice('--lang='.length);
  }
  return resolveLang(option, env) ?? 'en';
}
