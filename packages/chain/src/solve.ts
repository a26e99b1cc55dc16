import type { CompiledChain } from './compiled-chain.js';
import { MonotoneQueue } from './heap.js';
import { bound, groupBest } from './rule.js';

/** The raw outcome of a propagation, indexed like the compiled chain. */
export interface Solution {
  /** Own score per organisation, with the unknown score filled in. */
  own: Float64Array;
  /** Effective score per organisation. */
  effective: Float64Array;
  /** Per organisation: the next organisation on its explanation path, or -1 when it binds itself. */
  via: Int32Array;
  /** Per organisation: the end of its explanation path, the organisation that binds it. */
  origin: Int32Array;
  /** Per organisation: the dependency it is bound through, or -1. */
  viaDependency: Int32Array;
  /** Organisations in the order their effective score became final (non-decreasing scores). */
  order: Int32Array;
}

/** Working arrays of {@link solve}, kept per chain so that repeated propagation allocates only its result. */
interface Scratch {
  remaining: Int32Array;
  best: Float64Array;
  bestAt: Int32Array;
  queue: MonotoneQueue;
}
const scratchOf = new WeakMap<CompiledChain, Scratch>();

function scratch(chain: CompiledChain): Scratch {
  let s = scratchOf.get(chain);
  if (!s) {
    const g = chain.groups;
    s = {
      remaining: new Int32Array(g),
      best: new Float64Array(g),
      bestAt: new Int32Array(g),
      queue: new MonotoneQueue(chain.size >> 1),
    };
    scratchOf.set(chain, s);
  }
  return s;
}

/** Own scores with `unknownScore` where the chain has none. */
export function ownScores(chain: CompiledChain, unknownScore: number): Float64Array {
  const own = new Float64Array(chain.size);
  const { score } = chain;
  for (let i = 0; i < own.length; i++) {
    const s = score[i]!;
    own[i] = Number.isNaN(s) ? unknownScore : s;
  }
  return own;
}

/**
 * Computes the greatest solution of `e(u) = min(s(u), min over groups G of u of max over u→w in G
 * of bound(c, e(w)))` exactly, in O((V + E) log V): a label-setting algorithm (Knuth's
 * generalisation of Dijkstra's) that makes scores final in non-decreasing order. A group is
 * evaluated once all its members are final; a dependency without a group is a group of one.
 * See docs/propagation.md for the proof.
 */
export function solve(chain: CompiledChain, own: Float64Array): Solution {
  const n = chain.size;
  const { inStart, inFrom, inCriticality, inGroup, inDep, depTo, groupStart, groupOwner } = chain;
  // The result's arrays share one buffer: one allocation instead of five.
  const buffer = new ArrayBuffer(n * 24);
  const effective = new Float64Array(buffer, 0, n);
  effective.set(own);
  const via = new Int32Array(buffer, n * 8, n).fill(-1);
  const viaDependency = new Int32Array(buffer, n * 12, n).fill(-1);
  const origin = new Int32Array(buffer, n * 16, n);
  const order = new Int32Array(buffer, n * 20, n);
  const g = groupOwner.length;
  const { remaining, best, bestAt, queue } = scratch(chain);
  for (let k = 0; k < g; k++) remaining[k] = groupStart[k + 1]! - groupStart[k]!;
  best.fill(Number.NEGATIVE_INFINITY);
  queue.init(effective);
  let k = 0;
  for (let w = queue.pop(); w >= 0; w = queue.pop()) {
    // Each lowering pushes a pair with a smaller key, so only the pair whose key is the score is
    // current; older pairs are stale. A final score is never lowered again, so needs no flag.
    if (queue.lastKey !== effective[w]) continue;
    order[k++] = w;
    // Its path's next step became final before it, so its origin is known now.
    const p = via[w]!;
    origin[w] = p < 0 ? w : origin[p]!;
    const ew = effective[w]!;
    const end = inStart[w + 1]!;
    for (let i = inStart[w]!; i < end; i++) {
      // No check whether u is final: then e(u) <= e(w) <= b, so the tests below never lower it.
      const u = inFrom[i]!;
      const c = inCriticality[i]!;
      let b = bound(c, ew);
      const grp = inGroup[i]!;
      if (grp >= 0) {
        if (groupBest(b, best[grp]!) !== best[grp]) {
          best[grp] = b;
          bestAt[grp] = i;
        }
        if (--remaining[grp]! > 0) continue;
        b = best[grp]!;
        if (b < effective[u]!) {
          const d = inDep[bestAt[grp]!]!;
          effective[u] = b;
          via[u] = depTo[d]!;
          viaDependency[u] = d;
          queue.push(b, u);
        }
      } else if (b < effective[u]!) {
        effective[u] = b;
        via[u] = w;
        viaDependency[u] = inDep[i]!;
        queue.push(b, u);
      }
    }
  }
  return { own, effective, via, origin, viaDependency, order };
}
