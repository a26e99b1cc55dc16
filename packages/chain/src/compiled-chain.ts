import { duplicatePairs } from '@lsh-cyber/schema';

const marker = Symbol.for('@lsh-cyber/chain.CompiledChain');

/**
 * @internal Memory for a compiled chain's arrays: shared memory where the platform has it (Node,
 * a cross-origin-isolated page), so that worker threads settling single points of failure read the
 * chain where it is instead of a copy (at national scale a copy of 200 MB took over a second).
 */
export function chainMemory(bytes: number): ArrayBuffer {
  return (typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
}

/** The arrays a {@link CompiledChain} is made of; see the class for what each one holds. */
export interface CompiledChainParts {
  id: string;
  name: string;
  ids: string[];
  /** The index of an organisation's id, or -1. */
  indexOf: (id: string) => number;
  score: Float64Array;
  depFrom: Int32Array;
  depTo: Int32Array;
  depCriticality: Float64Array;
  depGroup: Int32Array;
  groupOwner: Int32Array;
  groupName: string[];
}

/**
 * A chain in compact typed-array form, for fast and repeated analysis: organisations are the
 * integers `0..size-1`, dependencies the integers `0..dependencies-1`, both in the order of the
 * source. Build one with `compileChain`; it is immutable and can be shared between analyses.
 */
export class CompiledChain {
  readonly [marker] = true;
  /** Id of the chain model. */
  readonly id: string;
  /** Name of the chain model. */
  readonly name: string;
  /** Number of organisations. */
  readonly size: number;
  /** Organisation ids by index. */
  readonly ids: readonly string[];
  /** The index of an organisation's id, or -1 (the reader's own lookup, so none is built twice). */
  private readonly lookup: (id: string) => number;
  /** Own score per organisation, `NaN` where the organisation has not been assessed. */
  readonly score: Float64Array;
  /** Number of dependencies. */
  readonly dependencies: number;
  /** Per dependency: the organisation that depends. */
  readonly depFrom: Int32Array;
  /** Per dependency: the organisation depended on. */
  readonly depTo: Int32Array;
  /** Per dependency: its criticality in [0, 1]. */
  readonly depCriticality: Float64Array;
  /** Per dependency: its group of alternatives, or -1 when it has no `group` (a group of its own). */
  readonly depGroup: Int32Array;
  /** Number of named groups of alternatives. */
  readonly groups: number;
  /** Per group: the organisation whose alternatives they are. */
  readonly groupOwner: Int32Array;
  /** Per group: its name in the source. */
  readonly groupName: readonly string[];
  /** Per group: where its members start in {@link groupMembers} (length `groups + 1`). */
  readonly groupStart: Int32Array;
  /** Dependencies of each group, group after group. */
  readonly groupMembers: Int32Array;
  /** Per organisation: where its dependants start in the `in*` arrays (length `size + 1`). */
  readonly inStart: Int32Array;
  /** Per incoming dependency, grouped by the organisation depended on: the dependant. */
  readonly inFrom: Int32Array;
  /** Per incoming dependency: its criticality. */
  readonly inCriticality: Float64Array;
  /** Per incoming dependency: its group when that group has two or more members, else -1. */
  readonly inGroup: Int32Array;
  /** Per incoming dependency: the dependency's index. */
  readonly inDep: Int32Array;

  /** @internal Use `compileChain`; this trusts its parts to be valid. */
  constructor(parts: CompiledChainParts) {
    this.id = parts.id;
    this.name = parts.name;
    this.ids = parts.ids;
    this.lookup = parts.indexOf;
    this.score = parts.score;
    this.size = parts.ids.length;
    this.depFrom = parts.depFrom;
    this.depTo = parts.depTo;
    this.depCriticality = parts.depCriticality;
    this.depGroup = parts.depGroup;
    this.dependencies = parts.depFrom.length;
    this.groupOwner = parts.groupOwner;
    this.groupName = parts.groupName;
    this.groups = parts.groupOwner.length;

    const n = this.size;
    const m = this.dependencies;
    const g = this.groups;
    // One buffer for every derived array: one allocation (and at most one garbage collection it
    // may trigger) instead of seven. The 8-byte criticalities come first, for alignment.
    const buffer = chainMemory(m * 8 + (n + 1 + 3 * m + g + 1 + m) * 4);
    let at = 0;
    const take = <T>(make: (b: ArrayBuffer, offset: number, length: number) => T, length: number, bytes: number): T => {
      const view = make(buffer, at, length);
      at += length * bytes;
      return view;
    };
    const f64 = (length: number) => take((b, o, l) => new Float64Array(b, o, l), length, 8);
    const i32 = (length: number) => take((b, o, l) => new Int32Array(b, o, l), length, 4);
    const inCriticality = f64(m);
    const inStart = i32(n + 1);
    const inFrom = i32(m);
    const inGroup = i32(m);
    const inDep = i32(m);
    const groupStart = i32(g + 1);

    for (let i = 0; i < m; i++) {
      const k = parts.depGroup[i]!;
      if (k >= 0) groupStart[k + 1]!++;
    }
    for (let k = 0; k < g; k++) groupStart[k + 1]! += groupStart[k]!;
    const groupMembers = i32(groupStart[g]!);
    const gFill = groupStart.slice(0, g);
    for (let i = 0; i < m; i++) {
      const k = parts.depGroup[i]!;
      if (k >= 0) groupMembers[gFill[k]!++] = i;
    }
    this.groupStart = groupStart;
    this.groupMembers = groupMembers;

    const depTo = parts.depTo;
    for (let i = 0; i < m; i++) inStart[depTo[i]! + 1]!++;
    for (let v = 0; v < n; v++) inStart[v + 1]! += inStart[v]!;
    const fill = inStart.slice(0, n);
    for (let i = 0; i < m; i++) {
      const slot = fill[depTo[i]!]!++;
      const k = parts.depGroup[i]!;
      inFrom[slot] = parts.depFrom[i]!;
      inCriticality[slot] = parts.depCriticality[i]!;
      inGroup[slot] = k >= 0 && groupStart[k + 1]! - groupStart[k]! > 1 ? k : -1;
      inDep[slot] = i;
    }
    this.inStart = inStart;
    this.inFrom = inFrom;
    this.inCriticality = inCriticality;
    this.inGroup = inGroup;
    this.inDep = inDep;
  }

  /**
   * How many dependencies repeat an earlier dependency between the same two organisations (legal:
   * each is a constraint of its own). O(size + dependencies).
   */
  repeatedDependencies(): number {
    return duplicatePairs(this.size, this.depFrom, this.depTo).length;
  }

  /** The index of organisation `id`, or -1 when the chain does not have it. */
  indexOf(id: string): number {
    return this.lookup(id);
  }

  /** @internal The same chain with other own scores (`NaN`: not assessed), sharing every other array. */
  withScores(score: Float64Array): CompiledChain {
    const copy: CompiledChain = Object.create(CompiledChain.prototype);
    Object.assign(copy, this, { score });
    return copy;
  }

  /** True for a `CompiledChain` from any copy of this package. */
  static isInstance(value: unknown): value is CompiledChain {
    return typeof value === 'object' && value !== null && marker in value;
  }
}
