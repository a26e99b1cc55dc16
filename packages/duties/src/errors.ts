/** One problem with the input of a duties function. */
export interface DutiesIssue {
  /** Dot path to the offending field, e.g. `incident.awareAt`. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
}

const marker = Symbol.for('@lsh-cyber/duties.DutiesError');

/**
 * Thrown when an incident or card option cannot be used (a missing or malformed timestamp, a
 * notification dated before the organisation became aware). Carries every problem found.
 *
 * Use {@link DutiesError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class DutiesError extends Error {
  readonly [marker] = true;
  /** Every problem found, each with its path. */
  readonly issues: readonly DutiesIssue[];

  constructor(issues: readonly DutiesIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'DutiesError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for a `DutiesError` from any copy of this package. */
  static isInstance(error: unknown): error is DutiesError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
