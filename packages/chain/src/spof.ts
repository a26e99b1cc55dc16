import { LshValidationError } from '@lsh-cyber/schema';
import type { ChainInput } from './compile.js';
import { FailureSolver } from './failure.js';
import { type PropagateOptions, propagate } from './propagate.js';
import { PropagationResult } from './result.js';

/** What one organisation's failure does to the others. */
export interface FailureImpact {
  /** The organisation that fails (its own score drops to 0). */
  id: string;
  /** How many other organisations' effective score drops. */
  affected: number;
  /** The sum of those drops. */
  totalDrop: number;
  /** The largest single drop. */
  maxDrop: number;
}

/** A dependency without alternative, and what its supplier's failure costs the dependant. */
export interface SoleDependency {
  /** The organisation that depends. */
  from: string;
  /** The supplier it has no alternative for. */
  to: string;
  /** The dependency's criticality. */
  criticality: number;
  /** How much `from`'s effective score drops when `to` fails (0 when it is held back more by something else). */
  drop: number;
}

/** The outcome of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureResult {
  /** Organisations whose failure lowers at least `minAffected` others, most affected first. */
  organisations: FailureImpact[];
  /** Dependencies with a criticality above 0 and no alternative in their group, largest drop first. */
  dependencies: SoleDependency[];
}

/** Options of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureOptions extends PropagateOptions {
  /** Report organisations whose failure lowers at least this many others; default 1. */
  minAffected?: number;
  /** Report at most this many organisations and this many dependencies; default: all. */
  limit?: number;
}

/**
 * Single points of failure: for every organisation, what happens to the others when it fails
 * (its own score drops to 0) — how many effective scores drop, by how much in total and at most —
 * and every dependency that has no alternative, with what its supplier's failure costs.
 *
 * Exact, and fast: each failure is settled incrementally from the current scores, touching only
 * the organisations whose score changes, instead of propagating the whole chain again.
 * `input` may also be a propagation result, which is then reused.
 *
 * @throws LshValidationError when the input or the options are not valid.
 */
export function singlePointsOfFailure(
  input: ChainInput | PropagationResult,
  options: SinglePointsOfFailureOptions = {},
): SinglePointsOfFailureResult {
  const minAffected = options.minAffected ?? 1;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const issues = [];
  if (!Number.isInteger(minAffected) || minAffected < 1) issues.push({ path: 'minAffected', message: 'must be a whole number of at least 1' });
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    issues.push({ path: 'limit', message: 'must be a whole number of at least 0' });
  }
  if (issues.length > 0) throw new LshValidationError('SinglePointsOfFailureOptions', issues);

  const result = input instanceof PropagationResult ? input : propagate(input, options);
  const { chain } = result;
  const { effective } = result.solution;
  const { ids, size, inStart, inFrom, inDep, depGroup, depCriticality, groupStart } = chain;
  const solver = new FailureSolver(chain, effective);
  const organisations: FailureImpact[] = [];
  const dependencies: SoleDependency[] = [];
  for (let v = 0; v < size; v++) {
    solver.fail(v, 0);
    const changed = solver.changed;
    if (changed.length >= minAffected) {
      let total = 0;
      let max = 0;
      for (const u of changed) {
        const drop = effective[u]! - solver.scoreOf(u);
        total += drop;
        if (drop > max) max = drop;
      }
      organisations.push({ id: ids[v]!, affected: changed.length, totalDrop: total, maxDrop: max });
    }
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const d = inDep[i]!;
      const g = depGroup[d]!;
      const c = depCriticality[d]!;
      if (c === 0 || (g >= 0 && groupStart[g + 1]! - groupStart[g]! > 1)) continue;
      const u = inFrom[i]!;
      dependencies.push({ from: ids[u]!, to: ids[v]!, criticality: c, drop: effective[u]! - solver.scoreOf(u) });
    }
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  organisations.sort((a, b) => b.affected - a.affected || b.totalDrop - a.totalDrop || byId(a.id, b.id));
  dependencies.sort((a, b) => b.drop - a.drop || byId(a.from, b.from) || byId(a.to, b.to));
  if (organisations.length > limit) organisations.length = limit;
  if (dependencies.length > limit) dependencies.length = limit;
  return { organisations, dependencies };
}
