import { type Clause, type ClauseLibrary, paramValueProblem } from '@lsh-cyber/schema';
import { ClauseError, type ClauseIssue } from './errors.js';
import { checkConsistency } from './rules.js';
import type { ClausePack, ClauseValues, ParamValue } from './types.js';

/** A clause of a pack with the library clause it refers to and its final parameter values. */
export interface ResolvedClause {
  clause: Clause;
  params: Record<string, ParamValue>;
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
  const broken = checkConsistency(all, { buyerDeadlineHours: pack.buyer.deadlineHours });
  if (broken.length) throw new ClauseError('clause pack', broken);
  return resolved;
}
