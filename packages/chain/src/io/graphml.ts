import type { ChainModel } from '@lsh-cyber/schema';
import { LshValidationError } from '@lsh-cyber/schema';
import { parse } from 'graphology-graphml';
import { type AnyGraph, dependencyKeys } from '../graph.js';
import { ChainMultiGraph } from '../safe-graph.js';
import { flatDependency, flatOrganisation, modelOf, restoreModel } from './flat.js';
import { xmlSyntaxIssues } from './xml-syntax.js';

// A carriage return is written as a reference, or XML parsers would turn it into a line feed.
const escapeXml = (s: string): string =>
  s.replace(/[&<>"'\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' })[c]!);

const NODE_KEYS: readonly [string, string][] = [
  ['label', 'string'],
  ['role', 'string'],
  ['score', 'double'],
  ['assessment', 'string'],
  ['profile', 'string'],
];
const EDGE_KEYS: readonly [string, string][] = [
  ['weight', 'double'],
  ['kind', 'string'],
  ['criticality', 'double'],
  ['group', 'string'],
  ['data', 'string'],
  ['note', 'string'],
];

/**
 * Writes a chain as GraphML (graphology-graphml reads GraphML but has no writer, so this one is
 * ours): one node per organisation, one directed edge per dependency, attributes declared with
 * `<key>` elements. The chain's id is the graph's id and its name a graph attribute; the
 * profile travels as JSON text. The chain's bilingual description is not kept.
 *
 * @throws LshValidationError when the input is not a valid chain.
 */
export function toGraphml(input: ChainModel | AnyGraph): string {
  const model = modelOf(input);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    `  <graph id="${escapeXml(model.id)}" edgedefault="directed">`,
    `    <data key="g_name">${escapeXml(model.name)}</data>`,
  ];
  const data = (prefix: string, attributes: Record<string, string | number>) =>
    Object.entries(attributes).map(([k, v]) => `<data key="${prefix}_${k}">${escapeXml(String(v))}</data>`);
  for (const o of model.organisations) lines.push(`    <node id="${escapeXml(o.id)}">${data('n', flatOrganisation(o)).join('')}</node>`);
  const keys = dependencyKeys(model.dependencies);
  for (const [i, d] of model.dependencies.entries()) {
    const id = escapeXml(keys[i]!);
    lines.push(
      `    <edge id="${id}" source="${escapeXml(d.from)}" target="${escapeXml(d.to)}">${data('e', flatDependency(d)).join('')}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * Reads a chain from GraphML written by {@link toGraphml} or another tool (nodes need a `role`
 * attribute), with graphology-graphml.
 *
 * Text that is not well-formed XML is refused first, with at most 20 of its problems (each at its
 * `line:column`) and their count; nothing is printed.
 *
 * @throws LshValidationError naming `options.file`, listing every problem.
 */
export function fromGraphml(text: string, options: { file?: string } = {}): ChainModel {
  const file = options.file ?? 'chain.graphml';
  const syntax = xmlSyntaxIssues(text, 'GraphML');
  if (syntax.length > 0) throw new LshValidationError('ChainModel', syntax, file);
  let graph: AnyGraph;
  try {
    graph = parse(ChainMultiGraph, text);
  } catch (error) {
    throw new LshValidationError(
      'ChainModel',
      [{ path: '', message: `is not GraphML a chain can be read from: ${(error as Error).message}`, code: 'unreadable' }],
      file,
    );
  }
  if (graph.type !== 'directed') {
    throw new LshValidationError(
      'ChainModel',
      [{ path: '', message: 'has undirected edges; a chain is directed', code: 'wrong-kind' }],
      file,
    );
  }
  const meta = graph.getAttributes();
  return restoreModel(graph, { id: meta.id, name: meta.name }, file);
}
