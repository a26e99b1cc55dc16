import { type ChainModel, ID_PATTERN, LshValidationError, safeParseChainModel, type ValidationIssue } from '@lsh-cyber/schema';
import { CompiledChain } from './compiled.js';
import { type AnyGraph, isGraph } from './graph.js';

/** How thoroughly `compileChain` checks its input. */
export type ValidationMode = 'full' | 'structure';

/** Options of {@link compileChain}. */
export interface CompileOptions {
  /**
   * `'full'` (the default) validates a model against the whole `ChainModel` schema, as
   * `parseChainModel` does. `'structure'` checks, in one pass, only what the analysis relies on:
   * ids, scores, dependency endpoints (unknown, self, duplicate), criticalities and groups, with the
   * same paths and the same error class. Use it for very large chains whose other fields were
   * validated elsewhere.
   */
  validate?: ValidationMode;
}

/** What `compileChain`, `propagate` and the other analyses accept: a model, a chain graph or a compiled chain. */
export type ChainInput = ChainModel | AnyGraph | CompiledChain;

interface OrgRecord {
  id?: unknown;
  score?: unknown;
}
interface DepRecord {
  from?: unknown;
  to?: unknown;
  criticality?: unknown;
  group?: unknown;
}
interface Records {
  id: unknown;
  name: unknown;
  organisations: readonly unknown[];
  dependencies: readonly unknown[];
  orgPath: (i: number) => string;
  depPath: (i: number) => string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is string => typeof x === 'string' && ID_PATTERN.test(x);
const ID_MESSAGE = 'must be an id: 1 to 200 letters, digits or . _ : / -, starting with a letter or digit';

/**
 * Validates a chain once and builds its compact typed-array form, for fast, repeated analysis
 * (`propagate`, `whatIf`, `singlePointsOfFailure`). From a model it builds no graphology graph on
 * the way. A compiled chain is returned as it is.
 *
 * @throws LshValidationError listing every problem, each with its path.
 */
export function compileChain(input: ChainInput, options: CompileOptions = {}): CompiledChain {
  if (CompiledChain.isInstance(input)) return input;
  const mode = options.validate ?? 'full';
  if (mode !== 'full' && mode !== 'structure') {
    throw new LshValidationError('CompileOptions', [{ path: 'validate', message: 'must be "full" or "structure"' }]);
  }
  if (isGraph(input)) return compileGraph(input, mode);
  if (mode === 'structure') return fromRecords(modelRecords(input));
  return fromRecords(modelRecords(parseModel(input)));
}

/**
 * Validates a chain model like `parseChainModel`, but when the schema stops before its semantic
 * rules (because the shape is wrong somewhere), also lists what the structure check finds on
 * paths the schema did not mention, such as unknown ids: every problem in one pass.
 *
 * @throws LshValidationError naming `file`.
 */
export function parseModel(input: unknown, file?: string): ChainModel {
  const parsed = safeParseChainModel(input);
  if (parsed.success) return parsed.data;
  const issues = [...parsed.error.issues];
  const seen = new Set(issues.map((i) => i.path));
  try {
    fromRecords(modelRecords(input));
  } catch (error) {
    if (LshValidationError.isInstance(error)) issues.push(...error.issues.filter((i) => !seen.has(i.path)));
  }
  throw new LshValidationError('ChainModel', issues, file);
}

function modelRecords(model: unknown): Records {
  if (!isObject(model) || !Array.isArray(model.organisations) || !Array.isArray(model.dependencies)) {
    throw new LshValidationError('ChainModel', [{ path: '', message: 'must be an object with organisations and dependencies lists' }]);
  }
  return {
    id: model.id,
    name: model.name,
    organisations: model.organisations,
    dependencies: model.dependencies,
    orgPath: (i) => `organisations.${i}`,
    depPath: (i) => `dependencies.${i}`,
  };
}

function graphRecords(graph: AnyGraph): Records {
  if (graph.type !== 'directed') {
    throw new LshValidationError('ChainModel', [{ path: '', message: `must be a directed graph, not a ${graph.type} one` }]);
  }
  const organisations: OrgRecord[] = [];
  const nodeKeys: string[] = [];
  graph.forEachNode((id, a) => {
    organisations.push({ id, score: a.score });
    nodeKeys.push(id);
  });
  const dependencies: DepRecord[] = [];
  const edgeKeys: string[] = [];
  graph.forEachEdge((key, a, from, to) => {
    dependencies.push({ from, to, criticality: a.criticality, group: a.group });
    edgeKeys.push(key);
  });
  const attributes = graph.getAttributes();
  return {
    id: attributes.id,
    name: attributes.name,
    organisations,
    dependencies,
    orgPath: (i) => `nodes.${nodeKeys[i]}`,
    depPath: (i) => `edges.${edgeKeys[i]}`,
  };
}

function compileGraph(graph: AnyGraph, mode: ValidationMode): CompiledChain {
  const records = graphRecords(graph);
  if (mode === 'structure') return fromRecords(records);
  const parsed = safeParseChainModel(modelShape(graph));
  if (parsed.success) return fromRecords(records);
  // Report with the paths a graph user recognises, plus what only the structure check sees.
  const keys = graph.nodes();
  const edges = graph.edges();
  const issues = parsed.error.issues.map((i) => ({ path: graphPath(i.path, keys, edges), message: i.message }));
  const seen = new Set(issues.map((i) => i.path));
  try {
    fromRecords(records);
  } catch (error) {
    if (LshValidationError.isInstance(error)) issues.push(...error.issues.filter((i) => !seen.has(i.path)));
  }
  throw new LshValidationError('ChainGraph', issues);
}

function modelShape(graph: AnyGraph): Record<string, unknown> {
  const pick = (a: Record<string, unknown>, keys: readonly string[]) =>
    Object.fromEntries(keys.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));
  const organisations: unknown[] = [];
  graph.forEachNode((id, a) => organisations.push({ id, ...pick(a, ['name', 'role', 'profile', 'score', 'assessment']) }));
  const dependencies: unknown[] = [];
  graph.forEachEdge((_k, a, from, to) => dependencies.push({ from, to, ...pick(a, ['kind', 'criticality', 'group', 'data', 'note']) }));
  return { ...pick(graph.getAttributes(), ['$schema', 'schemaVersion', 'id', 'name', 'description']), organisations, dependencies };
}

