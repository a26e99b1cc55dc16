import {
  buildChainGraph,
  type ChainGraph,
  type CompiledChain,
  compileChain,
  exposure,
  type PropagationResult,
  propagate,
  type ValidationMode,
} from '@lsh-cyber/chain';
import type { ChainModel } from '@lsh-cyber/schema';
import { scoreColour } from '../components/ScoreChart.js';
import { layoutChain } from './layout.js';

/** One row of "who holds the chain back". */
export type ExposureRow = ReturnType<typeof exposure>[number];

/** Everything the chain view shows, computed once per chain. */
export interface ChainAnalysis {
  model: ChainModel;
  graph: ChainGraph;
  compiled: CompiledChain;
  result: PropagationResult;
  exposure: ExposureRow[];
  names: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  /** Milliseconds spent: building the graph and analysing (compile, propagate, exposure), and the layout. */
  timings: { analyseMs: number; layoutMs: number };
}

/**
 * Analyses a chain and builds its graph, validating the model once: `compileChain` checks it
 * (`'full'`, the default, for a chain read from a file; `'structure'` for one `generateChain`
 * made, whose fields are valid by construction) and the graph is built from the checked model
 * without checking again. One propagation gives the scores, which are written on the graph for
 * sigma.js, and each node gets a colour by effective score and a size by how many it binds.
 *
 * @throws LshValidationError when the chain is not valid.
 */
export function analyseChain(model: ChainModel, check: ValidationMode = 'full'): ChainAnalysis {
  const t0 = performance.now();
  const compiled = compileChain(model, { validate: check });
  const graph = buildChainGraph(model, { validated: true });
  const result = propagate(compiled);
  const rows = exposure(result);
  const t1 = performance.now();
  const binds = new Map(rows.map((r) => [r.id, r.binds]));
  const names = new Map(model.organisations.map((o) => [o.id, o.name]));
  const roles = new Map(model.organisations.map((o) => [o.id, o.role]));
  const small = graph.order <= 1000;
  // The one propagation above gives every node its scores (graphology's convention, as
  // `propagate.assign` writes them), its colour by band and its size by how many it binds.
  graph.updateEachNodeAttributes((id, a) => {
    const { effective, via, assessed } = result.get(id);
    return {
      ...a,
      effective,
      via,
      assessed,
      label: a.name,
      color: scoreColour(effective),
      size: (small ? 5 : 2) + (small ? 2 : 1) * Math.sqrt(binds.get(id) ?? 0),
    };
  });
  graph.updateEachEdgeAttributes((_key, a) => ({ ...a, size: small ? 1.5 : 0.5, color: '#a8adb8' }));
  layoutChain(graph, (id) => (graph.getNodeAttribute(id, 'effective') as number | undefined) ?? 0);
  const t2 = performance.now();
  return { model, graph, compiled, result, exposure: rows, names, roles, timings: { analyseMs: t1 - t0, layoutMs: t2 - t1 } };
}
