import { type Assessment, type Catalog, catalogMismatch, LshValidationError, type ScoreReport } from '@lsh-cyber/schema';
import { classifyAnswers } from './answers.js';
import { applicableMask, indexCatalog } from './catalog-index.js';
import { contributions } from './contributions.js';
import { countsOf, domainScore, tallyDomains } from './domains.js';
import { frameworkView } from './frameworks.js';
import { criticalFindings, criticalGap, levelOf, type WeakestDomain } from './level-cap.js';
import { SCORING_METHOD } from './method.js';
import { roundTo } from './rounding.js';

function checkCatalogRef(assessment: Assessment, catalog: Catalog): void {
  const mismatch = catalogMismatch(assessment.catalog, catalog);
  if (mismatch) throw new LshValidationError('Assessment', [{ path: mismatch.path, message: mismatch.message }]);
}

/**
 * Scores one assessment against the catalog it answers (see docs/scoring.md for every rule).
 *
 * Pure and deterministic: the same assessment and catalog always give a report that serialises to
 * the same JSON, whatever the order of the answers. The assessment is expected to be parsed
 * already (`parseAssessment(x, { catalog })`); answers that parsing would refuse are scored as not
 * in place rather than trusted.
 *
 * @throws LshValidationError when the assessment answers another catalog id or version.
 */
export function scoreAssessment(assessment: Assessment, catalog: Catalog): ScoreReport {
  checkCatalogRef(assessment, catalog);
  const index = indexCatalog(catalog);
  const org = assessment.organisation;
  const mask = applicableMask(index, org.subsector, org.sizeClass);
  const answers = classifyAnswers(index.questions, mask, assessment.answers);
  const tallies = tallyDomains(index, catalog, answers);
  const byCode = [0, 0, 0, 0, 0, 0, 0];
  for (const code of answers.code) byCode[code]!++;
  const counts = countsOf(byCode);

  let sum = 0;
  let scored = 0;
  let weakest: WeakestDomain | null = null;
  const domains = tallies.map((t, i) => {
    const d = domainScore(catalog, i, t);
    if (t.score !== null && d.score !== null) {
      sum += t.score;
      scored++;
      if (weakest === null || d.score < weakest.score) weakest = { id: d.id, title: d.title, score: d.score };
    }
    return d;
  });
  const overall = scored === 0 ? 0 : roundTo(sum / scored, 1);
  const findings = criticalFindings(index.questions, answers);
  const level = levelOf(overall, findings, weakest);
  const selfRating = assessment.selfRating ?? null;
  return {
    schemaVersion: 1,
    method: SCORING_METHOD,
    assessmentId: assessment.id,
    organisationId: org.id,
    subsector: org.subsector,
    sizeClass: org.sizeClass,
    catalog: { id: catalog.id, version: catalog.version },
    status: scored === 0 ? 'insufficient-data' : 'scored',
    overall,
    level,
    domains,
    counts,
    criticalGaps: findings.map(criticalGap),
    selfRating,
    perceptionGap: selfRating === null ? null : selfRating - level.value,
    frameworks: frameworkView(index, answers),
    contributions: contributions(index, answers, tallies, scored),
  };
}
