import { type Catalog, catalogMismatch, type ScoreReport } from '@lsh-cyber/schema';
import { indexCatalog } from './catalog-index.js';
import { ScoringError } from './errors.js';

/** Throws {@link ScoringError} unless `report` was scored against this very catalog version. */
export function checkReportCatalog(report: ScoreReport, catalog: Catalog, path = 'report'): void {
  const mismatch = catalogMismatch(report.catalog, catalog);
  if (mismatch) throw new ScoringError([{ path: `${path}.${mismatch.path}`, message: mismatch.message }]);
  const index = indexCatalog(catalog);
  const unknown = report.contributions.find((c) => !index.questionById.has(c.questionId));
  if (unknown || report.contributions.length !== catalog.questions.length) {
    throw new ScoringError([{ path: `${path}.contributions`, message: 'do not match the questions of the catalog given' }]);
  }
}
