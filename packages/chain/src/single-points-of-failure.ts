import { LshValidationError } from '@lsh-cyber/schema';
import type { ChainInput } from './compile-chain.js';
import { type FailurePlan, planFailures, settleFailures } from './failure-plan.js';
import { firstK } from './first-k.js';
import { type PropagateOptions, propagate } from './propagate-api.js';
import { PropagationResult } from './result.js';
import { sortByKeyDescending } from './sort.js';

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
  /** How much `from`'s effective score drops when `to` fails. */
  drop: number;
}

/** The outcome of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureResult {
  /** Organisations whose failure lowers at least `minAffected` others: most affected first, then largest total drop, then chain order. */
  organisations: FailureImpact[];
  /**
   * Dependencies without alternative (no other member in their group, criticality above 0) whose
   * supplier's failure lowers the dependant: largest drop first, then chain order.
   */
  dependencies: SoleDependency[];
  /** How many dependencies have no alternative and a criticality above 0, whether their supplier's failure matters or not. */
  withoutAlternative: number;
}

/** Options of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureOptions extends PropagateOptions {
  /** Report organisations whose failure lowers at least this many others; default 1. */
  minAffected?: number;
  /** Report at most this many organisations and this many dependencies; default: all. */
  limit?: number;
  /**
   * The plan of this chain's failures (made by `planFailures` from the same propagation result),
   * when threads have settled it with `settleFailures`; what is left unsettled is settled here.
   * Default: a plan made and settled in this call.
   */
  plan?: FailurePlan;
}

/**
 * Single points of failure: for every organisation, what happens to the others when it fails
 * (its own score drops to 0) — how many effective scores drop, by how much in total and at most —
 * and the dependencies that have no alternative, with what their supplier's failure costs.
 *
 * Exact, and fast: each failure is settled incrementally, touching only the organisations whose
 * score changes, instead of propagating the whole chain again; and a failure that is sure to bring
 * another organisation down (or to cap it) is settled on top of that one's state, so failures that
 * force one another share their work (docs/propagation.md, "Single points of failure").
 * `input` may also be a propagation result, which is then reused. To share the work between
 * threads, see `planFailures` and `settleFailures`.
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
  if (!Number.isInteger(minAffected) || minAffected < 1)
    issues.push({ path: 'minAffected', message: 'must be a whole number of at least 1' });
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    issues.push({ path: 'limit', message: 'must be a whole number of at least 0' });
  }
  if (issues.length > 0) throw new LshValidationError('SinglePointsOfFailureOptions', issues);

  const result = input instanceof PropagationResult ? input : propagate(input, options);
  const { chain } = result;
  const { ids, size } = chain;
  const plan = options.plan ?? planFailures(result);
  if (options.plan !== undefined) {
    const { chain: planned } = plan;
    if (planned?.size !== size || planned.dependencies !== chain.dependencies || planned.groups !== chain.groups) {
      throw new LshValidationError('SinglePointsOfFailureOptions', [
        { path: 'plan', message: 'must be the plan of this chain (made by planFailures from its propagation result)' },
      ]);
    }
  }
  // Whatever no other thread has taken is settled here.
  settleFailures(plan);
  if (Atomics.load(plan.progress, 1) < plan.forest.roots.length) {
    throw new LshValidationError('SinglePointsOfFailureOptions', [
      { path: 'plan', message: 'is still being settled by another thread: wait until every settleFailures call on it has returned' },
    ]);
  }
  const { affected, totalDrop, maxDrop, depDrop, withoutAlternative } = plan;
  const failing: number[] = [];
  for (let v = 0; v < size; v++) if (affected[v]! >= minAffected) failing.push(v);
  let soleCount = 0;
  for (let d = 0; d < depDrop.length; d++) if (depDrop[d]! > 0) soleCount++;
  const sole = new Int32Array(soleCount);
  for (let d = 0, k = 0; d < depDrop.length; d++) if (depDrop[d]! > 0) sole[k++] = d;
  // Most affected first, then the largest total drop, then chain order; the dependencies by drop,
  // then chain order.
  const ranked = shortList(limit, Int32Array.from(failing), [Float64Array.from(affected), totalDrop]);
  const bySize = shortList(limit, sole, [depDrop]);
  const organisations: FailureImpact[] = Array.from(ranked, (v) => ({
    id: ids[v]!,
    affected: affected[v]!,
    totalDrop: totalDrop[v]!,
    maxDrop: maxDrop[v]!,
  }));
  const dependencies: SoleDependency[] = Array.from(bySize, (d) => ({
    from: ids[chain.depFrom[d]!]!,
    to: ids[chain.depTo[d]!]!,
    criticality: chain.depCriticality[d]!,
    drop: depDrop[d]!,
  }));
  return { organisations, dependencies, withoutAlternative };
}

/**
 * The first `limit` of `items`, ordered by `keys[0]` (largest first), then by `keys[1]`, …, then by
 * the items themselves (smallest first). A short list of many items is picked in one pass
 * (`firstK`); a long one is sorted, with one stable radix sort per key, last key first.
 */
function shortList(limit: number, items: Int32Array, keys: Float64Array[]): Int32Array {
  if (limit * 64 < items.length) {
    const before = (a: number, b: number): boolean => {
      for (const key of keys) if (key[a] !== key[b]) return key[a]! > key[b]!;
      return a < b;
    };
    return firstK(items.length, limit, before, (i) => items[i]!);
  }
  let sorted = items;
  for (let k = keys.length - 1; k >= 0; k--) sorted = sortByKeyDescending(sorted, keys[k]!);
  return sorted.subarray(0, Math.min(sorted.length, limit));
}
