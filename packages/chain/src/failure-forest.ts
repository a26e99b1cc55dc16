import { type CompiledChain, chainMemory } from './compiled-chain.js';
import { floorOf } from './rule.js';

/** Rounds of the reach estimate that picks each organisation's parent. */
const REACH_STEPS = 3;

/**
 * How much less an intermediate state at β promises than a failure: ((100 − β) / 100) to this
 * power. Settling through an intermediate state pays twice for the part both change, so it must
 * promise much more; 8 did best on generated chains of 200,000 and 1,000,000 organisations.
 */
const CAPPED_WEIGHT = 8;

/** The forest single points of failure are settled in; see {@link failureForest}. */
export interface FailureForest {
  /** Number of nodes: the organisations' failures (node `v` < size is organisation `v` at 0), then the intermediate states. */
  nodes: number;
  /** Per node: the organisation whose own score it lowers, and to what. */
  org: Int32Array;
  lowerTo: Float64Array;
  /** Children of each node, node after node (`childStart` has `nodes + 1` entries). */
  childStart: Int32Array;
  children: Int32Array;
  /** The nodes without parent, each the top of a tree settled on its own: the last node first. */
  roots: Int32Array;
}

/** The chain's arrays {@link failureStructure} reads. */
export type StructureChain = Pick<CompiledChain, 'size' | 'inStart' | 'inFrom' | 'inGroup' | 'inCriticality'>;

/**
 * What the forest of failures takes from the chain's structure alone, before any score is known
 * (so another thread can work it out while the chain propagates): each organisation's reach
 * estimate, and the strongly connected components of the forcing graph.
 */
export interface FailureStructure {
  /** Per organisation: the number of chains of up to three dependants that end in it. */
  reach: Float64Array;
  /** Per organisation: its forcing component, numbered as Tarjan's algorithm finds them. */
  component: Int32Array;
  /** How many forcing components there are. */
  components: number;
  /** The organisations component by component, in that order. */
  order: Int32Array;
}

/**
 * The structure the forest of failures is built on (see {@link failureForest}): linear in the size
 * of the chain, and independent of its scores. Its arrays are in shared memory where the platform
 * has it, so a worker thread can make it and hand it back without a copy.
 */
export function failureStructure(chain: StructureChain): FailureStructure {
  const { size, inStart, inFrom, inGroup, inCriticality } = chain;
  // How far a failure of each organisation may reach: the number of walks of up to REACH_STEPS
  // dependencies that lead to it (a few rounds of summing the dependants' counts).
  let reach = new Float64Array(size).fill(1);
  for (let step = 0; step < REACH_STEPS; step++) {
    const next = new Float64Array(step === REACH_STEPS - 1 ? chainMemory(size * 8) : new ArrayBuffer(size * 8));
    for (let x = 0; x < size; x++) {
      let sum = 1;
      for (let i = inStart[x]!; i < inStart[x + 1]!; i++) sum += reach[inFrom[i]!]!;
      next[x] = sum;
    }
    reach = next;
  }
  const forces = (i: number) => inGroup[i]! < 0 && inCriticality[i] === 1;
  return { reach, ...forcingComponents(size, inStart, inFrom, forces) };
}

/**
 * The forest of failures that single points of failure are settled in, each node on top of its
 * parent's state (docs/propagation.md, "Failures nest").
 *
 * When `x` depends on `m` through a dependency without alternative and of criticality `c`, `m`'s
 * failure caps `x` at `floorOf(c)` (0 when `c` = 1: "`m` forces `x`"). A state may nest on any
 * state whose lowered own scores it already satisfies: then it is also the state with both sets
 * lowered. So:
 * - Organisations that force each other (a strongly connected component of the forcing graph,
 *   Tarjan's algorithm) all have the same state: the component's first member (its head) is
 *   settled, and the others hang below it at no cost.
 * - A head hangs below the head of a component it forces (at 0), or below an intermediate state
 *   "the head of component D lowered to β" when one of its members is capped at β = floorOf(c) by
 *   a dependency of criticality `c` < 1 from a member of D (D then lies at or below β: its members
 *   force each other with criticality 1). It takes the candidate whose failure likely reaches
 *   furthest: the estimate of a component is the number of chains of up to {@link REACH_STEPS}
 *   dependants that end in one of its members, at least that of every component it forces, and an
 *   intermediate state at β counts ((100 − β)/100)^{@link CAPPED_WEIGHT} of its component's estimate.
 * - An intermediate state "head of D at β" hangs below "head of D' at β" when D forces D' (what
 *   D's parent is at 0), for the same reason; it is made only when some head uses it, once.
 * Tarjan's algorithm lists each component after every component it forces, so one pass in that
 * order gives every estimate and forcing parent and a second pass picks each head's parent;
 * parents come from components listed earlier or are intermediate states, which never hang below
 * an organisation's failure: no loops.
 *
 * `effective` are the scores before any failure: they only decide which caps lower anything, so
 * which forest is built changes the work, never the figures. Linear in the size of the chain;
 * `structure` is made here unless given. `planFailures` makes the forest unless another thread
 * made it meanwhile: its arrays are in shared memory where the platform has it.
 */
