import { ChainError } from './errors.js';
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
  const n = effective.length;
  const size = Math.min(k, n);
  // A max-heap (by the ranking above) of the best `size` candidates: its top is the first to go.
  const heap = new Int32Array(size);
  let filled = 0;
  const siftDown = (at: number): void => {
    for (;;) {
      const l = 2 * at + 1;
      if (l >= filled) return;
      const r = l + 1;
      const child = r < filled && before(effective, heap[l]!, heap[r]!) ? r : l;
      if (!before(effective, heap[at]!, heap[child]!)) return;
      const t = heap[at]!;
      heap[at] = heap[child]!;
      heap[child] = t;
      at = child;
    }
  };
  for (let i = 0; i < n && size > 0; i++) {
    if (filled < size) {
      let at = filled++;
      heap[at] = i;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(effective, heap[parent]!, heap[at]!)) break;
        const t = heap[at]!;
        heap[at] = heap[parent]!;
        heap[parent] = t;
        at = parent;
      }
    } else if (before(effective, i, heap[0]!)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return Array.from(heap)
    .sort((a, b) => (before(effective, a, b) ? -1 : 1))
    .map((i) => result.at(i));
}
