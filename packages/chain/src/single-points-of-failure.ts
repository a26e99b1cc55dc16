import { LshValidationError } from '@lsh-cyber/schema';
import type { ChainInput } from './compile-chain.js';
import type { CompiledChain } from './compiled-chain.js';
import { FailureSolver } from './failure-solver.js';
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
}

/**
 * Single points of failure: for every organisation, what happens to the others when it fails
 * (its own score drops to 0) — how many effective scores drop, by how much in total and at most —
 * and the dependencies that have no alternative, with what their supplier's failure costs.
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
  if (!Number.isInteger(minAffected) || minAffected < 1)
    issues.push({ path: 'minAffected', message: 'must be a whole number of at least 1' });
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    issues.push({ path: 'limit', message: 'must be a whole number of at least 0' });
  }
  if (issues.length > 0) throw new LshValidationError('SinglePointsOfFailureOptions', issues);

  const result = input instanceof PropagationResult ? input : propagate(input, options);
  const { chain } = result;
  const { effective } = result.solution;
  const { ids, size, inStart, inFrom, inDep, depGroup, depCriticality, groupStart } = chain;
  const solver = new FailureSolver(chain, effective);
  // Collected as numbers and sorted by index, so that only the reported entries become objects.
  const affected = new Int32Array(size);
  const totalDrop = new Float64Array(size);
  const maxDrop = new Float64Array(size);
  const depDrop = new Float64Array(chain.dependencies);
  // Per incoming dependency: whether it has no alternative (and a criticality above 0).
  const alone = new Uint8Array(inDep.length);
  let withoutAlternative = 0;
  for (let i = 0; i < inDep.length; i++) {
    const d = inDep[i]!;
    const g = depGroup[d]!;
    if (depCriticality[d] === 0 || (g >= 0 && groupStart[g + 1]! - groupStart[g]! > 1)) continue;
    alone[i] = 1;
    withoutAlternative++;
  }
  const record = (v: number) => {
    // Dependencies without alternative on v: what v's failure costs their dependant.
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      if (alone[i] === 0) continue;
      const u = inFrom[i]!;
      const drop = effective[u]! - solver.scoreOf(u);
      if (drop > 0) depDrop[inDep[i]!] = drop;
    }
    const impact = solver.impactBesides(v);
    affected[v] = impact.affected;
    totalDrop[v] = impact.total;
    maxDrop[v] = impact.max;
  };
  const { childStart, children, roots } = failureForest(chain);
  // Depth-first over the forest: each failure is settled on top of its parent's, then undone.
  const stackNode = new Int32Array(size);
  const stackNext = new Int32Array(size);
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    solver.push(root, 0);
    record(root);
    let top = 0;
    stackNode[0] = root;
    stackNext[0] = childStart[root]!;
    while (top >= 0) {
      const x = stackNode[top]!;
      if (stackNext[top]! < childStart[x + 1]!) {
        const child = children[stackNext[top]!++]!;
        solver.push(child, 0);
        record(child);
        top++;
        stackNode[top] = child;
        stackNext[top] = childStart[child]!;
      } else {
        solver.pop();
        top--;
      }
    }
  }
  const failing: number[] = [];
  for (let v = 0; v < size; v++) if (affected[v]! >= minAffected) failing.push(v);
  // Most affected first, then the largest total drop, then chain order: two stable passes.
  const counts = Float64Array.from(affected);
  const ranked = sortByKeyDescending(sortByKeyDescending(Int32Array.from(failing), totalDrop), counts);
  const organisations: FailureImpact[] = Array.from(ranked.subarray(0, Math.min(ranked.length, limit)), (v) => ({
    id: ids[v]!,
    affected: affected[v]!,
    totalDrop: totalDrop[v]!,
    maxDrop: maxDrop[v]!,
  }));
  let soleCount = 0;
  for (let d = 0; d < depDrop.length; d++) if (depDrop[d]! > 0) soleCount++;
  const sole = new Int32Array(soleCount);
  for (let d = 0, k = 0; d < depDrop.length; d++) if (depDrop[d]! > 0) sole[k++] = d;
  const bySize = sortByKeyDescending(sole, depDrop);
  const dependencies: SoleDependency[] = Array.from(bySize.subarray(0, Math.min(bySize.length, limit)), (d) => ({
    from: ids[chain.depFrom[d]!]!,
    to: ids[chain.depTo[d]!]!,
    criticality: depCriticality[d]!,
    drop: depDrop[d]!,
  }));
  return { organisations, dependencies, withoutAlternative };
}

/**
 * The tree of failures that single points of failure are settled in. When `x` depends on `v`
 * through a dependency without alternative and of criticality 1, `v`'s failure puts `x` at 0, so
 * the state after `v` fails is also the state after both fail: `v` can be settled on top of `x`'s
 * failure, paying only for what it changes beyond it. Each organisation gets at most one such `x`
 * as its parent: the one whose failure likely reaches furthest, by the number of chains of
 * dependants of up to {@link REACH_STEPS} steps that end in it. Links that would close a loop are
 * left out (union-find), and the organisations without a parent are the roots.
 */
/** Rounds of the reach estimate that picks each organisation's parent; three did best on generated national chains. */
const REACH_STEPS = 3;

function failureForest(chain: CompiledChain): { childStart: Int32Array; children: Int32Array; roots: Int32Array } {
  const { size, inStart, inFrom, inGroup, inCriticality } = chain;
  const parent = new Int32Array(size).fill(-1);
  // Union-find whose representative is always the root of the tree.
  const rep = new Int32Array(size);
  for (let v = 0; v < size; v++) rep[v] = v;
  const find = (v: number): number => {
    let r = v;
    while (rep[r] !== r) r = rep[r]!;
    while (rep[v] !== r) {
      const next = rep[v]!;
      rep[v] = r;
      v = next;
    }
    return r;
  };
  // How far a failure of each organisation may reach, estimated by the number of walks of up to
  // REACH_STEPS dependencies that lead to it (a few rounds of summing the dependants' counts).
  let reach = new Float64Array(size).fill(1);
  for (let step = 0; step < REACH_STEPS; step++) {
    const next = new Float64Array(size);
    for (let x = 0; x < size; x++) {
      let sum = 1;
      for (let i = inStart[x]!; i < inStart[x + 1]!; i++) sum += reach[inFrom[i]!]!;
      next[x] = sum;
    }
    reach = next;
  }
  const childCount = new Int32Array(size + 1);
  for (let v = 0; v < size; v++) {
    let best = -1;
    let bestDependants = -1;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      if (inGroup[i]! >= 0 || inCriticality[i] !== 1) continue;
      const x = inFrom[i]!;
      const dependants = reach[x]!;
      if (dependants > bestDependants && find(x) !== v) {
        best = x;
        bestDependants = dependants;
      }
    }
    if (best >= 0) {
      parent[v] = best;
      rep[v] = find(best);
      childCount[best]!++;
    }
  }
  const childStart = new Int32Array(size + 1);
  for (let v = 0; v < size; v++) childStart[v + 1] = childStart[v]! + childCount[v]!;
  const fill = childStart.slice(0, size);
  const children = new Int32Array(childStart[size]!);
  let rootCount = 0;
  for (let v = 0; v < size; v++) {
    if (parent[v]! >= 0) children[fill[parent[v]!]!++] = v;
    else rootCount++;
  }
  const roots = new Int32Array(rootCount);
  for (let v = 0, k = 0; v < size; v++) if (parent[v]! < 0) roots[k++] = v;
  return { childStart, children, roots };
}
