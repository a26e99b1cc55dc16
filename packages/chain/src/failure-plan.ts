import { LshValidationError, type ValidationIssue } from '@lsh-cyber/schema';
import { type FailureBasis, failureBasis } from './failure-basis.js';
import { type FailureForest, failureForest } from './failure-forest.js';
import { type FailureChain, FailureSolver } from './failure-solver.js';
import type { PropagationResult } from './result.js';

/**
 * The work of {@link singlePointsOfFailure} laid out in typed arrays: the chain as the failure
 * solver reads it, the forest of failures, and the figures the settled failures write. Threads
 * share it when it is made with `shared: true`: each calls {@link settleFailures} on its own
 * copy of the object (from `postMessage`), and the trees of the forest are divided between them as
 * they go. Every figure is written by the one call that settles its organisation, so the outcome
 * is the same however the trees were divided.
 */
export interface FailurePlan {
  /** The chain's parts that failures are settled with. */
  readonly chain: FailureChain;
  /** Effective scores before any failure. */
  readonly effective: Float64Array;
  /** Per incoming dependency (laid out like the chain's `in*` arrays): 1 when it has no alternative and a criticality above 0. */
  readonly alone: Uint8Array;
  /** How many dependencies have no alternative and a criticality above 0. */
  readonly withoutAlternative: number;
  /** The forest the failures are settled in, each on top of its parent's state. */
  readonly forest: FailureForest;
  /** What settling reads besides the chain (which dependencies can lower anything, the groups' rankings). */
  readonly basis: FailureBasis;
  /** Per organisation: how many others drop when it fails, the sum of their drops, the largest. */
  readonly affected: Int32Array;
  readonly totalDrop: Float64Array;
  readonly maxDrop: Float64Array;
  /** Per dependency without alternative: how much its dependant drops when its supplier fails (else 0). */
  readonly depDrop: Float64Array;
  /** Two counters: the next tree to take (position in `forest.roots`), and how many trees are settled. */
  readonly progress: Int32Array;
}

/** Options of {@link planFailures}. */
export interface PlanFailuresOptions {
  /**
   * Put every array in a `SharedArrayBuffer`, so that worker threads given the plan (by
   * `postMessage`) settle parts of it in the same memory; default false (the chain's own arrays
   * are used, nothing is copied).
   */
  shared?: boolean;
  /**
   * The chain's forest of failures, when another thread has made it meanwhile with
   * `failureForest` from this chain's arrays and scores; default: made in this call.
   */
  forest?: FailureForest;
  /**
   * The chain's {@link FailureBasis}, when another thread has made it meanwhile with
   * `failureBasis` from this chain's arrays and these scores; default: made in this call.
   */
  basis?: FailureBasis;
}

type Numbers = Int32Array | Float64Array | Uint8Array;

/** `array` itself (also when it is in shared memory already, as a compiled chain's arrays are), or a copy of it in shared memory. */
function placed<T extends Numbers>(array: T, shared: boolean): T {
  if (!shared || (typeof SharedArrayBuffer === 'function' && array.buffer instanceof SharedArrayBuffer)) return array;
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.length * array.BYTES_PER_ELEMENT));
  copy.set(array as never);
  return copy;
}

