import type { CompiledChain } from './compiled.js';
import { PairMinHeap } from './heap.js';

/**
 * Recomputes effective scores after one organisation's own score drops, touching only the
 * organisations whose score changes. Scratch arrays are kept between calls, so analysing every
 * organisation of a chain in turn allocates nothing per organisation.
 */
export class FailureSolver {
  private readonly chain: CompiledChain;
  private readonly effective: Float64Array;
  /** New score where `stamp` equals the current run, else the score is unchanged. */
  private readonly value: Float64Array;
  private readonly stamp: Int32Array;
  private readonly final: Int32Array;
  private readonly heap: PairMinHeap;
  private run = 0;
  /** Organisations whose score dropped in the last run, the failing one excluded. */
  readonly changed: number[] = [];

  /** `effective`: the chain's effective scores before any failure. */
  constructor(chain: CompiledChain, effective: Float64Array) {
    this.chain = chain;
    this.effective = effective;
    this.value = new Float64Array(chain.size);
    this.stamp = new Int32Array(chain.size);
    this.final = new Int32Array(chain.size);
    this.heap = new PairMinHeap(64);
  }

  /** The score of `v` after the last run. */
  scoreOf(v: number): number {
    return this.stamp[v] === this.run ? this.value[v]! : this.effective[v]!;
  }

  /**
   * Lowers the own score of `failed` to `score` and settles the consequences; afterwards
   * {@link changed} lists the organisations whose effective score dropped. Exact: it computes
   * the greatest solution of the rules with the lowered own score (see docs/propagation.md).
   */
  fail(failed: number, score: number): void {
    const run = ++this.run;
    const { effective, value, stamp, final, heap, changed } = this;
    const { inStart, inFrom, inCriticality, inGroup, groupStart, groupMembers, depTo, depCriticality } = this.chain;
    changed.length = 0;
    if (score >= effective[failed]!) return;
    value[failed] = score;
    stamp[failed] = run;
    heap.size = 0;
    heap.push(score, failed);
    while (heap.size > 0) {
      const key = heap.peekKey();
      const w = heap.pop();
      if (final[w] === run || key !== value[w]) continue;
      final[w] = run;
      if (w !== failed) changed.push(w);
      const ew = key;
      const end = inStart[w + 1]!;
      for (let i = inStart[w]!; i < end; i++) {
        const u = inFrom[i]!;
        const current = stamp[u] === run ? value[u]! : effective[u]!;
        const grp = inGroup[i]!;
        let b: number;
        if (grp < 0) {
          const c = inCriticality[i]!;
          b = 100 - c * (100 - ew);
          if (b < ew) b = ew;
        } else {
          // The group's best bound, with the new scores known so far: an upper bound of the
          // final one, re-evaluated whenever another member drops.
          b = Number.NEGATIVE_INFINITY;
          for (let j = groupStart[grp]!; j < groupStart[grp + 1]!; j++) {
            const d = groupMembers[j]!;
            const x = depTo[d]!;
            const ex = stamp[x] === run ? value[x]! : effective[x]!;
            let bx = 100 - depCriticality[d]! * (100 - ex);
            if (bx < ex) bx = ex;
            if (bx > b) b = bx;
          }
        }
        if (b < current) {
          value[u] = b;
          stamp[u] = run;
          heap.push(b, u);
        }
      }
    }
  }
}