function graphPath(path: string, nodes: readonly string[], edges: readonly string[]): string {
  const m = /^(organisations|dependencies)\.(\d+)(.*)$/.exec(path);
  if (!m) return path;
  const list = m[1] === 'organisations' ? nodes : edges;
  return `${m[1] === 'organisations' ? 'nodes' : 'edges'}.${list[Number(m[2])]}${m[3]}`;
}

function fromRecords(r: Records): CompiledChain {
  const issues: ValidationIssue[] = [];
  const id = isId(r.id) ? r.id : '';
  if (!isId(r.id)) issues.push({ path: 'id', message: ID_MESSAGE });
  const name = typeof r.name === 'string' ? r.name : '';
  if (typeof r.name !== 'string' || r.name.length === 0) issues.push({ path: 'name', message: 'must be a non-empty text' });

  const n = r.organisations.length;
  const m = r.dependencies.length;
  const ids: string[] = new Array(n);
  const index: Record<string, number> = Object.create(null);
  // One buffer for the arrays read from the source (see CompiledChain for why).
  const buffer = new ArrayBuffer((n + m) * 8 + 3 * m * 4);
  const score = new Float64Array(buffer, 0, n);
  const depCriticality = new Float64Array(buffer, n * 8, m);
  const depFrom = new Int32Array(buffer, (n + m) * 8, m);
  const depTo = new Int32Array(buffer, (n + m) * 8 + m * 4, m);
  const depGroup = new Int32Array(buffer, (n + m) * 8 + 2 * m * 4, m).fill(-1);
  for (let i = 0; i < n; i++) {
    const o = r.organisations[i] as OrgRecord;
    if (!isObject(o)) {
      issues.push({ path: r.orgPath(i), message: 'must be an object' });
      ids[i] = '';
      continue;
    }
    const oid = o.id;
    if (!isId(oid)) issues.push({ path: `${r.orgPath(i)}.id`, message: ID_MESSAGE });
    else if (index[oid] !== undefined)
      issues.push({ path: `${r.orgPath(i)}.id`, message: `duplicate id "${oid}" (first at ${r.orgPath(index[oid])})` });
    else index[oid] = i;
    ids[i] = typeof oid === 'string' ? oid : '';
    const s = o.score;
    if (s === undefined) score[i] = Number.NaN;
    else if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 100) {
      issues.push({ path: `${r.orgPath(i)}.score`, message: 'must be a number from 0 to 100' });
    } else score[i] = s;
  }

  const groupIndex = new Map<string, number>();
  const groupOwner: number[] = [];
  const groupName: string[] = [];
  let lastFrom: unknown;
  let lastF: number | undefined;
  for (let i = 0; i < m; i++) {
    const d = r.dependencies[i] as DepRecord;
    if (!isObject(d)) {
      issues.push({ path: r.depPath(i), message: 'must be an object' });
      depFrom[i] = depTo[i] = -1;
      continue;
    }
    const from = d.from;
    // Dependencies usually come grouped by dependant: skip the lookup when `from` repeats.
    const f = from === lastFrom ? lastF : typeof from === 'string' ? index[from] : undefined;
    lastFrom = from;
    lastF = f;
    const t = typeof d.to === 'string' ? index[d.to] : undefined;
    depFrom[i] = f ?? -1;
    depTo[i] = t ?? -1;
    if (f === undefined) issues.push({ path: `${r.depPath(i)}.from`, message: unknownMessage(d.from) });
    if (t === undefined) issues.push({ path: `${r.depPath(i)}.to`, message: unknownMessage(d.to) });
    if (f !== undefined && f === t)
      issues.push({ path: `${r.depPath(i)}.to`, message: `organisation "${d.from}" cannot depend on itself` });
    const c = d.criticality;
    if (c === undefined) depCriticality[i] = 1;
    else if (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1) {
      issues.push({ path: `${r.depPath(i)}.criticality`, message: 'must be a number from 0 to 1' });
    } else depCriticality[i] = c;
    const g = d.group;
    if (g !== undefined) {
      if (!isId(g)) issues.push({ path: `${r.depPath(i)}.group`, message: ID_MESSAGE });
      else if (f !== undefined) {
        // NUL cannot occur in an id, so the key is unambiguous.
        const key = `${f}\u0000${g}`;
        let k = groupIndex.get(key);
        if (k === undefined) {
          k = groupOwner.length;
          groupIndex.set(key, k);
          groupOwner.push(f);
          groupName.push(g);
        }
        depGroup[i] = k;
      }
    }
  }
  if (issues.length > 0) {
    duplicateDependencies(n, depFrom, depTo, r, issues);
    throw new LshValidationError('ChainModel', issues);
  }
  const chain = new CompiledChain({
    id,
    name,
    ids,
    index,
    score,
    depFrom,
    depTo,
    depCriticality,
    depGroup,
    groupOwner: Int32Array.from(groupOwner),
    groupName,
  });
  // Repeated dependencies are found on the chain's own incoming lists, which saves a pass.
  const repeated = chain.duplicates();
  if (repeated.length > 0) {
    for (const [i, j] of repeated) issues.push(duplicateIssue(r, i, j));
    throw new LshValidationError('ChainModel', issues);
  }
  return chain;
}

function duplicateIssue(r: Records, i: number, j: number): ValidationIssue {
  const d = r.dependencies[i] as DepRecord;
  return { path: r.depPath(i), message: `duplicate dependency "${d.from}" → "${d.to}" (first listed at ${r.depPath(j)})` };
}

function unknownMessage(id: unknown): string {
  return typeof id === 'string' ? `refers to organisation "${id}", which the chain does not have` : 'must be the id of an organisation';
}

/** Finds repeated (from, to) pairs without a set of pairs: bucket by `to`, stamp each `from`. */
function duplicateDependencies(n: number, from: Int32Array, to: Int32Array, r: Records, issues: ValidationIssue[]): void {
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
  found.sort((a, b) => a[0] - b[0]);
  for (const [i, j] of found) issues.push(duplicateIssue(r, i, j));
}
