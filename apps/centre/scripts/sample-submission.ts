import type { BenchmarkSubmission } from '@lsh-cyber/schema';

/** A valid submission, for the tests and the load script; `extra` overrides fields. */
export function sampleSubmission(extra: Partial<BenchmarkSubmission> = {}): BenchmarkSubmission {
  return {
    schemaVersion: 1,
    subsector: 'biotech-rd',
    sizeClass: 'micro',
    region: 'Haaglanden',
    catalog: { id: 'lsh-basisscan', version: '1.0.0' },
    method: 'lsh-basisscan/1',
    overall: 55.5,
    level: 3,
    domains: [
      { id: 'governance', score: 60 },
      { id: 'backup', score: 40 },
    ],
    criticalGaps: ['backup.offline'],
    counts: { questions: 30, applicable: 28, answered: 26, unknown: 1, unanswered: 1, notApplicable: 1, excluded: 1 },
    selfRating: 4,
    ...extra,
  };
}