/** A zero-filled array of `length` numbers, in shared memory if asked. */
function zeros<T extends Numbers>(
  Kind: { new (buffer: ArrayBuffer | SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  length: number,
  shared: boolean,
): T {
  const Buffer = shared ? SharedArrayBuffer : ArrayBuffer;
  return new Kind(new Buffer(length * Kind.BYTES_PER_ELEMENT));
}

type NumbersKind = typeof Int32Array | typeof Float64Array | typeof Uint8Array;

/** The problem with `value` when it is not a `Kind` of `length` entries (of any length when `length` is undefined). */
function arrayIssue(path: string, value: unknown, Kind: NumbersKind, length: number | undefined): ValidationIssue[] {
  if (!(value instanceof Kind)) return [{ path, message: `must be a ${Kind.name}` }];
  if (length !== undefined && (value as Numbers).length !== length)
    return [{ path, message: `must have ${length} entries, not ${(value as Numbers).length}` }];
  return [];
}

/** Problems with the kinds and lengths of a forest's arrays, for its own number of nodes; paths start with `at`. */
function forestArrayIssues(forest: FailureForest, at: string): ValidationIssue[] {
  const { nodes } = forest;
  return [
    ...arrayIssue(`${at}.org`, forest.org, Int32Array, nodes),
    ...arrayIssue(`${at}.lowerTo`, forest.lowerTo, Float64Array, nodes),
    ...arrayIssue(`${at}.childStart`, forest.childStart, Int32Array, nodes + 1),
    ...arrayIssue(`${at}.children`, forest.children, Int32Array, undefined),
    ...arrayIssue(`${at}.roots`, forest.roots, Int32Array, undefined),
  ];
}

/**
 * Problems with the kinds and lengths of a basis's arrays, for a chain of `size` organisations,
 * `dependencies` dependencies and `members` OR-group members (unchecked when undefined); paths
 * start with `at`.
 */
function basisArrayIssues(
  basis: FailureBasis,
  at: string,
  { size, dependencies, members }: { size: number; dependencies: number; members: number | undefined },
): ValidationIssue[] {
  // The incoming dependencies that can lower anything: their arrays all have inFrom's length.
  const kept = basis.inFrom instanceof Int32Array ? basis.inFrom.length : undefined;
  return [
    ...arrayIssue(`${at}.effective`, basis.effective, Float64Array, size),
    ...arrayIssue(`${at}.inStart`, basis.inStart, Int32Array, size + 1),
    ...arrayIssue(`${at}.inFrom`, basis.inFrom, Int32Array, undefined),
    ...arrayIssue(`${at}.inCriticality`, basis.inCriticality, Float64Array, kept),
    ...arrayIssue(`${at}.inGroup`, basis.inGroup, Int32Array, kept),
    ...arrayIssue(`${at}.inDep`, basis.inDep, Int32Array, kept),
    ...arrayIssue(`${at}.inBefore`, basis.inBefore, Float64Array, kept),
    ...arrayIssue(`${at}.baseBound`, basis.baseBound, Float64Array, dependencies),
    ...arrayIssue(`${at}.ranked`, basis.ranked, Int32Array, members),
    ...arrayIssue(`${at}.memberTo`, basis.memberTo, Int32Array, members),
    ...arrayIssue(`${at}.memberCriticality`, basis.memberCriticality, Float64Array, members),
  ];
}

/**
 * Problems with a forest given to {@link planFailures}: it must have the shape `failureForest`
 * gives this chain (a node per organisation first, each organisation's own failure at 0), and every
 * node must be in exactly one tree (reached once from the roots), so that each figure is written
 * once and no walk runs in a loop. Linear in the size of the forest.
 */
function givenForestIssues(forest: FailureForest | undefined, size: number): ValidationIssue[] {
  if (forest === undefined) return [];
  const refused = [{ path: 'forest', message: "must be the chain's forest of failures (made by failureForest from its arrays)" }];
  if (typeof forest !== 'object' || forest === null) return refused;
  const { nodes, org, lowerTo, childStart, children, roots } = forest;
  if (
    !Number.isInteger(nodes) ||
    nodes < size ||
    forestArrayIssues(forest, 'forest').length > 0 ||
    children.length + roots.length !== nodes ||
    childStart[0] !== 0 ||
    childStart[nodes] !== children.length
  ) {
    return refused;
  }
  for (let v = 0; v < nodes; v++) {
    if (childStart[v + 1]! < childStart[v]! || org[v]! < 0 || org[v]! >= size || (v < size && (org[v] !== v || lowerTo[v] !== 0)))
      return refused;
  }
  const seen = new Uint8Array(nodes);
  const stack: number[] = [];
  for (let k = 0; k < roots.length; k++) stack.push(roots[k]!);
  let reached = 0;
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v < 0 || v >= nodes || seen[v] === 1) return refused;
    seen[v] = 1;
    reached++;
    for (let j = childStart[v]!; j < childStart[v + 1]!; j++) stack.push(children[j]!);
  }
  return reached === nodes ? [] : refused;
}

/** Problems with a basis given to {@link planFailures}: it must be made from this chain's arrays and these scores. */
function givenBasisIssues(basis: FailureBasis | undefined, chain: FailureChain, effective: Float64Array): ValidationIssue[] {
  if (basis === undefined) return [];
  const refused = [{ path: 'basis', message: "must be the chain's failure basis (made by failureBasis from its arrays and these scores)" }];
  if (typeof basis !== 'object' || basis === null) return refused;
  const sizes = { size: chain.size, dependencies: chain.dependencies, members: chain.groupMembers.length };
  if (
    basisArrayIssues(basis, 'basis', sizes).length > 0 ||
    basis.inFrom.length > chain.inFrom.length ||
    basis.inStart[chain.size] !== basis.inFrom.length
  ) {
    return refused;
  }
  // Scores of another propagation (say, with another unknownScore) would give wrong figures.
  for (let v = 0; v < chain.size; v++) if (!Object.is(basis.effective[v], effective[v])) return refused;
  return [];
}

