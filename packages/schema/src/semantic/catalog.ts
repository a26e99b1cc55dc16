import { type Catalog, RESERVED_ANSWER_VALUES } from '../catalog.js';
import {
  GDPR_ARTICLES,
  ISO27001_CLAUSES,
  MDR_IVDR_PROVISIONS,
  NIS2_ARTICLES,
  NL_HEALTH_LAW_PROVISIONS,
  STANDARD_EDITIONS,
} from '../reference/citation-lists.js';
import { ISO27001_ANNEX_A_CONTROLS, NIST_CSF_SUBCATEGORIES } from '../reference/identifiers.js';
import type { FrameworkReferences } from '../references.js';
import type { ValidationIssue } from '../validation-error.js';
import { duplicateIds } from './duplicate-dependencies.js';

const iso = new Set(ISO27001_ANNEX_A_CONTROLS);
const nist = new Set(NIST_CSF_SUBCATEGORIES);

/** Each citation kind checked against a list, with what a listed identifier is, for messages. */
const CITATION_LISTS = [
  ['nis2Articles', new Set(NIS2_ARTICLES), 'a NIS2 article or point in reference/nis2-articles.txt'],
  ['iso27001Clauses', new Set(ISO27001_CLAUSES), 'an ISO/IEC 27001:2022 clause in reference/iso27001-2022-clauses.txt'],
  ['gdpr', new Set(GDPR_ARTICLES), 'a GDPR article or point in reference/gdpr-articles.txt'],
  ['standards', new Set(STANDARD_EDITIONS), 'a standard edition in reference/standards.txt'],
  ['mdr', new Set(MDR_IVDR_PROVISIONS), 'an MDR or IVDR provision in reference/mdr-ivdr.txt'],
  ['nlHealthLaw', new Set(NL_HEALTH_LAW_PROVISIONS), 'a Dutch health-law provision in reference/nl-health-law.txt'],
] as const;

/** Checks that cited identifiers exist in the official lists. */
export function checkReferences(refs: FrameworkReferences, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  refs.iso27001?.forEach((c, i) => {
    if (!iso.has(c)) issues.push({ path: `${path}.iso27001.${i}`, message: `"${c}" is not an ISO/IEC 27001:2022 Annex A control` });
  });
  refs.nistCsf?.forEach((c, i) => {
    if (!nist.has(c)) issues.push({ path: `${path}.nistCsf.${i}`, message: `"${c}" is not a NIST CSF 2.0 subcategory` });
  });
  for (const [field, listed, what] of CITATION_LISTS) {
    refs[field]?.forEach((c, i) => {
      if (!listed.has(c)) issues.push({ path: `${path}.${field}.${i}`, message: `"${c}" is not ${what}` });
    });
  }
  return issues;
}

/**
 * Rules of a catalog that JSON Schema cannot express: unique ids, references that resolve,
 * option values that are unique and not reserved, a best option worth 1 and a worst worth 0,
 * prerequisites without cycles, cited identifiers that exist.
 */
export function checkCatalog(catalog: Catalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...duplicateIds(catalog.domains, 'domains', 'domain'),
    ...duplicateIds(catalog.questions, 'questions', 'question'),
    ...duplicateIds(catalog.measures, 'measures', 'measure'),
    ...duplicateIds(catalog.glossary ?? [], 'glossary', 'glossary term'),
  ];
  const domains = new Set(catalog.domains.map((d) => d.id));
  const measures = new Set(catalog.measures.map((m) => m.id));
  catalog.questions.forEach((q, qi) => {
    const base = `questions.${qi}`;
    if (!domains.has(q.domain))
      issues.push({ path: `${base}.domain`, message: `refers to domain "${q.domain}", which the catalog does not have` });
    const values = new Set<string>();
    q.options.forEach((o, oi) => {
      if ((RESERVED_ANSWER_VALUES as readonly string[]).includes(o.value)) {
        issues.push({
          path: `${base}.options.${oi}.value`,
          message: `"${o.value}" is reserved for every question and cannot be an option value`,
        });
      }
      if (values.has(o.value)) issues.push({ path: `${base}.options.${oi}.value`, message: `duplicate option value "${o.value}"` });
      values.add(o.value);
    });
    const points = q.options.map((o) => o.points);
    if (Math.max(...points) !== 1)
      issues.push({ path: `${base}.options`, message: 'the best option must be worth 1 point (fully in place)' });
    if (Math.min(...points) !== 0)
      issues.push({ path: `${base}.options`, message: 'the worst option must be worth 0 points (not in place)' });
    q.measures.forEach((m, mi) => {
      if (!measures.has(m))
        issues.push({ path: `${base}.measures.${mi}`, message: `refers to measure "${m}", which the catalog does not have` });
    });
    issues.push(...checkReferences(q.references, `${base}.references`));
  });
  catalog.measures.forEach((m, mi) => {
    m.prerequisites.forEach((p, pi) => {
      const path = `measures.${mi}.prerequisites.${pi}`;
      if (p === m.id) issues.push({ path, message: 'a measure cannot be its own prerequisite' });
      else if (!measures.has(p)) issues.push({ path, message: `refers to measure "${p}", which the catalog does not have` });
    });
    issues.push(...checkReferences(m.references, `measures.${mi}.references`));
  });
  issues.push(...prerequisiteCycles(catalog));
  return issues;
}

function prerequisiteCycles(catalog: Catalog): ValidationIssue[] {
  const index = new Map(catalog.measures.map((m, i) => [m.id, i]));
  const state = new Uint8Array(catalog.measures.length); // 0 new, 1 on the current path, 2 done
  const issues: ValidationIssue[] = [];
  const visit = (i: number, trail: string[]): void => {
    state[i] = 1;
    const m = catalog.measures[i]!;
    for (const p of m.prerequisites) {
      const j = index.get(p);
      if (j === undefined || j === i) continue;
      if (state[j] === 1) {
        issues.push({ path: `measures.${i}.prerequisites`, message: `prerequisites form a cycle: ${[...trail, m.id, p].join(' → ')}` });
      } else if (state[j] === 0) visit(j, [...trail, m.id]);
    }
    state[i] = 2;
  };
  for (let i = 0; i < catalog.measures.length; i++) if (state[i] === 0) visit(i, []);
  return issues;
}
