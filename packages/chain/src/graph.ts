import { type ChainModel, type ChainOrganisation, type Dependency, LshValidationError, parseChainModel } from '@lsh-cyber/schema';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { ChainMultiGraph } from './safe-graph.js';

/** Node attributes of a chain graph: an organisation without its id (the node key), plus what `propagate.assign` writes. */
export interface OrganisationAttributes extends Omit<ChainOrganisation, 'id'> {
  /** Effective score, written by `propagate.assign`. */
  effective?: number;
  /** The next organisation on the explanation path, or null; written by `propagate.assign`. */
  via?: string | null;
  /** Whether the own score was known, written by `propagate.assign`. */
  assessed?: boolean;
  /** Any other attribute, e.g. `x`, `y`, `size`, `color` for sigma.js; ignored by `toChainModel`. */
  [key: string]: unknown;
}

/** Edge attributes of a chain graph: a dependency without its endpoints (the edge's source and target). */
export interface DependencyAttributes extends Omit<Dependency, 'from' | 'to'> {
  /** Any other attribute, e.g. `size` or `color` for sigma.js; ignored by `toChainModel`. */
  [key: string]: unknown;
}

/** Graph attributes of a chain graph: the chain model without its organisations and dependencies. */
export interface ChainGraphAttributes extends Omit<ChainModel, 'organisations' | 'dependencies'> {
  [key: string]: unknown;
}

/**
 * The analyst's working model: a graphology `MultiDirectedGraph` (that also takes `__proto__` as a
 * node key, see `ChainMultiGraph`) whose edges point from dependant to supplier. It is a multigraph because a chain may list the same dependency twice (two contracts
 * with one supplier); each is an edge of its own, so the graph loses nothing.
 */
export type ChainGraph = ChainMultiGraph<OrganisationAttributes, DependencyAttributes, ChainGraphAttributes>;

/** Any graphology graph; `compileChain`, `propagate` and `toChainModel` check that it is a directed chain graph. */
export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/**
 * The key `buildChainGraph` gives the edge of a dependency: the JSON text of `[from, to]`, and
 * `[from, to, n]` for the n-th (n ≥ 2) dependency between the same two organisations. JSON quoting
 * keeps it unambiguous for every id.
 */
export function dependencyKey(from: string, to: string, occurrence = 1): string {
  return JSON.stringify(occurrence > 1 ? [from, to, occurrence] : [from, to]);
}

/** @internal Edge keys of a list of dependencies, numbering repeated pairs (see {@link dependencyKey}). */
export function dependencyKeys(dependencies: readonly { from: string; to: string }[]): string[] {
  const seen = new Map<string, number>();
  return dependencies.map((d) => {
    const pair = dependencyKey(d.from, d.to);
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    return n === 1 ? pair : dependencyKey(d.from, d.to, n);
  });
}

const ORGANISATION_FIELDS = ['name', 'role', 'profile', 'score', 'assessment'] as const;
const DEPENDENCY_FIELDS = ['kind', 'criticality', 'group', 'data', 'note'] as const;
const MODEL_FIELDS = ['$schema', 'schemaVersion', 'id', 'name', 'description'] as const;

function copyFields<K extends string>(from: Readonly<Record<string, unknown>>, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  // `keys` are fixed field names, never a user's string, so a plain object is safe here.
  // Strings and numbers (most fields) are copied as they are: a structuredClone per field was the
  // largest cost of building a 5,000-organisation graph.
  for (const k of keys) {
    const v = from[k];
    if (v !== undefined) out[k] = typeof v === 'object' && v !== null ? structuredClone(v) : v;
  }
  return out;
}

/** Options of {@link buildChainGraph}. */
export interface BuildChainGraphOptions {
  /**
   * `true` when the model has already been validated, by `parseChainModel` or by `compileChain`
   * on this very model (`'full'`, or `'structure'` for a model whose other fields are known to be
   * valid, such as `generateChain`'s): the graph is then built without validating it again, which
   * is most of the cost for a large chain. Default `false`: the model is validated first. A model
   * that is not valid gives graphology's own error, or a graph the analyses reject.
   */
  validated?: boolean;
}

/**
 * Builds the analyst's working model from a chain model: one node per organisation (key: its id),
 * one edge per dependency from dependant to supplier (key: {@link dependencyKey}; a repeated
 * dependency is an edge of its own), all other fields as attributes. The model is validated first
 * (unless `options.validated` says that was done already) and copied, so the graph never aliases it.
 *
 * @throws LshValidationError when the model is not a valid `ChainModel`.
 */
export function buildChainGraph(model: ChainModel, options: BuildChainGraphOptions = {}): ChainGraph {
  const valid = options.validated === true ? model : parseChainModel(model);
  const graph: ChainGraph = new ChainMultiGraph<OrganisationAttributes, DependencyAttributes, ChainGraphAttributes>();
  graph.replaceAttributes(copyFields(valid, MODEL_FIELDS) as ChainGraphAttributes);
  for (const o of valid.organisations) graph.addNode(o.id, copyFields(o, ORGANISATION_FIELDS) as OrganisationAttributes);
  const keys = dependencyKeys(valid.dependencies);
  valid.dependencies.forEach((d, i) => {
    graph.addEdgeWithKey(keys[i]!, d.from, d.to, copyFields(d, DEPENDENCY_FIELDS) as DependencyAttributes);
  });
  return graph;
}

/**
 * Gives the chain model of a chain graph back: organisations in node order, dependencies in edge
 * order (a simple or a multi graph), and only the fields a `ChainModel` has (attributes such as `effective`, `x` or `color`
 * are left out). `toChainModel(buildChainGraph(m))` equals `m`.
 *
 * @throws LshValidationError when the graph does not make a valid `ChainModel`.
 */
export function toChainModel(graph: AnyGraph): ChainModel {
  if (graph.type !== 'directed') {
    throw new LshValidationError('ChainModel', [
      { path: '', message: `must be a directed graph, not a ${graph.type} one`, code: 'wrong-kind' },
    ]);
  }
  const organisations: Record<string, unknown>[] = [];
  graph.forEachNode((id, attributes) => {
    organisations.push({ id, ...copyFields(attributes, ORGANISATION_FIELDS) });
  });
  const dependencies: Record<string, unknown>[] = [];
  graph.forEachEdge((_key, attributes, from, to) => {
    dependencies.push({ from, to, ...copyFields(attributes, DEPENDENCY_FIELDS) });
  });
  const meta = copyFields(graph.getAttributes(), MODEL_FIELDS);
  const { $schema, schemaVersion, id, name, description } = meta;
  const model: Record<string, unknown> = {};
  if ($schema !== undefined) model.$schema = $schema;
  model.schemaVersion = schemaVersion;
  model.id = id;
  model.name = name;
  if (description !== undefined) model.description = description;
  model.organisations = organisations;
  model.dependencies = dependencies;
  return parseChainModel(model);
}

/** True for a graphology graph (duck-typed, so that any copy of graphology is recognised). */
export function isGraph(value: unknown): value is AnyGraph {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { forEachNode?: unknown }).forEachNode === 'function' &&
    typeof (value as { forEachEdge?: unknown }).forEachEdge === 'function' &&
    typeof (value as { order?: unknown }).order === 'number'
  );
}
