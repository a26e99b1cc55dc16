import {
  BENCHMARK_REGIONS,
  type BenchmarkRegion,
  type BenchmarkSubmission,
  type OrganisationProfile,
  type ScoreReport,
} from '@lsh-cyber/schema';
import { ScoringError } from './errors.js';

/** The profile fields a submission reads: the region (the report carries subsector and size class). */
export type SubmissionProfile = Pick<OrganisationProfile, 'subsector' | 'sizeClass' | 'region'>;

/**
 * Reduces a score report to what a peer benchmark needs: subsector, size class, region (only when
 * it is one of {@link BENCHMARK_REGIONS}; any other region is left out rather than sent as free
 * text), catalog, method, overall, level value, domain scores, the ids of the critical gaps, counts
 * and self-rating. Names, ids, titles, explanations and contributions never leave.
 *
 * @throws ScoringError when the report could not be scored (nothing to compare) or when the profile
 *   names another subsector or size class than the report.
 */
export function toBenchmarkSubmission(report: ScoreReport, profile: SubmissionProfile): BenchmarkSubmission {
  const issues = [];
  if (report.status !== 'scored')
    issues.push({ path: 'report.status', message: 'is insufficient-data: a report without a score cannot be shared' });
  if (profile.subsector !== report.subsector)
    issues.push({ path: 'profile.subsector', message: `is ${profile.subsector}, the report says ${report.subsector}` });
  if (profile.sizeClass !== report.sizeClass)
    issues.push({ path: 'profile.sizeClass', message: `is ${profile.sizeClass}, the report says ${report.sizeClass}` });
  if (issues.length > 0) throw new ScoringError(issues);
  const submission: BenchmarkSubmission = {
    schemaVersion: 1,
    subsector: report.subsector,
    sizeClass: report.sizeClass,
    catalog: { id: report.catalog.id, version: report.catalog.version },
    method: report.method,
    overall: report.overall,
    level: report.level.value,
    domains: report.domains.map((d) => ({ id: d.id, score: d.score })),
    criticalGaps: report.criticalGaps.map((g) => g.questionId),
    counts: { ...report.counts },
    selfRating: report.selfRating,
  };
  if (isBenchmarkRegion(profile.region)) submission.region = profile.region;
  return submission;
}

function isBenchmarkRegion(region: string | undefined): region is BenchmarkRegion {
  return region !== undefined && (BENCHMARK_REGIONS as readonly string[]).includes(region);
}
