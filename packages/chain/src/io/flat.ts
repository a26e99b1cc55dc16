import { type ChainModel, LshValidationError, parseChainModel, type ValidationIssue } from '@lsh-cyber/schema';
import { parseModel } from '../compile-chain.js';
import type { AnyGraph } from '../graph.js';
import { isGraph, toChainModel } from '../graph.js';

/**
 * Graph file formats hold scalar attributes only: the profile travels as JSON text, the list of
 * data kinds as `;`-separated text. These helpers flatten a model for writing and restore it.
 */

/** A model, from a model or a chain graph. */
export function modelOf(input: ChainModel | AnyGraph): ChainModel {
  return isGraph(input) ? toChainModel(input) : parseChainModel(input);
}

/** Flat node attributes of an organisation: `label` is its name, as viewers such as Gephi expect. */
export function flatOrganisation(o: ChainModel['organisations'][number]): Record<string, string | number> {
  const out: Record<string, string | number> = { label: o.name, role: o.role };
  if (o.score !== undefined) out.score = o.score;
  if (o.assessment !== undefined) out.assessment = o.assessment;
  if (o.profile !== undefined) out.profile = JSON.stringify(o.profile);
  return out;
}

/** Flat edge attributes of a dependency; `weight` is its criticality, for layouts. */
export function flatDependency(d: ChainModel['dependencies'][number]): Record<string, string | number> {
  const out: Record<string, string | number> = { weight: d.criticality ?? 1 };
  if (d.kind !== undefined) out.kind = d.kind;
  if (d.criticality !== undefined) out.criticality = d.criticality;
  if (d.group !== undefined) out.group = d.group;
  if (d.data !== undefined) out.data = d.data.join(';');
  if (d.note !== undefined) out.note = d.note;
  return out;
}

/**
 * Restores a chain model from a graph read from a file, with flat attributes.
 *
 * @throws LshValidationError naming `file`, with paths such as `node "lab-1".score`.
 */
export function restoreModel(graph: AnyGraph, meta: { id: unknown; name: unknown }, file: string): ChainModel {
  const issues: ValidationIssue[] = [];
  const nodes: string[] = [];
  const edges: string[] = [];
  const organisations: Record<string, unknown>[] = [];
  graph.forEachNode((id, a) => {
    nodes.push(id);
    const o: Record<string, unknown> = { id, name: a.name ?? a.label, role: a.role };
    if (a.score !== undefined) o.score = a.score;
    if (a.assessment !== undefined) o.assessment = a.assessment;
    if (a.profile !== undefined) {
      try {
        o.profile = typeof a.profile === 'string' ? JSON.parse(a.profile) : a.profile;
      } catch {
        issues.push({ path: `node "${id}".profile`, message: 'is not valid JSON', code: 'unreadable' });
      }
    }
    organisations.push(o);
  });
  const dependencies: Record<string, unknown>[] = [];
  graph.forEachEdge((key, a, from, to) => {
    edges.push(key);
    const d: Record<string, unknown> = { from, to };
    for (const k of ['kind', 'criticality', 'group', 'note'] as const) if (a[k] !== undefined && a[k] !== '') d[k] = a[k];
    if (typeof a.data === 'string' && a.data !== '') d.data = a.data.split(';');
    dependencies.push(d);
  });
  if (issues.length > 0) throw new LshValidationError('ChainModel', issues, file);
  try {
    return parseModel({ schemaVersion: 1, id: meta.id, name: meta.name, organisations, dependencies }, undefined, true);
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    const where = (path: string) =>
      path.replace(/^(organisations|dependencies)\.(\d+)/, (_m, kind: string, i: string) =>
        kind === 'organisations' ? `node "${nodes[Number(i)]}"` : `edge "${edges[Number(i)]}"`,
      );
    throw new LshValidationError(
      'ChainModel',
      error.issues.map((i) => ({ ...i, path: where(i.path) })),
      file,
    );
  }
}
