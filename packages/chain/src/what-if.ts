import { type ChainOrganisation, type Dependency, isId, LshValidationError, type ValidationIssue } from '@lsh-cyber/schema';
import type { ChainInput } from './compile.js';
import { CompiledChain } from './compiled.js';
import { ownScores, solve } from './engine.js';
import { type PropagateOptions, propagate, unknownScoreOf } from './propagate.js';
import { PropagationResult } from './result.js';

/** The changes a what-if analysis tries out. */
export interface WhatIfChanges {
  /** New own scores by organisation id, from 0 to 100; `null` makes an organisation not assessed. */
  scores?: Readonly<Record<string, number | null>>;
  /** Organisations (with all their dependencies) and dependencies to take out. */
  remove?: {
    organisations?: readonly string[];
    dependencies?: readonly { from: string; to: string }[];
  };
  /** Organisations and dependencies to add, e.g. a second supplier as an alternative (same `group`). */
  add?: {
    organisations?: readonly ChainOrganisation[];
    dependencies?: readonly Dependency[];
  };
}

/** An organisation whose effective score changed. */
export interface ChangedOrganisation {
  /** The organisation. */
  id: string;
  /** Its effective score before the changes. */
  before: number;
  /** Its effective score after the changes. */
  after: number;
  /** `after − before`: negative when it got worse. */
  delta: number;
}

/** The outcome of {@link whatIf}. */
export interface WhatIfResult {
  /** Propagation of the chain as it is. */
  before: PropagationResult;
  /** Propagation of the changed chain. */
  after: PropagationResult;
  /** Organisations in both whose effective score changed, largest change first. */
  changed: ChangedOrganisation[];
}

const validScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;
const validCriticality = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;

/**
 * What would change if some scores, organisations or dependencies were different — for instance
 * if a supplier raised its score, or a hospital added a second cloud provider as an alternative.
 * Reuses the compiled chain: score changes share all of its arrays, structural changes rebuild
 * only the arrays, without validating the whole chain again. `input` may also be a propagation
 * result, which then serves as `before`.
 *
 * @throws LshValidationError listing every problem with the changes, each with its path.
 */
export function whatIf(input: ChainInput | PropagationResult, changes: WhatIfChanges, options: PropagateOptions = {}): WhatIfResult {
  const before = input instanceof PropagationResult ? input : propagate(input, options);
  // A result given as input keeps its own unknown score unless the options say otherwise.
  const unknownScore = options.unknownScore === undefined ? before.unknownScore : unknownScoreOf(options);
  const chain = before.chain;
  const issues: ValidationIssue[] = [];
  const structural =
    (changes.remove?.organisations?.length ?? 0) +
      (changes.remove?.dependencies?.length ?? 0) +
      (changes.add?.organisations?.length ?? 0) +
      (changes.add?.dependencies?.length ?? 0) >
    0;
  const next = structural ? rebuild(chain, changes, issues) : chain.withScores(chain.score.slice());
  for (const [id, s] of Object.entries(changes.scores ?? {})) {
    const i = next.indexOf(id);
    if (i < 0) issues.push({ path: `scores.${id}`, message: `the changed chain has no organisation "${id}"` });
    else if (s !== null && !validScore(s)) issues.push({ path: `scores.${id}`, message: 'must be a number from 0 to 100, or null' });
    else next.score[i] = s === null ? Number.NaN : s;
  }
  if (issues.length > 0) throw new LshValidationError('WhatIf', issues);
  const after = new PropagationResult(next, solve(next, ownScores(next, unknownScore)), unknownScore);
  const changed: ChangedOrganisation[] = [];
  const b = before.solution.effective;
  const a = after.solution.effective;
  for (let i = 0; i < chain.size; i++) {
    const j = next.indexOf(chain.ids[i]!);
    if (j >= 0 && a[j] !== b[i]) changed.push({ id: chain.ids[i]!, before: b[i]!, after: a[j]!, delta: a[j]! - b[i]! });
  }
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { before, after, changed };
}

