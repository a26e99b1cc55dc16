import { type ChainModel, LshValidationError, safeParseChainModel } from '@lsh-cyber/schema';
import { CompiledChain } from './compiled-chain.js';
import { type AnyGraph, isGraph } from './graph.js';
import { type DepRecord, fromRecords, isObject, type OrgRecord, type Records } from './records.js';

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
 * @internal Validates a chain model like `parseChainModel`, but when the schema stops before its semantic
 * rules (because the shape is wrong somewhere), also lists what the structure check finds on
 * paths the schema did not mention, such as unknown ids: every problem in one pass. `plainData`:
 * the input was built by a reader of this package or `JSON.parse` (see `ChainParseOptions`).
 *
 * @throws LshValidationError naming `file`.
 */
export function parseModel(input: unknown, file?: string, plainData = false): ChainModel {
  const parsed = safeParseChainModel(input, { plainData });
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
    throw new LshValidationError('ChainModel', [
      { path: '', message: 'must be an object with organisations and dependencies lists', code: 'wrong-kind' },
    ]);
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
    throw new LshValidationError('ChainModel', [
      { path: '', message: `must be a directed graph, not a ${graph.type} one`, code: 'wrong-kind' },
    ]);
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
  const issues = parsed.error.issues.map((i) => ({ ...i, path: graphPath(i.path, keys, edges) }));
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
