import { type Clause, type ClauseLibrary, type ClauseParam, paramValueProblem, placeholdersOf } from '../clause-library.js';
import { CLAUSE_SOURCES } from '../reference/clause-sources.js';
import type { ValidationIssue } from '../validation-error.js';
import { duplicateIds } from './duplicate-dependencies.js';

function checkParam(param: ClauseParam, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const numeric = param.type === 'integer' || param.type === 'number' || param.type === 'duration';
  if (param.type === 'duration' && !param.unit) issues.push({ path: `${path}.unit`, message: 'a duration needs a unit: hours or days' });
  if (param.type !== 'duration' && param.unit)
    issues.push({ path: `${path}.unit`, message: 'only a duration has a unit; drop it or make the type duration' });
  if (!numeric && (param.min !== undefined || param.max !== undefined))
    issues.push({ path, message: `min and max only apply to integer, number and duration parameters, not ${param.type}` });
  if (param.min !== undefined && param.max !== undefined && param.min > param.max)
    issues.push({ path: `${path}.min`, message: `min (${param.min}) is larger than max (${param.max})` });
  if (param.type === 'enum') {
    if (!param.options) issues.push({ path: `${path}.options`, message: 'an enum needs its options' });
    else if (new Set(param.options).size !== param.options.length)
      issues.push({ path: `${path}.options`, message: 'must not list the same option twice' });
  } else if (param.options) {
    issues.push({ path: `${path}.options`, message: 'only an enum has options' });
  }
  for (const key of Object.keys(param.optionLabels ?? {})) {
    if (!param.options?.includes(key))
      issues.push({ path: `${path}.optionLabels.${key}`, message: `"${key}" is not one of the options of this parameter` });
  }
  const problem = paramValueProblem(param, param.default);
  if (problem) issues.push({ path: `${path}.default`, message: `default ${problem}` });
  for (const [tier, value] of Object.entries(param.defaults ?? {})) {
    if (value === undefined) continue;
    const p = paramValueProblem(param, value);
    if (p) issues.push({ path: `${path}.defaults.${tier}`, message: `default for the ${tier} tier ${p}` });
  }
  return issues;
}

function checkTemplates(clause: Clause, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const declared = new Set(clause.params.map((p) => p.name));
  const fields = {
    body: clause.body,
    plain: clause.plain,
    checklist: clause.checklist,
    'negotiation.fallback': clause.negotiation?.fallback,
  };
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    for (const locale of ['nl', 'en'] as const) {
      const used = placeholdersOf(text[locale]);
      for (const name of new Set(used)) {
        if (!declared.has(name))
          issues.push({
            path: `${path}.${field}.${locale}`,
            message: `placeholder {{${name}}} is not a declared parameter${declared.size ? ` (declared: ${[...declared].join(', ')})` : ''}`,
          });
      }
    }
  }
  clause.params.forEach((param, pi) => {
    for (const locale of ['nl', 'en'] as const) {
      if (!placeholdersOf(clause.body[locale]).includes(param.name))
        issues.push({
          path: `${path}.params.${pi}.name`,
          message: `parameter ${param.name} is not used in the ${locale === 'nl' ? 'Dutch' : 'English'} body`,
        });
    }
  });
  return issues;
}

function checkBasis(clause: Clause, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  clause.basis.forEach((b, bi) => {
    const source = CLAUSE_SOURCES[b.source];
    if (!source || Object.hasOwn(source.refs, b.ref) || Object.hasOwn(source.superseded ?? {}, b.ref) || source.clauseRef?.test(b.ref))
      return;
    const known = Object.keys(source.refs);
    issues.push({
      path: `${path}.basis.${bi}.ref`,
      message: `"${b.ref}" is not a point of ${source.name} that content may cite${known.length <= 30 ? ` (${known.join(', ')})` : ''}`,
    });
  });
  return issues;
}

/**
 * Rules of a clause library that JSON Schema cannot express: unique clause and parameter ids,
 * placeholders that are declared parameters, parameters used in both languages, defaults that fit
 * their parameter's type, options and bounds, cited points that each source lists (see
 * `CLAUSE_SOURCES`: NIS2, GDPR, ISO/IEC 27001 Annex A, MDR, NEN 7510 … Dutch Civil Code), and a `remove` list without repeats or clauses it also gives.
 */
export function checkClauseLibrary(library: ClauseLibrary): ValidationIssue[] {
  const issues = duplicateIds(library.clauses, 'clauses', 'clause');
  library.clauses.forEach((clause, ci) => {
    const path = `clauses.${ci}`;
    issues.push(
      ...duplicateIds(
        clause.params.map((p) => ({ id: p.name })),
        `${path}.params`,
        'parameter',
      ).map((i) => ({ ...i, path: i.path.replace(/\.id$/, '.name') })),
    );
    clause.params.forEach((param, pi) => {
      issues.push(...checkParam(param, `${path}.params.${pi}`));
    });
    issues.push(...checkTemplates(clause, path), ...checkBasis(clause, path));
  });
  const given = new Set(library.clauses.map((c) => c.id));
  const removed = new Set<string>();
  library.remove?.forEach((id, i) => {
    if (removed.has(id)) issues.push({ path: `remove.${i}`, message: `lists clause "${id}" twice` });
    if (given.has(id))
      issues.push({
        path: `remove.${i}`,
        message: `clause "${id}" is both removed and given; a given clause already replaces the base one`,
      });
    removed.add(id);
  });
  return issues;
}
