import type { CompiledChain } from './compiled-chain.js';
import { bound, floorOf, groupBest } from './rule.js';
import { sortByKeyDescending } from './sort.js';

/**
 * Groups of at most this many alternatives are evaluated by reading every member, which for a
 * handful of members is cheaper than keeping their ranking; larger groups use the ranking.
 */
const SCAN_LIMIT = 8;

/** Swaps the pairs [bound, dependency] at flat positions `a` and `b` of a heap. */
function swapPairs(heap: number[], a: number, b: number): void {
  const bound = heap[a]!;
  const dep = heap[a + 1]!;
  heap[a] = heap[b]!;
  heap[a + 1] = heap[b + 1]!;
  heap[b] = bound;
  heap[b + 1] = dep;
}

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
 *
 * A group of alternatives is evaluated without visiting its members: its members are ranked once
 * by their bound before any failure, and during a run the members whose supplier has passed on a
 * drop sit in a small max-heap of their new bounds. The group's best bound is the larger of the
 * best unchanged member (the first in rank order not yet lowered) and the top of that heap, so
 * one evaluation costs O(log d) amortised for d lowered members, not O(size of the group).
 * Groups of up to {@link SCAN_LIMIT} members are simply read in full.
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
  private readonly inDep: Int32Array;
  /** Per group, its members by their bound before any failure, best first (laid out like `groupMembers`). */
  private readonly ranked: Int32Array;
  /** Per dependency: its bound before any failure. */
  private readonly baseBound: Float64Array;
  /** Per group: the rank position of its best member not yet lowered in this run. */
  private readonly cursor: Int32Array;
  /** Per dependency: whether its supplier passed on a drop in this run; then its bound is `lowered`. */
  private readonly isLowered: Uint8Array;
  private readonly lowered: Float64Array;
  /** Per group touched in this run: a max-heap of [bound, dependency] for its lowered members. */
  private readonly heaps: (number[] | undefined)[];
  private readonly touchedGroups: number[] = [];
  private readonly touchedDeps: number[] = [];
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
    const { size, inStart, inFrom, inCriticality, inGroup, inDep, groupStart, groupMembers, depCriticality, depTo, depGroup } = chain;
    const groups = chain.groups;
    // A dependency whose bound stays at or above the dependant's score even when its supplier
    // (or, in a group, every member) drops to 0 can never lower it: leave it out once, here.
    const groupFloor = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) best = groupBest(best, floorOf(depCriticality[groupMembers[j]!]!));
      groupFloor[g] = best;
    }
    const keep = new Uint8Array(inFrom.length);
    let kept = 0;
    for (let i = 0; i < inFrom.length; i++) {
      const g = inGroup[i]!;
      const floor = g < 0 ? floorOf(inCriticality[i]!) : groupFloor[g]!;
      if (floor < effective[inFrom[i]!]!) {
        keep[i] = 1;
        kept++;
      }
    }
    this.inStart = new Int32Array(size + 1);
    this.inFrom = new Int32Array(kept);
    this.inCriticality = new Float64Array(kept);
    this.inGroup = new Int32Array(kept);
    this.inDep = new Int32Array(kept);
    let at = 0;
    for (let v = 0; v < size; v++) {
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        if (keep[i] === 0) continue;
        this.inFrom[at] = inFrom[i]!;
        this.inCriticality[at] = inCriticality[i]!;
        this.inGroup[at] = inGroup[i]!;
        this.inDep[at] = inDep[i]!;
        at++;
      }
      this.inStart[v + 1] = at;
    }
    // Rank every group's members by their bound, best first, in linear time: one stable sort of
    // all members by bound, then a stable distribution by group.
    this.baseBound = new Float64Array(chain.dependencies);
    for (let d = 0; d < chain.dependencies; d++) this.baseBound[d] = bound(depCriticality[d]!, effective[depTo[d]!]!);
    const byBound = sortByKeyDescending(groupMembers, this.baseBound);
    this.ranked = new Int32Array(groupMembers.length);
    const fill = groupStart.slice(0, groups);
    for (let k = 0; k < byBound.length; k++) {
      const d = byBound[k]!;
      this.ranked[fill[depGroup[d]!]!++] = d;
    }
    this.cursor = groupStart.slice(0, groups);
    this.isLowered = new Uint8Array(chain.dependencies);
    this.lowered = new Float64Array(chain.dependencies);
    this.heaps = new Array(groups);
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
    }
    this.restore();
    return { total, max };
  }

  private restore(): void {
    const { effective, value, changed } = this;
    for (let k = 0; k < this.count; k++) value[changed[k]!] = effective[changed[k]!]!;
    if (this.failed >= 0) value[this.failed] = effective[this.failed]!;
    this.count = 0;
    this.failed = -1;
    const { groupStart } = this.chain;
    for (const g of this.touchedGroups) {
      this.cursor[g] = groupStart[g]!;
      this.heaps[g]!.length = 0;
    }
    for (const d of this.touchedDeps) this.isLowered[d] = 0;
    this.touchedGroups.length = 0;
    this.touchedDeps.length = 0;
  }

  /** The score of `v` after the last run. */
  scoreOf(v: number): number {
    return this.value[v]!;
  }

  /** Records that member `d` of group `g` now bounds at `b` (lower than before). */
  private lower(g: number, d: number, b: number): void {
    if (this.isLowered[d] === 0) {
      this.isLowered[d] = 1;
      this.touchedDeps.push(d);
    }
    this.lowered[d] = b;
    let heap = this.heaps[g];
    if (heap === undefined) heap = this.heaps[g] = [];
    if (heap.length === 0) this.touchedGroups.push(g);
    // Sift up a pair [bound, dependency] in a max-heap stored flat.
    let at = heap.length >> 1;
    heap.push(b, d);
    while (at > 0) {
      const parent = ((at - 1) >> 1) << 1;
      const here = at << 1;
      if (heap[parent]! >= heap[here]!) break;
      swapPairs(heap, parent, here);
      at = parent >> 1;
    }
  }

  /** The best bound of a small group `g` with the scores known so far, by reading every member. */
  private scanGroup(g: number): number {
    const { groupStart, groupMembers, depTo, depCriticality } = this.chain;
    const { value } = this;
    let best = Number.NEGATIVE_INFINITY;
    for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) {
      const d = groupMembers[j]!;
      best = groupBest(best, bound(depCriticality[d]!, value[depTo[d]!]!));
    }
    return best;
  }

  /** The best bound of group `g` with the bounds known so far in this run: an upper bound of the final one. */
  private groupBound(g: number): number {
    const { ranked, isLowered, cursor, baseBound } = this;
    const end = this.chain.groupStart[g + 1]!;
    let p = cursor[g]!;
    while (p < end && isLowered[ranked[p]!] === 1) p++;
    cursor[g] = p;
    let best = p < end ? baseBound[ranked[p]!]! : Number.NEGATIVE_INFINITY;
    const heap = this.heaps[g];
    if (heap !== undefined) {
      // Entries superseded by a later, lower bound of the same member are dropped from the top.
      while (heap.length > 0 && heap[0] !== this.lowered[heap[1]!]) this.popTop(heap);
      if (heap.length > 0) best = groupBest(best, heap[0]!);
    }
    return best;
  }

  private popTop(heap: number[]): void {
    const last = heap.length - 2;
    heap[0] = heap[last]!;
    heap[1] = heap[last + 1]!;
    heap.length = last;
    let at = 0;
    const n = last >> 1;
    for (;;) {
      const l = 2 * at + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && heap[r << 1]! > heap[l << 1]! ? r : l;
      if (heap[child << 1]! <= heap[at << 1]!) break;
      swapPairs(heap, at << 1, child << 1);
      at = child;
    }
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
    const { inStart, inFrom, inCriticality, inGroup, inDep } = this;
    const { groupStart } = this.chain;
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
        let b = bound(inCriticality[i]!, ew);
        if (grp >= 0) {
          if (groupStart[grp + 1]! - groupStart[grp]! <= SCAN_LIMIT) b = this.scanGroup(grp);
          else {
            this.lower(grp, inDep[i]!, b);
            b = this.groupBound(grp);
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
