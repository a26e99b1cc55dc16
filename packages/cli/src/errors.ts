/** One problem with an input: where in the document, and what is wrong. */
export interface CliIssue {
  /** Dot path inside the document; empty for the document (or the file) as a whole. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
}

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
export class CliError extends Error {
  readonly [marker] = true;
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** The problems; a single-problem error has one issue with an empty path. */
  readonly issues: readonly CliIssue[];
  /** One-line heading printed before the issues, e.g. `not a valid Assessment (2 problems)`. */
  readonly heading: string;

  constructor(heading: string, options: { file?: string; issues?: readonly CliIssue[] } = {}) {
    super(options.file ? `${options.file}: ${heading}` : heading);
    this.name = 'CliError';
    this.heading = heading;
    this.file = options.file;
    this.issues = options.issues ?? [];
  }

  /** True for a `CliError` from any copy of this package. */
  static isInstance(error: unknown): error is CliError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** A usage mistake (unknown option, missing argument): printed with a pointer to `--help`. */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `lsh-cyber ${command} --help` : 'lsh-cyber --help';
  return new CliError(`${message} (see ${help})`);
}
