import type { Assessment, Catalog, ScoreReport } from '@lsh-cyber/schema';
import { indexCatalog } from './catalog-index.js';
import { scoreAssessment } from './score.js';

/**
 * Rebuilds the answers a report was scored from (every contribution carries its answer) and sets
 * the `improved` questions to their best option. Re-scoring this gives the projected report after
 * those questions are put in place; nothing else changes, so unknown answers stay at 0 points.
 */
export function improvedAssessment(report: ScoreReport, catalog: Catalog, improved: ReadonlySet<string>): Assessment {
  const index = indexCatalog(catalog);
  const answers: Assessment['answers'] = {};
  for (const c of report.contributions) {
    const q = index.questionById.get(c.questionId);
    if (q && improved.has(c.questionId)) answers[c.questionId] = { value: q.bestValue };
    else if (c.answer !== null) answers[c.questionId] = { value: c.answer };
  }
  const assessment: Assessment = {
    schemaVersion: 1,
    id: report.assessmentId,
    organisation: {
      id: report.organisationId,
      name: report.organisationId,
      subsector: report.subsector,
      sizeClass: report.sizeClass,
      data: [],
      certifications: [],
    },
    catalog: { id: report.catalog.id, version: report.catalog.version },
    answers,
    createdAt: '1970-01-01T00:00:00Z',
    updatedAt: '1970-01-01T00:00:00Z',
  };
  if (report.selfRating !== null) assessment.selfRating = report.selfRating;
  return assessment;
}

/** The report after the `improved` questions are put fully in place. */
export function projectReport(report: ScoreReport, catalog: Catalog, improved: ReadonlySet<string>): ScoreReport {
  return scoreAssessment(improvedAssessment(report, catalog, improved), catalog);
}
