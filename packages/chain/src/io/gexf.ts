import type { ChainModel } from '@lsh-cyber/schema';
import { LshValidationError } from '@lsh-cyber/schema';
import { parse, write } from 'graphology-gexf';
import { type AnyGraph, dependencyKeys } from '../graph.js';
import { ChainMultiGraph } from '../safe-graph.js';
import { flatDependency, flatOrganisation, modelOf, restoreModel } from './flat.js';
import { xmlSyntaxIssues } from './xml-syntax.js';

/**
 * Writes a chain as GEXF 1.3 for Gephi, with graphology-gexf: one node per organisation (label:
 * its name), one edge per dependency (weight: its criticality). The chain's id and name go in the
 * GEXF `meta` as `keywords` and `description`; the profile travels as JSON text. The chain's
 * bilingual description is not kept.
 *
 * @throws LshValidationError when the input is not a valid chain.
 */
export function toGexf(input: ChainModel | AnyGraph): string {
  const model = modelOf(input);
  const graph = new ChainMultiGraph();
  graph.replaceAttributes({ creator: 'lsh-cyber', keywords: model.id, description: model.name });
  for (const o of model.organisations) graph.addNode(o.id, flatOrganisation(o));
  const keys = dependencyKeys(model.dependencies);
  model.dependencies.forEach((d, i) => {
    graph.addEdgeWithKey(keys[i]!, d.from, d.to, flatDependency(d));
  });
  return write(graph, { version: '1.3', pretty: true, pedantic: true });
}

/**
 * Reads a chain from GEXF written by {@link toGexf} or by Gephi (nodes need a `role` attribute).
 *
 * Text that is not well-formed XML is refused first, with at most 20 of its problems (each at its
 * `line:column`) and their count; nothing is printed.
 *
 * @throws LshValidationError naming `options.file`, listing every problem.
 */
export function fromGexf(text: string, options: { file?: string } = {}): ChainModel {
  const file = options.file ?? 'chain.gexf';
  const syntax = xmlSyntaxIssues(text, 'GEXF');
  if (syntax.length > 0) throw new LshValidationError('ChainModel', syntax, file);
  let graph: AnyGraph;
  try {
    graph = parse(ChainMultiGraph, text, { respectInputGraphType: true });
  } catch (error) {
    throw new LshValidationError(
      'ChainModel',
      [{ path: '', message: `is not GEXF a chain can be read from: ${(error as Error).message}`, code: 'unreadable' }],
      file,
    );
  }
  const meta = graph.getAttributes();
  return restoreModel(graph, { id: meta.keywords, name: meta.description }, file);
}