/**
 * Prepares the single-points-of-failure analysis of a propagated chain: the forest of failures
 * (docs/propagation.md, "Failures nest") and room for every figure. Nothing is settled yet: call
 * {@link settleFailures} (in one thread or several), then `singlePointsOfFailure(result, { plan })`.
 * Linear in the size of the chain.
 */
export function planFailures(result: PropagationResult, options: PlanFailuresOptions = {}): FailurePlan {
  const shared = options.shared === true;
  const { chain } = result;
  const { effective } = result.solution;
  const { size, dependencies, groups, inStart, inFrom, inDep, inGroup, inCriticality, depGroup, depCriticality, groupStart } = chain;
  const alone = zeros(Uint8Array, inDep.length, shared);
  let withoutAlternative = 0;
  // Read in the order of the incoming arrays (`inGroup` is -1 unless the group has two or more
  // members): no random access into the per-dependency arrays.
  for (let i = 0; i < inDep.length; i++) {
    if (inCriticality[i] === 0 || inGroup[i]! >= 0) continue;
    alone[i] = 1;
    withoutAlternative++;
  }
  const issues = [...givenForestIssues(options.forest, size), ...givenBasisIssues(options.basis, chain, effective)];
  if (issues.length > 0) throw new LshValidationError('PlanFailuresOptions', issues);
  const forest = options.forest ?? failureForest(chain, effective);
  const basis = options.basis ?? failureBasis(chain, effective);
  return {
    chain: {
      size,
      dependencies,
      groups,
      inStart: placed(inStart, shared),
      inFrom: placed(inFrom, shared),
      inCriticality: placed(inCriticality, shared),
      inGroup: placed(inGroup, shared),
      inDep: placed(inDep, shared),
      groupStart: placed(groupStart, shared),
      groupMembers: placed(chain.groupMembers, shared),
      depCriticality: placed(depCriticality, shared),
      depTo: placed(chain.depTo, shared),
      depGroup: placed(depGroup, shared),
    },
    effective: placed(effective, shared),
    alone,
    withoutAlternative,
    forest: {
      nodes: forest.nodes,
      org: placed(forest.org, shared),
      lowerTo: placed(forest.lowerTo, shared),
      childStart: placed(forest.childStart, shared),
      children: placed(forest.children, shared),
      roots: placed(forest.roots, shared),
    },
    basis: {
      effective: placed(basis.effective, shared),
      inStart: placed(basis.inStart, shared),
      inFrom: placed(basis.inFrom, shared),
      inCriticality: placed(basis.inCriticality, shared),
      inGroup: placed(basis.inGroup, shared),
      inDep: placed(basis.inDep, shared),
      inBefore: placed(basis.inBefore, shared),
      baseBound: placed(basis.baseBound, shared),
      ranked: placed(basis.ranked, shared),
      memberTo: placed(basis.memberTo, shared),
      memberCriticality: placed(basis.memberCriticality, shared),
    },
    affected: zeros(Int32Array, size, shared),
    totalDrop: zeros(Float64Array, size, shared),
    maxDrop: zeros(Float64Array, size, shared),
    depDrop: zeros(Float64Array, dependencies, shared),
    progress: zeros(Int32Array, 2, shared),
  };
}

/** Options of {@link settleFailures}. */
export interface SettleFailuresOptions {
  /** Settle at most this many trees of the forest, then return (to report progress, or to give way); default: all that are left. */
  limit?: number;
}

