import type { CompiledChain } from './compiled-chain.js';
import { type FailureBasis, failureBasis } from './failure-basis.js';
import { bound, groupBest } from './rule.js';

/**
 * Groups of at most this many alternatives are evaluated by reading every member, which for a
 * handful of members is cheaper than keeping their ranking; larger groups use the ranking.
 */
const SCAN_LIMIT = 8;

/** Numbers kept per pushed failure in `levels`. */
const LEVEL = 9;

/**
 * Per organisation, four numbers side by side in {@link FailureSolver}'s `state`: its score in the
 * current state, its score before any failure, the failure that last logged its score, and whether
 * it waits in the queue. A failure reaches organisations in no useful order, so what one visit
 * reads should share a cache line: four separate arrays cost four cache misses a visit.
 */
const SCORE = 0;
const BEFORE = 1;
const STAMP = 2;
const WAITING = 3;
const SLOTS = 4;

/** A growable list of numbers in one typed array: undo logs reach tens of millions of entries. */
class NumberLog {
  data = new Float64Array(1024);
  length = 0;

  private grow(): void {
    const bigger = new Float64Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) this.grow();
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) this.grow();
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
}

/**
 * The parts of a compiled chain that failures are settled with: plain numbers and typed arrays, so
 * that a copy in shared memory can be handed to another thread (see `planFailures`).
 */
export type FailureChain = Pick<
  CompiledChain,
  | 'size'
  | 'dependencies'
  | 'groups'
  | 'inStart'
  | 'inFrom'
  | 'inCriticality'
  | 'inGroup'
  | 'inDep'
  | 'groupStart'
  | 'groupMembers'
  | 'depCriticality'
  | 'depTo'
  | 'depGroup'
