/** One problem with the arguments of a scoring function. */
export interface ScoringIssue {
  /** Dot path to the offending argument or field, e.g. `options.budgetPerYear`. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
}

const marker = Symbol.for('@lsh-cyber/scoring.ScoringError');

/**
 * Thrown when the options given to a scoring function cannot be used (a negative budget, a group
 * size below the privacy floor, a report scored against another catalog). Bad input documents are
 * reported with `LshValidationError` from `@lsh-cyber/schema` instead.
 *
 * Use {@link ScoringError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class ScoringError extends Error {
  readonly [marker] = true;
  /** Every problem found, each with its path. */
  readonly issues: readonly ScoringIssue[];

  constructor(issues: readonly ScoringIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ScoringError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for a `ScoringError` from any copy of this package. */
  static isInstance(error: unknown): error is ScoringError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
