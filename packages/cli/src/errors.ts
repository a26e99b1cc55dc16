import { type LocalizedText, LshError, type ValidationIssue } from '@lsh-cyber/schema';
import type { Lang } from './format.js';

/** One problem with an input: the one issue type `{ path, message }`; an empty path means the whole file. */
export type CliIssue = ValidationIssue;

/** Exit status for bad input, an invalid document or a wrong command line. */
export const EXIT_BAD_INPUT = 1;
/** Exit status for an unexpected failure: a bug to report. */
export const EXIT_UNEXPECTED = 2;

const marker = Symbol.for('@lsh-cyber/cli.CliError');

/**
 * A problem the user can fix: a missing or unreadable file, a file too large, a wrong option, an
 * output file that already exists. The command line prints it without a stack trace and exits with
 * status 1.
 */
export class CliError extends LshError {
  readonly [marker] = true;
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** The heading in each language; a heading given only in English is English in both. */
  readonly headings: Readonly<LocalizedText>;
  /** The kind of document the issues are problems of, when they are; the heading is then said in the user's language. */
  readonly documentKind: string | undefined;

  /**
   * @param heading - the one line to print, in English, or in Dutch and English (`{ nl, en }`).
   * @param options - the file the problem is in, the issues found, and the kind of document they
   *   are problems of (its heading is then said in the user's language).
   */
  constructor(
    heading: string | Readonly<LocalizedText>,
    options: { file?: string; issues?: readonly CliIssue[]; documentKind?: string } = {},
  ) {
    const headings = typeof heading === 'string' ? { en: heading, nl: heading } : heading;
    super('CliError', options.file ? `${options.file}: ${headings.en}` : headings.en, options.issues ?? []);
    this.headings = headings;
    this.file = options.file;
    this.documentKind = options.documentKind;
  }

  /** One-line heading printed before the issues, e.g. `already exists; pass --force to overwrite it`, in English. */
  get heading(): string {
    return this.headings.en;
  }

  /** The heading in `lang`. */
  headingIn(lang: Lang): string {
    return this.headings[lang];
  }

  /** True for a `CliError` from any copy of this package. */
  static override isInstance(error: unknown): error is CliError {
    return LshError.hasMarker(error, marker);
  }
}

/** A usage mistake (unknown option, missing argument): printed with a pointer to `--help`. */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `lsh-cyber ${command} --help` : 'lsh-cyber --help';
  return new CliError(`${message} (see ${help})`);
}
