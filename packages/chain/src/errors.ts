import { LshError, type ValidationIssue } from '@lsh-cyber/schema';

const marker = Symbol.for('@lsh-cyber/chain.ChainError');

/**
 * Thrown when an analysis is asked about something the chain does not have, e.g. the path of an
 * unknown organisation. Bad input data throws `LshValidationError` from `@lsh-cyber/schema` instead.
 * Use {@link ChainError.isInstance} rather than `instanceof` when two copies may be installed.
 */
export class ChainError extends LshError {
  readonly [marker] = true;

  constructor(issues: readonly ValidationIssue[]) {
    super('ChainError', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'), issues);
  }

  /** True for a `ChainError` from any copy of this package. */
  static override isInstance(error: unknown): error is ChainError {
    return LshError.hasMarker(error, marker);
  }
}
