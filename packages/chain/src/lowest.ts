import { ChainError } from './errors.js';
import { firstK } from './first-k.js';
import type { OrganisationResult, PropagationResult } from './result.js';

/** True when organisation `a` ranks below `b`: a lower effective score, or the same score earlier in the chain. */
const before = (effective: Float64Array, a: number, b: number): boolean =>
  effective[a]! < effective[b]! || (effective[a] === effective[b] && a < b);

/**
 * The `k` organisations with the lowest effective scores, lowest first; equal scores keep the
 * chain's order. In O(V log k): one pass with a heap of the `k` best candidates so far.
 *
 * @throws ChainError when `k` is not a whole number of at least 0.
 */
export function lowest(result: PropagationResult, k: number): OrganisationResult[] {
  if (!Number.isInteger(k) || k < 0) throw new ChainError([{ path: 'k', message: 'must be a whole number of at least 0' }]);
  const effective = result.solution.effective as Float64Array;
  return Array.from(
    firstK(effective.length, k, (a, b) => before(effective, a, b)),
    (i) => result.at(i),
  );
}
