import { answerFits } from '../answer-fits.js';
import type { Assessment } from '../assessment.js';
import type { Catalog } from '../catalog.js';
import type { ValidationIssue } from '../errors.js';

/**
 * Checks an assessment against the catalog it answers: same catalog id and version, no answers to
 * questions the catalog lacks, only option values the question offers, and "na" only where allowed.
 */
export function checkAssessmentAgainstCatalog(assessment: Assessment, catalog: Catalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (assessment.catalog.id !== catalog.id) {
    issues.push({
      path: 'catalog.id',
      message: `answers catalog "${assessment.catalog.id}", but the catalog given is "${catalog.id}"`,
      code: 'wrong-catalog',
      params: { found: assessment.catalog.id, expected: catalog.id },
    });
  } else if (assessment.catalog.version !== catalog.version) {
    issues.push({
      path: 'catalog.version',
      message: `answers version ${assessment.catalog.version}, but the catalog given is version ${catalog.version}`,
      code: 'wrong-catalog-version',
      params: { found: assessment.catalog.version, expected: catalog.version },
    });
  }
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
