import { LshError, type ValidationIssue } from '@lsh-cyber/schema';

/**
 * One problem with the arguments of a scoring function: the one issue type of every package,
 * `{ path, message }` (e.g. `options.budgetPerYear`).
 *
 * @deprecated Use `ValidationIssue` from `@lsh-cyber/schema`; this is the same type.
 */
export type ScoringIssue = ValidationIssue;

const marker = Symbol.for('@lsh-cyber/scoring.ScoringError');

/**
 * Thrown when the options given to a scoring function cannot be used (a negative budget, a group
 * size below the privacy floor, a report scored against another catalog). Bad input documents are
 * reported with `LshValidationError` from `@lsh-cyber/schema` instead.
 *
 * Use {@link ScoringError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class ScoringError extends LshError {
  readonly [marker] = true;

  constructor(issues: readonly ValidationIssue[]) {
    super('ScoringError', issues.map((i) => `${i.path}: ${i.message}`).join('\n'), issues);
  }

  /** True for a `ScoringError` from any copy of this package. */
  static override isInstance(error: unknown): error is ScoringError {
    return LshError.hasMarker(error, marker);
  }
}
