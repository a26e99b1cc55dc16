import type { ValidationIssue } from '@lsh-cyber/schema';

const marker = Symbol.for('@lsh-cyber/chain.ChainError');

/**
 * Thrown when an analysis is asked about something the chain does not have, e.g. the path of an
 * unknown organisation. Bad input data throws `LshValidationError` from `@lsh-cyber/schema` instead.
 * Use {@link ChainError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class ChainError extends Error {
  readonly [marker] = true;
  /** Every problem found, each with its path. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.name = 'ChainError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for a `ChainError` from any copy of this package. */
  static isInstance(error: unknown): error is ChainError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
