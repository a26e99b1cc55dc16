import { formatIssues, LshError, type ValidationIssue } from '@lsh-cyber/schema';

/** One problem with a clause pack, a parameter value or a library, with the clause, parameter and rule where they apply. */
export interface ClauseIssue extends ValidationIssue {
  /** Id of the clause concerned, when there is one. */
  clause?: string;
  /** Name of the parameter concerned, when there is one. */
  param?: string;
  /** Id of the consistency rule broken, when one was. */
  rule?: string;
}

const marker = Symbol.for('@lsh-cyber/clauses.ClauseError');

/**
 * Thrown when parameter values break their type, bounds or a consistency rule, when a pack names a
 * clause or parameter the library does not have, or when a merged library is inconsistent. Carries
 * every problem found, each naming its clause, parameter and rule.
 *
 * Use {@link ClauseError.isInstance} rather than `instanceof` when two copies of this package may be installed.
 */
export class ClauseError extends LshError {
  readonly [marker] = true;
  /** Every problem found, each naming its clause, parameter and rule where they apply. */
  declare readonly issues: readonly ClauseIssue[];

  constructor(what: string, issues: readonly ClauseIssue[]) {
    super('ClauseError', formatIssues(what, issues), issues);
  }

  /** True for a `ClauseError` from any copy of this package. */
  static override isInstance(error: unknown): error is ClauseError {
    return LshError.hasMarker(error, marker);
  }
}
