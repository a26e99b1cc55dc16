import { type Clause, type ClauseLibrary, paramValueProblem } from '@lsh-cyber/schema';
import { ClauseError, type ClauseIssue } from './errors.js';
import { checkConsistency } from './rules.js';
import type { ClausePack, ClauseValues, ParamValue } from './types.js';

/** A clause of a pack with the library clause it refers to and its final parameter values. */
export interface ResolvedClause {
  clause: Clause;
  params: Record<string, ParamValue>;
}

const isText = (x: unknown): x is string => typeof x === 'string' && x !== '';

/** What a pack read from a file must at least look like before its values can be checked. */
function packShapeIssues(pack: ClausePack): ClauseIssue[] {
  const p = pack as Partial<Record<keyof ClausePack, unknown>> | null;
  if (typeof p !== 'object' || p === null) return [{ path: '', message: 'must be a clause pack as selectClauses returns it' }];
  const issues: ClauseIssue[] = [];
  const lib = p.library as { id?: unknown } | undefined;
  const supplier = p.supplier as { name?: unknown } | undefined;
  const buyer = p.buyer as { name?: unknown; deadlineHours?: unknown } | undefined;
  if (!isText(lib?.id)) issues.push({ path: 'library.id', message: 'must name the library the pack was made from' });
  if (!isText(supplier?.name)) issues.push({ path: 'supplier.name', message: 'must be a non-empty name' });
  if (!isText(buyer?.name)) issues.push({ path: 'buyer.name', message: 'must be a non-empty name' });
  if (buyer && buyer.deadlineHours !== null && typeof buyer.deadlineHours !== 'number')
    issues.push({ path: 'buyer.deadlineHours', message: "must be the buyer's legal deadline in hours, or null" });
  if (!['baseline', 'enhanced', 'strict'].includes(p.tier as string))
    issues.push({ path: 'tier', message: 'must be baseline, enhanced or strict' });
  if (!Array.isArray(p.roles)) issues.push({ path: 'roles', message: 'must be a list' });
  if (!Array.isArray(p.clauses)) issues.push({ path: 'clauses', message: 'must be a list' });
  else
    p.clauses.forEach((c: unknown, i) => {
      const pc = c as { id?: unknown; params?: unknown; reasons?: unknown } | null;
      if (!isText(pc?.id)) issues.push({ path: `clauses.${i}.id`, message: 'must be a clause id' });
      if (typeof pc?.params !== 'object' || pc.params === null) issues.push({ path: `clauses.${i}.params`, message: 'must be an object' });
      if (!Array.isArray(pc?.reasons)) issues.push({ path: `clauses.${i}.reasons`, message: 'must be a list' });
    });
  if (p.deviations !== undefined) {
    if (!Array.isArray(p.deviations)) issues.push({ path: 'deviations', message: 'must be the list of agreed deviations' });
    else {
      const ids = new Set(Array.isArray(p.clauses) ? p.clauses.map((c: { id?: unknown } | null) => c?.id) : []);
      p.deviations.forEach((d: unknown, i) => {
        const dv = d as { clause?: unknown; agreed?: unknown; reason?: unknown; agreedOn?: unknown } | null;
        if (!ids.has(dv?.clause)) issues.push({ path: `deviations.${i}.clause`, message: 'must name a clause of the pack' });
        for (const f of ['agreed', 'reason', 'agreedOn'] as const) {
          const text = dv?.[f];
          if (!isText(text) || text.length > 2000)
            issues.push({ path: `deviations.${i}.${f}`, message: 'must be a non-empty text of at most 2000 characters' });
        }
      });
    }
  }
  return issues;
}

/**
 * The pack's clauses with their library text and final values: the pack's values, overridden by
 * `values`. Refuses, all problems at once: a pack clause or parameter the library does not have, an
 * override for a clause not in the pack or a parameter the clause does not have, a value of the wrong
 * type or out of bounds, and values that break a consistency rule given the buyer's deadline.
 *
 * @throws {@link ClauseError}
 */
export function resolvePackValues(pack: ClausePack, library: ClauseLibrary, values: ClauseValues = {}): ResolvedClause[] {
  const shape = packShapeIssues(pack);
  if (shape.length) throw new ClauseError('clause pack', shape);
  if (typeof values !== 'object' || values === null || Object.values(values).some((v) => typeof v !== 'object' || v === null))
    throw new ClauseError('clause pack', [{ path: 'values', message: 'must map clause ids to objects of parameter values' }]);
  const issues: ClauseIssue[] = [];
  if (pack.library.id !== library.id)
    issues.push({
      path: 'library',
      message: `the pack was made from library "${pack.library.id}" but is rendered with "${library.id}"; pass the same library`,
    });
  const byId = new Map(library.clauses.map((c) => [c.id, c]));
  const inPack = new Set(pack.clauses.map((c) => c.id));

  for (const id of Object.keys(values)) {
    if (inPack.has(id)) continue;
    issues.push({
      path: `values.${id}`,
      clause: id,
      message: byId.has(id)
        ? `clause ${id} is in the library but not in this pack; select it first or drop its values`
        : `there is no clause ${id} (the pack has: ${[...inPack].join(', ') || 'no clauses'})`,
    });
  }

  const resolved: ResolvedClause[] = [];
  pack.clauses.forEach((pc, i) => {
    const clause = byId.get(pc.id);
    if (!clause) {
      issues.push({ path: `clauses.${i}.id`, clause: pc.id, message: `the library has no clause ${pc.id}` });
      return;
    }
    const declared = new Map(clause.params.map((p) => [p.name, p]));
    const override = Object.hasOwn(values, pc.id) ? values[pc.id]! : {};
    const params: Record<string, ParamValue> = {};
    for (const [source, given] of [
      [`clauses.${i}.params`, pc.params],
      [`values.${pc.id}`, override],
    ] as const) {
      for (const [name, value] of Object.entries(given)) {
        if (!declared.has(name)) {
          issues.push({
            path: `${source}.${name}`,
            clause: pc.id,
            param: name,
            message: `clause ${pc.id} has no parameter ${name} (its parameters: ${[...declared.keys()].join(', ') || 'none'})`,
          });
          continue;
        }
        const problem = paramValueProblem(declared.get(name)!, value);
        if (problem)
          issues.push({ path: `${source}.${name}`, clause: pc.id, param: name, message: `clause ${pc.id}, parameter ${name}: ${problem}` });
        else params[name] = value;
      }
    }
    for (const p of clause.params) {
      if (!Object.hasOwn(params, p.name) && !Object.hasOwn(pc.params, p.name) && !Object.hasOwn(override, p.name))
        issues.push({
          path: `clauses.${i}.params.${p.name}`,
          clause: pc.id,
          param: p.name,
          message: `clause ${pc.id}: parameter ${p.name} has no value`,
        });
    }
    resolved.push({ clause, params });
  });
  if (issues.length) throw new ClauseError('clause pack', issues);

  const all = Object.fromEntries(resolved.map((r) => [r.clause.id, r.params]));
  const duties = Array.isArray(pack.buyer.duties) ? pack.buyer.duties : [];
  const broken = checkConsistency(all, { buyerDeadlineHours: pack.buyer.deadlineHours, duties });
  if (broken.length) throw new ClauseError('clause pack', broken);
  return resolved;
}
