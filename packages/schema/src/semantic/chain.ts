import type { ChainModel } from '../chain.js';
import type { ValidationIssue } from '../validation-error.js';
import { duplicateIds } from './duplicate-dependencies.js';

/**
 * Rules of a chain model that JSON Schema cannot express: unique organisation ids, dependencies
 * between known organisations, no self-dependencies. Cycles are legal, and so are repeated
 * dependencies `u → w` (two contracts with one supplier): each is a constraint of its own, in its
 * own group unless it names one (see docs/propagation.md). Runs in O(V + E).
 */
export function checkChainModel(model: ChainModel): ValidationIssue[] {
  const index: Record<string, number> = Object.create(null);
  const issues = duplicateIds(model.organisations, 'organisations', 'organisation', index);
  const deps = model.dependencies;
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i]!;
    const f = index[d.from];
    const t = index[d.to];
    if (f === undefined)
      issues.push({
        path: `dependencies.${i}.from`,
        message: `refers to organisation "${d.from}", which the chain does not have`,
        code: 'unknown-organisation',
        params: { organisation: d.from },
      });
    if (t === undefined)
      issues.push({
        path: `dependencies.${i}.to`,
        message: `refers to organisation "${d.to}", which the chain does not have`,
        code: 'unknown-organisation',
        params: { organisation: d.to },
      });
    if (d.from === d.to)
      issues.push({
        path: `dependencies.${i}.to`,
        message: `organisation "${d.from}" cannot depend on itself`,
        code: 'self-dependency',
        params: { organisation: d.from },
      });
  }
  return issues;
}

/**
 * Counts or lists repeated (from, to) pairs, which are legal but worth telling the user about.
 * Finds repeated (from, to) pairs among `m` dependencies between `n` organisations, given as index
 * arrays (a negative index is skipped), without a set of pairs: bucket the dependencies by `to`,
 * then stamp each `from` with the bucket. O(n + m) time and memory, so it works at tens of
 * millions of dependencies where a `Set` of pair keys would not. Returns `[i, first]` for every
 * dependency `i` that repeats the earlier dependency `first`, in increasing order of `i`.
 */
export function duplicatePairs(n: number, from: ArrayLike<number>, to: ArrayLike<number>): [number, number][] {
  const m = from.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) if (from[i]! >= 0 && to[i]! >= 0) start[to[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const order = new Int32Array(m);
  const fill = start.slice(0, n);
  for (let i = 0; i < m; i++) if (from[i]! >= 0 && to[i]! >= 0) order[fill[to[i]!]!++] = i;
  const stamp = new Int32Array(n).fill(-1);
  const first = new Int32Array(n);
  const found: [number, number][] = [];
  for (let v = 0; v < n; v++) {
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const i = order[k]!;
      const f = from[i]!;
      if (stamp[f] === v) found.push([i, first[f]!]);
      else {
        stamp[f] = v;
        first[f] = i;
      }
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
