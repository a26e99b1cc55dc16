import { answerFits } from '../answer-fits.js';
import type { Assessment } from '../assessment.js';
import type { Catalog } from '../catalog.js';
import type { ValidationIssue } from '../validation-error.js';

/**
 * The one rule for "made for another catalog": a document naming catalog `ref` belongs to `catalog`
 * only when both id and version are the same. Returns the problem (path `catalog.id` when the
 * catalog differs, else `catalog.version`), or null when they match. Assessments and score reports
 * both answer to it.
 */
export function catalogMismatch(ref: { id: string; version: string }, catalog: Pick<Catalog, 'id' | 'version'>): ValidationIssue | null {
  if (ref.id !== catalog.id)
    return {
      path: 'catalog.id',
      message: `is for catalog ${ref.id} ${ref.version}, not the catalog given (${catalog.id} ${catalog.version})`,
      code: 'wrong-catalog',
      params: { found: ref.id, expected: catalog.id },
    };
  if (ref.version !== catalog.version)
    return {
      path: 'catalog.version',
      message: `is for catalog ${ref.id} ${ref.version}, not the catalog given (${catalog.id} ${catalog.version})`,
      code: 'wrong-catalog-version',
      params: { found: ref.version, expected: catalog.version },
    };
  return null;
}

/**
 * Checks an assessment against the catalog it answers: same catalog id and version, no answers to
 * questions the catalog lacks, only option values the question offers, and "na" only where allowed.
 */
export function checkAssessmentAgainstCatalog(assessment: Assessment, catalog: Catalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const mismatch = catalogMismatch(assessment.catalog, catalog);
  if (mismatch) issues.push(mismatch);
  const questions = new Map(catalog.questions.map((q) => [q.id, q]));
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const q = questions.get(id);
    if (!q) {
      issues.push({
        path: `answers.${id}`,
        message: `answers question "${id}", which catalog ${catalog.id} ${catalog.version} does not have`,
        code: 'unknown-question',
        params: { question: id },
      });
      continue;
    }
    if (answerFits(q, answer)) continue;
    if (answer.value === 'na')
      issues.push({ path: `answers.${id}.value`, message: 'this question does not allow "na" (not applicable)', code: 'na-not-allowed' });
    else {
      const allowed = [...q.options.map((o) => o.value), ...(q.notApplicableAllowed ? ['na'] : []), 'unknown'];
      issues.push({
        path: `answers.${id}.value`,
        message: `"${answer.value}" is not an option of this question (allowed: ${allowed.join(', ')})`,
        code: 'not-an-option',
        params: { value: answer.value, allowed: allowed.join(', ') },
      });
    }
  }
  return issues;
}
