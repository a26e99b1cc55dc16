import { LshError, type ValidationIssue } from '@lsh-cyber/schema';

/** One problem with the input of a duties function: the field path and what is wrong. */
export type DutiesIssue = ValidationIssue;

const marker = Symbol.for('@lsh-cyber/duties.DutiesError');

/**
 * Thrown when an incident or card option cannot be used (a missing or malformed timestamp, a
 * notification dated before the organisation became aware). Carries every problem found.
 * Use {@link DutiesError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class DutiesError extends LshError {
  readonly [marker] = true;

  constructor(issues: readonly DutiesIssue[]) {
    super('DutiesError', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'), issues);
  }

  /** True for a `DutiesError` from any copy of this package. */
  static override isInstance(error: unknown): error is DutiesError {
    return LshError.hasMarker(error, marker);
  }
}
