import { chainMemory } from './compiled-chain.js';
import type { FailureChain } from './failure-solver.js';
import { bound, floorOf, groupBest } from './rule.js';
import { sortByKeyDescending } from './sort.js';

/**
 * What settling failures reads besides the chain, worked out once from the scores before any
 * failure: which incoming dependencies can lower their dependant at all, and every group's members
 * ranked by their bound. It does not change while failures are settled, so every thread settling a
 * shared plan reads the same one (docs/propagation.md, "Single points of failure"). Its arrays are
 * in shared memory where the platform has it.
 */
export interface FailureBasis {
  /** The effective scores before any failure that it was worked out from. */
  readonly effective: Float64Array;
  /** The incoming dependencies that can lower their dependant, laid out like the chain's `in*` arrays (`inStart` has `size + 1` entries). */
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inCriticality: Float64Array;
  readonly inGroup: Int32Array;
  readonly inDep: Int32Array;
  /** Per kept incoming dependency: its dependant's score before any failure. */
  readonly inBefore: Float64Array;
  /** Per dependency: its bound before any failure. */
  readonly baseBound: Float64Array;
  /** Per group, its members by their bound before any failure, best first (laid out like `groupMembers`). */
  readonly ranked: Int32Array;
  /** Per member of a group (laid out like `groupMembers`): its supplier and its criticality. */
  readonly memberTo: Int32Array;
  readonly memberCriticality: Float64Array;
}

const int32s = (length: number) => new Int32Array(chainMemory(length * 4));
const float64s = (length: number) => new Float64Array(chainMemory(length * 8));

/**
 * Works out the {@link FailureBasis} of a propagated chain (`effective`: its effective scores
 * before any failure). Linear in the size of the chain; `planFailures` makes it unless another
 * thread made it meanwhile.
 *
 * A dependency whose bound stays at or above its dependant's score even when its supplier (for a
 * group: every member) drops to 0 can never lower it, so it is left out here, once. Every group's
 * members are ranked in linear time: one stable sort of all members by bound, then a stable
 * distribution by group.
 */
export function failureBasis(chain: FailureChain, effective: Float64Array): FailureBasis {
  const {
    size,
    dependencies,
    groups,
    inStart,
    inFrom,
    inCriticality,
    inGroup,
    inDep,
    groupStart,
    groupMembers,
    depCriticality,
    depTo,
    depGroup,
  } = chain;
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
  const keptStart = int32s(size + 1);
  const keptFrom = int32s(kept);
  const keptCriticality = float64s(kept);
  const keptGroup = int32s(kept);
  const keptDep = int32s(kept);
  const inBefore = float64s(kept);
  let at = 0;
  for (let v = 0; v < size; v++) {
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      if (keep[i] === 0) continue;
      const u = inFrom[i]!;
      keptFrom[at] = u;
      keptCriticality[at] = inCriticality[i]!;
      keptGroup[at] = inGroup[i]!;
      keptDep[at] = inDep[i]!;
      inBefore[at] = effective[u]!;
      at++;
    }
    keptStart[v + 1] = at;
  }
  const baseBound = float64s(dependencies);
  for (let d = 0; d < dependencies; d++) baseBound[d] = bound(depCriticality[d]!, effective[depTo[d]!]!);
  const byBound = sortByKeyDescending(groupMembers, baseBound);
  const ranked = int32s(groupMembers.length);
  const fill = groupStart.slice(0, groups);
  for (let k = 0; k < byBound.length; k++) {
    const d = byBound[k]!;
    ranked[fill[depGroup[d]!]!++] = d;
  }
  const memberTo = int32s(groupMembers.length);
  const memberCriticality = float64s(groupMembers.length);
  for (let j = 0; j < groupMembers.length; j++) {
    memberTo[j] = depTo[groupMembers[j]!]!;
    memberCriticality[j] = depCriticality[groupMembers[j]!]!;
  }
  return {
    effective,
    inStart: keptStart,
    inFrom: keptFrom,
    inCriticality: keptCriticality,
    inGroup: keptGroup,
    inDep: keptDep,
    inBefore,
    baseBound,
    ranked,
    memberTo,
    memberCriticality,
  };
}
