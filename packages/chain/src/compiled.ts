const marker = Symbol.for('@lsh-cyber/chain.CompiledChain');

/** The arrays a {@link CompiledChain} is made of; see the class for what each one holds. */
export interface CompiledChainParts {
  id: string;
  name: string;
  ids: string[];
  index: Record<string, number>;
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
  /** Index of each organisation id, in an object without prototype (faster than a `Map` for millions of ids). */
  private readonly index: Readonly<Record<string, number>>;
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
    this.index = parts.index;
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
    const groupStart = new Int32Array(g + 1);
    for (let i = 0; i < m; i++) {
      const k = parts.depGroup[i]!;
      if (k >= 0) groupStart[k + 1]!++;
    }
    for (let k = 0; k < g; k++) groupStart[k + 1]! += groupStart[k]!;
    const groupMembers = new Int32Array(groupStart[g]!);
    const gFill = groupStart.slice(0, g);
    for (let i = 0; i < m; i++) {
      const k = parts.depGroup[i]!;
      if (k >= 0) groupMembers[gFill[k]!++] = i;
    }
    this.groupStart = groupStart;
    this.groupMembers = groupMembers;

    const inStart = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) inStart[parts.depTo[i]! + 1]!++;
    for (let v = 0; v < n; v++) inStart[v + 1]! += inStart[v]!;
    const fill = inStart.slice(0, n);
    const inFrom = new Int32Array(m);
    const inCriticality = new Float64Array(m);
    const inGroup = new Int32Array(m);
    const inDep = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const at = fill[parts.depTo[i]!]!++;
      const k = parts.depGroup[i]!;
      inFrom[at] = parts.depFrom[i]!;
      inCriticality[at] = parts.depCriticality[i]!;
      inGroup[at] = k >= 0 && groupStart[k + 1]! - groupStart[k]! > 1 ? k : -1;
      inDep[at] = i;
    }
    this.inStart = inStart;
    this.inFrom = inFrom;
    this.inCriticality = inCriticality;
    this.inGroup = inGroup;
    this.inDep = inDep;
  }

  /** The index of organisation `id`, or -1 when the chain does not have it. */
  indexOf(id: string): number {
    return Object.hasOwn(this.index, id) ? this.index[id]! : -1;
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