/** Problems with a plan that did not come from {@link planFailures} intact (e.g. a hand-made or truncated copy). */
function planIssues(plan: FailurePlan): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (path: string, value: unknown, Kind: NumbersKind, length: number | undefined) => {
    issues.push(...arrayIssue(path, value, Kind, length));
  };
  const { chain, forest } = plan ?? {};
  if (typeof chain !== 'object' || chain === null || typeof forest !== 'object' || forest === null) {
    return [{ path: '', message: 'must be a plan made by planFailures' }];
  }
  const { size, dependencies, groups } = chain;
  for (const [key, value] of Object.entries({ size, dependencies, groups, nodes: forest.nodes })) {
    if (!Number.isInteger(value) || (value as number) < 0)
      issues.push({ path: key === 'nodes' ? 'forest.nodes' : `chain.${key}`, message: 'must be a whole number of at least 0' });
  }
  if (issues.length > 0) return issues;
  const incoming = chain.inFrom instanceof Int32Array ? chain.inFrom.length : undefined;
  check('chain.inStart', chain.inStart, Int32Array, size + 1);
  check('chain.inFrom', chain.inFrom, Int32Array, undefined);
  check('chain.inCriticality', chain.inCriticality, Float64Array, incoming);
  check('chain.inGroup', chain.inGroup, Int32Array, incoming);
  check('chain.inDep', chain.inDep, Int32Array, incoming);
  check('chain.groupStart', chain.groupStart, Int32Array, groups + 1);
  check('chain.groupMembers', chain.groupMembers, Int32Array, undefined);
  check('chain.depCriticality', chain.depCriticality, Float64Array, dependencies);
  check('chain.depTo', chain.depTo, Int32Array, dependencies);
  check('chain.depGroup', chain.depGroup, Int32Array, dependencies);
  check('effective', plan.effective, Float64Array, size);
  check('alone', plan.alone, Uint8Array, incoming);
  issues.push(...forestArrayIssues(forest, 'forest'));
  check('affected', plan.affected, Int32Array, size);
  check('totalDrop', plan.totalDrop, Float64Array, size);
  check('maxDrop', plan.maxDrop, Float64Array, size);
  check('depDrop', plan.depDrop, Float64Array, dependencies);
  check('progress', plan.progress, Int32Array, 2);
  const { basis } = plan;
  if (typeof basis !== 'object' || basis === null) {
    issues.push({ path: 'basis', message: 'must be the basis planFailures made' });
    return issues;
  }
  const members = chain.groupMembers instanceof Int32Array ? chain.groupMembers.length : undefined;
  issues.push(...basisArrayIssues(basis, 'basis', { size, dependencies, members }));
  return issues;
}

/**
 * Settles the failures of a {@link FailurePlan}, tree by tree of its forest, and writes their
 * figures into the plan. Several threads may call it at once on copies of a shared plan: each
 * takes the next tree that nobody has taken (an atomic counter), so the trees are divided as
 * the threads go and each figure is written once. Returns how many trees this call settled.
 *
 * Each call prepares its own failure solver (linear in the size of the chain), so slices made
 * with `limit` should be large.
 *
 * @throws LshValidationError when the plan is not one that {@link planFailures} made.
 */
export function settleFailures(plan: FailurePlan, options: SettleFailuresOptions = {}): number {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const issues = planIssues(plan);
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    issues.push({ path: 'limit', message: 'must be a whole number of at least 0' });
  }
  if (issues.length > 0) throw new LshValidationError('FailurePlan', issues);
  const { chain, effective, alone, forest, affected, totalDrop, maxDrop, depDrop, progress } = plan;
  const { childStart, children, roots, org, lowerTo } = forest;
  if (limit === 0 || Atomics.load(progress, 0) >= roots.length) return 0;
  const { size, inStart, inFrom, inDep } = chain;
  const solver = new FailureSolver(chain, effective, plan.basis);
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
  // Nodes from `size` on are the forest's intermediate states: settled, but not reported.
  const settle = (node: number) => {
    solver.push(org[node]!, lowerTo[node]!);
    if (node < size) record(node);
  };
  const stackNode = new Int32Array(forest.nodes);
  const stackNext = new Int32Array(forest.nodes);
  let settled = 0;
  while (settled < limit) {
    const r = Atomics.add(progress, 0, 1);
    if (r >= roots.length) break;
    // Depth-first over the tree: each failure is settled on top of its parent's, then undone.
    const root = roots[r]!;
    settle(root);
    let top = 0;
    stackNode[0] = root;
    stackNext[0] = childStart[root]!;
    while (top >= 0) {
      const x = stackNode[top]!;
      if (stackNext[top]! < childStart[x + 1]!) {
        const child = children[stackNext[top]!++]!;
        settle(child);
        top++;
        stackNode[top] = child;
        stackNext[top] = childStart[child]!;
      } else {
        solver.pop();
        top--;
      }
    }
    settled++;
    Atomics.add(progress, 1, 1);
  }
  return settled;
}