export function failureForest(
  chain: StructureChain,
  effective: Float64Array,
  structure: FailureStructure = failureStructure(chain),
): FailureForest {
  const { size, inStart, inFrom, inGroup, inCriticality } = chain;
  const forces = (i: number) => inGroup[i]! < 0 && inCriticality[i] === 1;
  const { reach, component, components, order } = structure;
  const estimate = new Float64Array(components);
  const head = new Int32Array(components);
  /** Per component: the component its head hangs below at 0, or -1. */
  const forced = new Int32Array(components).fill(-1);
  // Per node: organisation, the score it is lowered to, parent. Nodes from `size` on are made as
  // needed. `org` and `lowerTo` are handed back (as views of their first `nodes` entries), so they
  // live in shared memory from the start: no copy at the end.
  let org = new Int32Array(chainMemory((size + 1024) * 4));
  let lowerTo = new Float64Array(chainMemory((size + 1024) * 8));
  let parent = new Int32Array(size + 1024).fill(-1);
  for (let v = 0; v < size; v++) org[v] = v;
  let nodes = size;
  /** Intermediate states by level, then component → node (numbers as keys: no key strings to build). */
  const intermediate = new Map<number, Map<number, number>>();
  const addNode = (organisation: number, level: number, above: number): number => {
    if (nodes === org.length) {
      // Half as much again: amortised linear, and the views handed back waste at most a third.
      const bigger = org.length + (org.length >> 1);
      const o = new Int32Array(chainMemory(bigger * 4));
      o.set(org);
      org = o;
      const l = new Float64Array(chainMemory(bigger * 8));
      l.set(lowerTo);
      lowerTo = l;
      const p = new Int32Array(bigger).fill(-1);
      p.set(parent);
      parent = p;
    }
    org[nodes] = organisation;
    lowerTo[nodes] = level;
    parent[nodes] = above;
    return nodes++;
  };
  const missing: number[] = [];
  /** The node "head of component `d` at `level`", made with the states it hangs below if need be. */
  const intermediateNode = (d: number, level: number): number => {
    // Follow the forced components up to one whose state at this level exists (or the top), then
    // make the missing ones from the top down, each below the one before: no recursion, as the
    // chain of forced components may be as long as the chain.
    missing.length = 0;
    let above = -1;
    let atLevel = intermediate.get(level);
    if (atLevel === undefined) intermediate.set(level, (atLevel = new Map()));
    for (let c = d; c >= 0; c = forced[c]!) {
      const known = atLevel.get(c);
      if (known !== undefined) {
        above = known;
        break;
      }
      missing.push(c);
    }
    for (let k = missing.length - 1; k >= 0; k--) {
      const c = missing[k]!;
      above = addNode(head[c]!, level, above);
      atLevel.set(c, above);
    }
    return above;
  };
  // `order` lists the organisations component by component, in the order Tarjan found them.
  const start = new Int32Array(components + 1);
  for (let k = 0; k < size; k++) start[component[order[k]!]! + 1]!++;
  for (let c = 0; c < components; c++) start[c + 1]! += start[c]!;
  // First the estimates and the forcing parents, in that order (every forced component first).
  for (let c = 0; c < components; c++) {
    let best = -1;
    let bestEstimate = Number.NEGATIVE_INFINITY;
    let own = Number.NEGATIVE_INFINITY;
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const v = order[k]!;
      own = Math.max(own, reach[v]!);
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        if (!forces(i)) continue;
        const d = component[inFrom[i]!]!;
        if (d !== c && estimate[d]! > bestEstimate) {
          best = d;
          bestEstimate = estimate[d]!;
        }
      }
    }
    estimate[c] = Math.max(own, bestEstimate);
    head[c] = order[start[c]!]!;
    forced[c] = best;
  }
  // Then each head's parent: the forced component's head, or an intermediate state if that promises more.
  for (let c = 0; c < components; c++) {
    const first = head[c]!;
    const best = forced[c]!;
    const bestEstimate = best >= 0 ? estimate[best]! : Number.NEGATIVE_INFINITY;
    let capped = -1;
    let cappedLevel = 0;
    let cappedEstimate = bestEstimate;
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const v = order[k]!;
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        const criticality = inCriticality[i]!;
        if (inGroup[i]! >= 0 || criticality === 1) continue;
        const x = inFrom[i]!;
        const level = floorOf(criticality);
        // A cap at or above x's score lowers nothing there.
        if (level >= effective[x]!) continue;
        const d = component[x]!;
        // The weight is at most 1: a component that does not promise more as a failure cannot win.
        if (estimate[d]! <= cappedEstimate) continue;
        const guess = estimate[d]! * ((100 - level) / 100) ** CAPPED_WEIGHT;
        if (guess > cappedEstimate) {
          capped = d;
          cappedLevel = level;
          cappedEstimate = guess;
        }
      }
    }
    if (capped >= 0) parent[first] = intermediateNode(capped, cappedLevel);
    else if (best >= 0) parent[first] = head[best]!;
    for (let k = start[c]! + 1; k < start[c + 1]!; k++) parent[order[k]!] = first;
  }
  const childCount = new Int32Array(nodes);
  let rootCount = 0;
  for (let v = 0; v < nodes; v++) {
    if (parent[v]! >= 0) childCount[parent[v]!]!++;
    else rootCount++;
  }
  // The arrays handed back are in shared memory where the platform has it, so that a worker
  // thread can make the forest and hand it back without a copy.
  const childStart = new Int32Array(chainMemory((nodes + 1) * 4));
  for (let v = 0; v < nodes; v++) childStart[v + 1] = childStart[v]! + childCount[v]!;
  const fill = childStart.slice(0, nodes);
  const children = new Int32Array(chainMemory(childStart[nodes]! * 4));
  const roots = new Int32Array(chainMemory(rootCount * 4));
  // Roots from the last node down: intermediate states first, as their trees tend to be the
  // largest, so that threads sharing the trees (settleFailures) run out of work at about one time.
  for (let v = 0, k = rootCount; v < nodes; v++) {
    if (parent[v]! >= 0) children[fill[parent[v]!]!++] = v;
    else roots[--k] = v;
  }
  return { nodes, org: org.subarray(0, nodes), lowerTo: lowerTo.subarray(0, nodes), childStart, children, roots };
}