>;

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
 * Recomputes effective scores after organisations' own scores drop, touching only the
 * organisations whose score changes. Failures nest: {@link push} lowers one more own score on top
 * of the state left by the failures pushed before it, and {@link pop} undoes the last one, so a
 * walk over a tree of failures settles each one from its parent's state instead of from scratch
 * (see `singlePointsOfFailure`). Scratch arrays are kept between calls, so analysing every
 * organisation of a chain in turn allocates little per organisation.
 *
 * Why any processing order is exact (docs/propagation.md, "Single points of failure"): the scores kept are always
 * upper bounds of the new solution, since they start at a solution with higher own scores and are
 * only ever replaced by a rule evaluated on upper bounds; and when no organisation is waiting,
 * every rule has been evaluated after the last change of its inputs, so the scores are a solution.
 * An upper bound that is a solution is the greatest solution. A first-in-first-out queue keeps
 * each step O(1).
 *
 * A group of alternatives is evaluated without visiting its members: its members are ranked once
 * by their bound before any failure, and the members whose supplier has passed on a drop sit in a
 * small max-heap of their new bounds. The group's best bound is the larger of the best unchanged
 * member (the first in rank order not yet lowered) and the top of that heap, so one evaluation
 * costs O(log d) amortised for d lowered members, not O(size of the group). Groups of up to
 * {@link SCAN_LIMIT} members are simply read in full.
 *
 * Every change a failure makes (a score, a lowered member, a group's cursor and heap) is logged the
 * first time it is made in that failure, so {@link pop} restores the state before it exactly, in
 * time proportional to what the failure changed; a group's heap is copied before its first change
 * only when it is not empty (that is, only when a failure pushed earlier lowered that group too).
 */
export class FailureSolver {
  private readonly chain: FailureChain;
  /**
   * Per organisation `u`, at `SLOTS * u`: its score in the current state (`effective` lowered by
   * every failure pushed and not popped), its score before any failure, the failure that last
   * logged its score, and 1 while it waits in the queue. An organisation that cannot lower any
   * dependant never waits: it is marked waiting for good.
   */
  private readonly state: Float64Array;
  /** Ring buffer of organisations waiting to pass their drop on; each is in it at most once. */
  private readonly queue: Int32Array;
  /** Incoming dependencies that can lower their dependant at all, in the layout of the chain's `in*` arrays. */
  private readonly inStart: Int32Array;
  private readonly inFrom: Int32Array;
  private readonly inCriticality: Float64Array;
  private readonly inGroup: Int32Array;
  private readonly inDep: Int32Array;
  /**
   * The dependant's score before any failure, per incoming dependency: a bound at or above it
   * cannot lower the dependant, which is then not visited (read in order, it saves a cache miss).
   */
  private readonly inBefore: Float64Array;
  /** Per member of a group (laid out like `groupMembers`): its supplier and its criticality, read when a small group is scanned. */
  private readonly memberTo: Int32Array;
  private readonly memberCriticality: Float64Array;
  /** Per group, its members by their bound before any failure, best first (laid out like `groupMembers`). */
  private readonly ranked: Int32Array;
  /** Per dependency: its bound before any failure. */
  private readonly baseBound: Float64Array;
  /** Per group: the rank position of its best member not yet lowered. */
  private readonly cursor: Int32Array;
  /** Per dependency: whether its supplier passed on a drop; then its bound is `lowered`. */
  private readonly isLowered: Uint8Array;
  private readonly lowered: Float64Array;
  /** Per group: a max-heap of [bound, dependency] for its lowered members. */
  private readonly heaps: (number[] | undefined)[];

  /** The failure being settled (a number per push, never reused), and per entry the failure that last logged it. */
  private run = 0;
  private readonly depStamp: Int32Array;
  private readonly groupStamp: Int32Array;
  /** Undo logs: [organisation, old score]; [dependency, old isLowered, old lowered]; [group, old cursor, old heap length]. */
  private readonly valueLog = new NumberLog();
  private readonly depLog = new NumberLog();
  private readonly groupLog = new NumberLog();
  /** The heap each logged group had before (the same array when it was empty, else the original of a copy). */
  private readonly heapLog: (number[] | undefined)[] = [];
  /** Per pushed failure, what to restore on pop: log lengths and the totals below. */
  private readonly levels: number[] = [];

  /** Organisations below their score before any failure, the sum of their drops, and the two largest drops (of different organisations). */
  private dropped = 0;
  private total = 0;
  private top1 = -1;
  private top1Drop = 0;
  private top2 = -1;
  private top2Drop = 0;

  /**
   * `effective`: the chain's effective scores before any failure; `basis`: what settling reads
   * besides the chain, made from those scores (default: made here; threads share one).
   */
  constructor(chain: FailureChain, effective: Float64Array, basis: FailureBasis = failureBasis(chain, effective)) {
    this.chain = chain;
    const { size, groups, groupStart } = chain;
    this.queue = new Int32Array(size);
    this.depStamp = new Int32Array(chain.dependencies);
    this.groupStamp = new Int32Array(groups);
    ({
      inStart: this.inStart,
      inFrom: this.inFrom,
      inCriticality: this.inCriticality,
      inGroup: this.inGroup,
      inDep: this.inDep,
      inBefore: this.inBefore,
      baseBound: this.baseBound,
      ranked: this.ranked,
      memberTo: this.memberTo,
      memberCriticality: this.memberCriticality,
    } = basis);
    this.cursor = groupStart.slice(0, groups);
    this.state = new Float64Array(size * SLOTS);
    for (let u = 0; u < size; u++) {
      const at = u * SLOTS;
      this.state[at + SCORE] = effective[u]!;
      this.state[at + BEFORE] = effective[u]!;
      this.state[at + WAITING] = this.inStart[u + 1]! > this.inStart[u]! ? 0 : 1;
    }
    this.isLowered = new Uint8Array(chain.dependencies);
    this.lowered = new Float64Array(chain.dependencies);
    this.heaps = new Array(groups);
  }

  /** How many failures are pushed and not popped. */
  get depth(): number {
    return this.levels.length / LEVEL;
  }

  /** The score of `v` in the current state. */
  scoreOf(v: number): number {
    return this.state[v * SLOTS + SCORE]!;
  }

  /**
   * What the current state costs the others than `v`, against the scores before any failure: how
   * many organisations dropped, by how much in total, and the largest drop.
   */
  impactBesides(v: number): { affected: number; total: number; max: number } {
    const own = this.state[v * SLOTS + BEFORE]! - this.state[v * SLOTS + SCORE]!;
    return {
      affected: this.dropped - (own > 0 ? 1 : 0),
      total: own > 0 ? this.total - own : this.total,
      max: this.top1 === v ? this.top2Drop : this.top1Drop,
    };
  }

  /** Sets the score of `u` in the current state, logging the old one and keeping the totals. */
  private setScore(u: number, score: number): void {
    const { state } = this;
    const at = u * SLOTS;
    const old = state[at + SCORE]!;
    const before = state[at + BEFORE]!;
    if (state[at + STAMP] !== this.run) {
      state[at + STAMP] = this.run;
      this.valueLog.push2(u, old);
    }
    state[at + SCORE] = score;
    const drop = before - score;
    if (old === before) this.dropped++;
    this.total += old - score;
    if (u === this.top1) this.top1Drop = drop;
    else if (drop > this.top1Drop) {
      this.top2 = this.top1;
      this.top2Drop = this.top1Drop;
      this.top1 = u;
      this.top1Drop = drop;
    } else if (u === this.top2 || drop > this.top2Drop) {
      this.top2 = u;
      this.top2Drop = drop;
    }
  }

  /** Logs group `g`'s cursor and heap before this failure first changes them; returns its heap. */
  private touchGroup(g: number): number[] {
    let heap = this.heaps[g];
    if (this.groupStamp[g] !== this.run) {
      this.groupStamp[g] = this.run;
      const length = heap === undefined ? 0 : heap.length;
      this.groupLog.push3(g, this.cursor[g]!, length);
      this.heapLog.push(heap);
      if (heap === undefined) heap = [];
      else if (length > 0) heap = heap.slice();
      this.heaps[g] = heap;
    }
    return heap!;
  }

  /** Records that member `d` of group `g` now bounds at `b` (lower than before). */
  private lower(g: number, d: number, b: number): void {
    if (this.depStamp[d] !== this.run) {
      this.depStamp[d] = this.run;
      this.depLog.push3(d, this.isLowered[d]!, this.lowered[d]!);
    }
    this.isLowered[d] = 1;
    this.lowered[d] = b;
    const heap = this.touchGroup(g);
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

  /**
   * The best bound of a small group `g` with the scores known so far, by reading its members; or,
   * as soon as one member's bound reaches `enough` (the dependant's score), that bound.
   */
  private scanGroup(g: number, enough: number): number {
    const { groupStart } = this.chain;
    const { memberTo, memberCriticality, state } = this;
    let best = Number.NEGATIVE_INFINITY;
    for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) {
      best = groupBest(best, bound(memberCriticality[j]!, state[memberTo[j]! * SLOTS + SCORE]!));
      // One member that still holds the dependant up is enough: the group lowers nothing then.
      if (best >= enough) return best;
    }
    return best;
  }

  /**
   * The best bound of group `g` with the bounds known so far: an upper bound of the final one.
   * Only called right after {@link lower} on `g`, so the group is already logged in this failure.
   */
  private groupBound(g: number): number {
    const { ranked, isLowered, cursor, baseBound } = this;
    const end = this.chain.groupStart[g + 1]!;
    let p = cursor[g]!;
    while (p < end && isLowered[ranked[p]!] === 1) p++;
    cursor[g] = p;
    let best = p < end ? baseBound[ranked[p]!]! : Number.NEGATIVE_INFINITY;
    const heap = this.heaps[g]!;
    // Entries superseded by a later, lower bound of the same member are dropped from the top.
    while (heap.length > 0 && heap[0] !== this.lowered[heap[1]!]) this.popTop(heap);
    if (heap.length > 0) best = groupBest(best, heap[0]!);
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
   * Lowers the own score of `failed` to `score`, on top of the failures pushed before, and settles
   * the consequences. Exact: afterwards the state is the greatest solution of the rules with every
   * pushed own score lowered. Undo it with {@link pop}.
   */
  push(failed: number, score: number): void {
    this.levels.push(
      this.valueLog.length,
      this.depLog.length,
      this.groupLog.length,
      this.dropped,
      this.total,
      this.top1,
      this.top1Drop,
      this.top2,
      this.top2Drop,
    );
    this.run++;
    const { state, queue } = this;
    if (score >= state[failed * SLOTS + SCORE]!) return;
    const { inStart, inFrom, inCriticality, inGroup, inDep, inBefore } = this;
    const { groupStart } = this.chain;
    const n = queue.length;
    this.setScore(failed, score);
    let head = 0;
    let size = 1;
    // The failed organisation is taken from the queue before anything else can join it, so it
    // needs no waiting mark.
    queue[0] = failed;
    while (size > 0) {
      const w = queue[head]!;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      const start = inStart[w]!;
      const end = inStart[w + 1]!;
      // No longer waiting, unless it can lower no dependant: that mark stays for good.
      state[w * SLOTS + WAITING] = end > start ? 0 : 1;
      const ew = state[w * SLOTS + SCORE]!;
      for (let i = start; i < end; i++) {
        const u = inFrom[i]!;
        const grp = inGroup[i]!;
        let b = bound(inCriticality[i]!, ew);
        const small = grp < 0 || groupStart[grp + 1]! - groupStart[grp]! <= SCAN_LIMIT;
        // A group's bound is at least its member's, so neither lowers the dependant then; a large
        // group must still learn of its lowered member.
        if (small && b >= inBefore[i]!) continue;
        if (grp >= 0) {
          if (small) b = this.scanGroup(grp, state[u * SLOTS + SCORE]!);
          else {
            this.lower(grp, inDep[i]!, b);
            b = this.groupBound(grp);
          }
        }
        if (b < state[u * SLOTS + SCORE]!) {
          this.setScore(u, b);
          // Only an organisation with dependants that it can lower has a drop to pass on (the others are marked waiting for good).
          if (state[u * SLOTS + WAITING] === 0) {
            state[u * SLOTS + WAITING] = 1;
            let tail = head + size;
            if (tail >= n) tail -= n;
            queue[tail] = u;
            size++;
          }
        }
      }
    }
  }

  /** Undoes the failure pushed last: the state is again exactly what it was before that push. */
  pop(): void {
    const { levels, valueLog, depLog, groupLog, heapLog, state, isLowered, lowered, cursor, heaps } = this;
    const at = levels.length - LEVEL;
    if (at < 0) throw new Error('FailureSolver.pop: no failure to undo');
    const values = levels[at]!;
    const deps = levels[at + 1]!;
    const groups = levels[at + 2]!;
    const vl = valueLog.data;
    for (let k = valueLog.length - 2; k >= values; k -= 2) state[vl[k]! * SLOTS + SCORE] = vl[k + 1]!;
    valueLog.length = values;
    const dl = depLog.data;
    for (let k = depLog.length - 3; k >= deps; k -= 3) {
      isLowered[dl[k]!] = dl[k + 1]!;
      lowered[dl[k]!] = dl[k + 2]!;
    }
    depLog.length = deps;
    const gl = groupLog.data;
    for (let k = groupLog.length - 3, h = heapLog.length - 1; k >= groups; k -= 3, h--) {
      const g = gl[k]!;
      cursor[g] = gl[k + 1]!;
      const before = heapLog[h];
      // An empty heap was reused rather than copied: emptying it restores it.
      if (gl[k + 2] === 0) {
        heaps[g]!.length = 0;
        if (before !== undefined) heaps[g] = before;
      } else heaps[g] = before;
    }
    groupLog.length = groups;
    heapLog.length = groups / 3;
    this.dropped = levels[at + 3]!;
    this.total = levels[at + 4]!;
    this.top1 = levels[at + 5]!;
    this.top1Drop = levels[at + 6]!;
    this.top2 = levels[at + 7]!;
    this.top2Drop = levels[at + 8]!;
    levels.length = at;
  }
}
