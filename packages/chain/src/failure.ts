import type { CompiledChain } from './compiled.js';

/**
 * Recomputes effective scores after one organisation's own score drops, touching only the
 * organisations whose score changes. Scratch arrays are kept between calls, so analysing every
 * organisation of a chain in turn allocates nothing per organisation.
 *
 * Why any processing order is exact (docs/propagation.md, "Single points of failure"): the scores kept are always
 * upper bounds of the new solution, since they start at the old one and are only ever replaced by
 * a rule evaluated on upper bounds; and when no organisation is waiting, every rule has been
 * evaluated after the last change of its inputs, so the scores are a solution. An upper bound
 * that is a solution is the greatest solution. A first-in-first-out queue keeps each step O(1).
 */
export class FailureSolver {
  private readonly chain: CompiledChain;
  private readonly effective: Float64Array;
  /** Scores during and after the last run; restored to `effective` at the start of the next. */
  private readonly value: Float64Array;
  private readonly queued: Uint8Array;
  private failed = -1;
  /** Ring buffer of organisations waiting to pass their drop on; each is in it at most once. */
  private readonly queue: Int32Array;
  /** Incoming dependencies that can lower their dependant at all, in the layout of the chain's `in*` arrays. */
  private readonly inStart: Int32Array;
  private readonly inFrom: Int32Array;
  private readonly inCriticality: Float64Array;
  private readonly inGroup: Int32Array;
  /** Organisations whose score dropped in the last run (the failing one excluded), in `changed[0..count)`. */
  readonly changed: Int32Array;
  /** How many entries of {@link changed} are filled. */
  count = 0;

  /** `effective`: the chain's effective scores before any failure. */
  constructor(chain: CompiledChain, effective: Float64Array) {
    this.chain = chain;
    this.effective = effective;
    this.value = Float64Array.from(effective);
    this.queued = new Uint8Array(chain.size);
    this.queue = new Int32Array(chain.size);
    this.changed = new Int32Array(chain.size);
    // A dependency whose bound stays at or above the dependant's score even when its supplier
    // (or, in a group, every member) drops to 0 can never lower it: leave it out once, here.
    const { size, inStart, inFrom, inCriticality, inGroup, groupStart, groupMembers, depCriticality } = chain;
    const floor = (i: number): number => {
      const g = inGroup[i]!;
      if (g < 0) return 100 - inCriticality[i]! * 100;
      let best = 0;
      for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) best = Math.max(best, 100 - depCriticality[groupMembers[j]!]! * 100);
      return best;
    };
    const keep = new Uint8Array(inFrom.length);
    let kept = 0;
    for (let i = 0; i < inFrom.length; i++) {
      if (floor(i) < effective[inFrom[i]!]!) {
        keep[i] = 1;
        kept++;
      }
    }
    this.inStart = new Int32Array(size + 1);
    this.inFrom = new Int32Array(kept);
    this.inCriticality = new Float64Array(kept);
    this.inGroup = new Int32Array(kept);
    let at = 0;
    for (let v = 0; v < size; v++) {
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        if (keep[i] === 0) continue;
        this.inFrom[at] = inFrom[i]!;
        this.inCriticality[at] = inCriticality[i]!;
        this.inGroup[at] = inGroup[i]!;
        at++;
      }
      this.inStart[v + 1] = at;
    }
  }

  /**
   * Sums the drops of the last run (total and largest) and puts every score back as it was
   * before the failure, in one pass over the organisations that changed.
   */
  finish(): { total: number; max: number } {
    const { effective, value, changed } = this;
    let total = 0;
    let max = 0;
    for (let k = 0; k < this.count; k++) {
      const u = changed[k]!;
      const drop = effective[u]! - value[u]!;
      total += drop;
      if (drop > max) max = drop;
      value[u] = effective[u]!;
    }
    if (this.failed >= 0) value[this.failed] = effective[this.failed]!;
    this.count = 0;
    this.failed = -1;
    return { total, max };
  }

  private restore(): void {
    const { effective, value, changed } = this;
    for (let k = 0; k < this.count; k++) value[changed[k]!] = effective[changed[k]!]!;
    if (this.failed >= 0) value[this.failed] = effective[this.failed]!;
    this.count = 0;
    this.failed = -1;
  }

  /** The score of `v` after the last run. */
  scoreOf(v: number): number {
    return this.value[v]!;
  }

  /**
   * Lowers the own score of `failed` to `score` and settles the consequences; afterwards
   * {@link changed} lists the organisations whose effective score dropped. Exact: it computes
   * the greatest solution of the rules with the lowered own score.
   */
  fail(failed: number, score: number): void {
    const { effective, value, queued, queue, changed } = this;
    this.restore();
    this.failed = failed;
    const { inStart, inFrom, inCriticality, inGroup } = this;
    const { groupStart, groupMembers, depTo, depCriticality } = this.chain;
    const n = queue.length;
    if (score >= effective[failed]!) return;
    let count = 0;
    value[failed] = score;
    let head = 0;
    let size = 1;
    queue[0] = failed;
    queued[failed] = 1;
    while (size > 0) {
      const w = queue[head]!;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      queued[w] = 0;
      const ew = value[w]!;
      const end = inStart[w + 1]!;
      for (let i = inStart[w]!; i < end; i++) {
        const u = inFrom[i]!;
        const current = value[u]!;
        const grp = inGroup[i]!;
        let b: number;
        if (grp < 0) {
          const c = inCriticality[i]!;
          b = 100 - c * (100 - ew);
          if (b < ew) b = ew;
        } else {
          // The group's best bound with the scores known so far: an upper bound of the final one.
          b = Number.NEGATIVE_INFINITY;
          for (let j = groupStart[grp]!; j < groupStart[grp + 1]!; j++) {
            const d = groupMembers[j]!;
            const ex = value[depTo[d]!]!;
            let bx = 100 - depCriticality[d]! * (100 - ex);
            if (bx < ex) bx = ex;
            if (bx > b) b = bx;
          }
        }
        if (b < current) {
          if (current === effective[u] && u !== failed) changed[count++] = u;
          value[u] = b;
          // Only an organisation with dependants that it can lower has a drop to pass on.
          if (queued[u] === 0 && inStart[u + 1]! > inStart[u]!) {
            queued[u] = 1;
            let tail = head + size;
            if (tail >= n) tail -= n;
            queue[tail] = u;
            size++;
          }
        }
      }
    }
    this.count = count;
  }
}