/**
 * The strongly connected components of the forcing graph (an edge from `v` to the dependant of
 * each incoming dependency `i` of `v` with `forces(i)`), by Tarjan's algorithm without recursion.
 * `component[v]` numbers them in the order found, which lists a component after every component
 * it reaches; `order` holds the organisations component by component in that order.
 */
function forcingComponents(
  size: number,
  inStart: Int32Array,
  inFrom: Int32Array,
  forces: (i: number) => boolean,
): { component: Int32Array; components: number; order: Int32Array } {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  const component = new Int32Array(chainMemory(size * 4));
  const order = new Int32Array(chainMemory(size * 4));
  let next = 0;
  let sp = 0;
  let components = 0;
  let placed = 0;
  for (let s = 0; s < size; s++) {
    if (index[s] !== -1) continue;
    let cp = 0;
    index[s] = low[s] = next++;
    stack[sp++] = s;
    onStack[s] = 1;
    callNode[cp] = s;
    callEdge[cp++] = inStart[s]!;
    while (cp > 0) {
      const v = callNode[cp - 1]!;
      const i = callEdge[cp - 1]!;
      if (i < inStart[v + 1]!) {
        callEdge[cp - 1] = i + 1;
        if (!forces(i)) continue;
        const w = inFrom[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[cp] = w;
          callEdge[cp++] = inStart[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      cp--;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = components;
          order[placed++] = w;
        } while (w !== v);
        components++;
      }
      if (cp > 0) {
        const u = callNode[cp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  return { component, components, order };
}
