/** One problem: where it is (a dot path, empty for the whole document or call) and what is wrong. */
export interface ValidationIssue {
  /** Dot path to the offending field or argument, e.g. `answers.q-backup.value`; empty for the document itself. */
  path: string;
  /** What is wrong and, where possible, what would be right. */
  message: string;
}

const marker = Symbol.for('@lsh-cyber/schema.LshError');

/**
 * The base of every error the lsh-cyber packages throw on purpose: a list of `{ path, message }`
 * issues, never a bare string. Each package has one subclass (`LshValidationError` for documents,
 * `ScoringError`, `ChainError`, `ClauseError`, `CliError`).
 *
 * `instanceof` fails when two copies of a package are installed side by side, so every class
 * carries a `Symbol.for` marker (global across copies) and a static `isInstance` that checks it.
 */
export class LshError extends Error {
  readonly [marker] = true;
  /** Every problem found, each with its path; frozen. */
  readonly issues: readonly ValidationIssue[];

  constructor(name: string, message: string, issues: readonly ValidationIssue[]) {
    super(message);
    this.name = name;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for an error of any lsh-cyber package, from any copy of it. */
  static isInstance(error: unknown): error is LshError {
    return LshError.hasMarker(error, marker);
  }

  /** True when `error` is an object carrying `marker`: the check behind every subclass's `isInstance`. */
  protected static hasMarker(error: unknown, marker: symbol): boolean {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
