import { type ChainOrganisation, type Dependency, LshValidationError, type ValidationIssue } from '@lsh-cyber/schema';
import type { ChainInput } from './compile-chain.js';
import type { CompiledChain } from './compiled-chain.js';
import { type PropagateOptions, propagate, unknownScoreOf } from './propagate-api.js';
import { type DepRecord, fromRecords, type OrgRecord } from './records.js';
import { PropagationResult } from './result.js';
import { ownScores, solve } from './solve.js';

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
  const built = structural ? rebuild(chain, changes, issues) : chain.withScores(chain.score.slice());
  // When the changed chain cannot be built, the scores are still checked, against a copy.
  const next = built ?? chain.withScores(chain.score.slice());
  const added = new Set((changes.add?.organisations ?? []).map((o) => o?.id));
  for (const [id, s] of Object.entries(changes.scores ?? {})) {
    const i = next.indexOf(id);
    if (i < 0 && built === null && added.has(id)) continue;
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

/**
 * The changed chain, built by the same record builder as `compileChain` (so every structural rule
 * — ids, scores, endpoints, self and repeated dependencies, criticalities, groups — has one home),
 * with the problems named by the path of the change that causes them; null when it cannot be built.
 */
function rebuild(chain: CompiledChain, changes: WhatIfChanges, issues: ValidationIssue[]): CompiledChain | null {
  const removed = new Uint8Array(chain.size);
  (changes.remove?.organisations ?? []).forEach((id, k) => {
    const i = chain.indexOf(id);
    if (i < 0) issues.push({ path: `remove.organisations.${k}`, message: `the chain has no organisation "${id}"` });
    else removed[i] = 1;
  });
  const organisations: OrgRecord[] = [];
  const orgPaths: string[] = [];
  for (let i = 0; i < chain.size; i++) {
    if (removed[i] === 1) continue;
    const s = chain.score[i]!;
    organisations.push(Number.isNaN(s) ? { id: chain.ids[i] } : { id: chain.ids[i], score: s });
    orgPaths.push(`organisations.${i}`);
  }
  (changes.add?.organisations ?? []).forEach((o, k) => {
    // An id the chain had, even one removed now, would make "before" and "after" disagree on who it is.
    if (typeof o?.id === 'string' && chain.indexOf(o.id) >= 0) {
      issues.push({ path: `add.organisations.${k}.id`, message: `the chain already has "${o.id}"` });
      return;
    }
    organisations.push(o);
    orgPaths.push(`add.organisations.${k}`);
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
  const dependencies: DepRecord[] = [];
  const depPaths: string[] = [];
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
    const g = chain.depGroup[i]!;
    dependencies.push({
      from: chain.ids[f],
      to: chain.ids[t],
      criticality: chain.depCriticality[i],
      group: g < 0 ? undefined : chain.groupName[g],
    });
    depPaths.push(`dependencies.${i}`);
  }
  for (const [key, k] of toRemove) {
    if (matched.has(key)) continue;
    issues.push({ path: `remove.dependencies.${k}`, message: 'the chain has no such dependency (or it is listed twice)' });
  }
  (changes.add?.dependencies ?? []).forEach((d, k) => {
    dependencies.push(d);
    depPaths.push(`add.dependencies.${k}`);
  });
  try {
    return fromRecords({
      id: chain.id,
      name: chain.name,
      organisations,
      dependencies,
      orgPath: (i) => orgPaths[i]!,
      depPath: (i) => depPaths[i]!,
    });
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    for (const issue of error.issues) issues.push(issue);
    return null;
  }
}