function rebuild(chain: CompiledChain, changes: WhatIfChanges, issues: ValidationIssue[]): CompiledChain {
  const removed = new Uint8Array(chain.size);
  (changes.remove?.organisations ?? []).forEach((id, k) => {
    const i = chain.indexOf(id);
    if (i < 0) issues.push({ path: `remove.organisations.${k}`, message: `the chain has no organisation "${id}"` });
    else removed[i] = 1;
  });
  const ids: string[] = [];
  const index: Record<string, number> = Object.create(null);
  const scores: number[] = [];
  for (let i = 0; i < chain.size; i++) {
    if (removed[i] === 1) continue;
    index[chain.ids[i]!] = ids.length;
    ids.push(chain.ids[i]!);
    scores.push(chain.score[i]!);
  }
  (changes.add?.organisations ?? []).forEach((o, k) => {
    const path = `add.organisations.${k}`;
    if (!isId(o?.id)) issues.push({ path: `${path}.id`, message: 'must be an id' });
    else if (index[o.id] !== undefined || chain.indexOf(o.id) >= 0)
      issues.push({ path: `${path}.id`, message: `the chain already has "${o.id}"` });
    else if (o.score !== undefined && !validScore(o.score))
      issues.push({ path: `${path}.score`, message: 'must be a number from 0 to 100' });
    else {
      index[o.id] = ids.length;
      ids.push(o.id);
      scores.push(o.score ?? Number.NaN);
    }
  });

  // Dependencies to take out, by (from, to) key; every one must exist.
  const pairKey = (f: number, t: number) => f * chain.size + t;
  const toRemove = new Map<number, number>();
  (changes.remove?.dependencies ?? []).forEach((d, k) => {
    const f = chain.indexOf(d?.from);
    const t = chain.indexOf(d?.to);
    if (f < 0 || t < 0) issues.push({ path: `remove.dependencies.${k}`, message: `the chain has no dependency "${d?.from}" → "${d?.to}"` });
    else toRemove.set(pairKey(f, t), k);
  });
  const from: number[] = [];
  const to: number[] = [];
  const criticality: number[] = [];
  const group: (string | undefined)[] = [];
  // A removed pair takes every dependency between the two organisations with it (repeats included).
  const matched = new Set<number>();
  for (let i = 0; i < chain.dependencies; i++) {
    const f = chain.depFrom[i]!;
    const t = chain.depTo[i]!;
    const key = pairKey(f, t);
    if (toRemove.has(key)) {
      matched.add(key);
      continue;
    }
    if (removed[f] === 1 || removed[t] === 1) continue;
    from.push(index[chain.ids[f]!]!);
    to.push(index[chain.ids[t]!]!);
    criticality.push(chain.depCriticality[i]!);
    const g = chain.depGroup[i]!;
    group.push(g < 0 ? undefined : chain.groupName[g]);
  }
  for (const [key, k] of toRemove) {
    if (!matched.has(key)) issues.push({ path: `remove.dependencies.${k}`, message: 'the chain has no such dependency (or it is listed twice)' });
  }
  (changes.add?.dependencies ?? []).forEach((d, k) => {
    const path = `add.dependencies.${k}`;
    const f = index[d.from];
    const t = index[d.to];
    const before = issues.length;
    if (f === undefined) issues.push({ path: `${path}.from`, message: `the changed chain has no organisation "${d?.from}"` });
    if (t === undefined) issues.push({ path: `${path}.to`, message: `the changed chain has no organisation "${d?.to}"` });
    if (f !== undefined && f === t) issues.push({ path: `${path}.to`, message: `organisation "${d.from}" cannot depend on itself` });
    if (d?.criticality !== undefined && !validCriticality(d.criticality))
      issues.push({ path: `${path}.criticality`, message: 'must be a number from 0 to 1' });
    if (d?.group !== undefined && !isId(d.group)) issues.push({ path: `${path}.group`, message: 'must be an id' });
    if (issues.length > before) return;
    from.push(f!);
    to.push(t!);
    criticality.push(d.criticality ?? 1);
    group.push(d.group);
  });

  const groupIndex = new Map<string, number>();
  const groupOwner: number[] = [];
  const groupName: string[] = [];
  const depGroup = new Int32Array(from.length).fill(-1);
  for (let i = 0; i < from.length; i++) {
    const g = group[i];
    if (g === undefined) continue;
    const key = `${from[i]}\u0000${g}`;
    let k = groupIndex.get(key);
    if (k === undefined) {
      k = groupOwner.length;
      groupIndex.set(key, k);
      groupOwner.push(from[i]!);
      groupName.push(g);
    }
    depGroup[i] = k;
  }
  return new CompiledChain({
    id: chain.id,
    name: chain.name,
    ids,
    index,
    score: Float64Array.from(scores),
    depFrom: Int32Array.from(from),
    depTo: Int32Array.from(to),
    depCriticality: Float64Array.from(criticality),
    depGroup,
    groupOwner: Int32Array.from(groupOwner),
    groupName,
  });
}
