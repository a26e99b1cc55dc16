import { parseBenchmarkSubmission } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../src/errors.js';
import { scoreAssessment } from '../src/score.js';
import { toBenchmarkSubmission } from '../src/submission.js';
import { all, assess, mini } from './helpers.js';

const report = scoreAssessment(assess(mini, all(mini, 'worst'), { selfRating: 4, organisation: { region: 'Haaglanden' } }), mini);
const profile = { subsector: 'biotech-rd', sizeClass: 'micro', region: 'Haaglanden' } as const;

describe('toBenchmarkSubmission', () => {
  it('keeps only what a benchmark needs, and the result parses as a BenchmarkSubmission', () => {
    const s = toBenchmarkSubmission(report, profile);
    expect(parseBenchmarkSubmission(s)).toEqual(s);
    expect(Object.keys(s).sort()).toEqual(
      [
        'catalog',
        'counts',
        'criticalGaps',
        'domains',
        'level',
        'method',
        'overall',
        'region',
        'schemaVersion',
        'selfRating',
        'sizeClass',
        'subsector',
      ].sort(),
    );
    expect(s.level).toBe(report.level.value);
    expect(s.criticalGaps).toEqual(report.criticalGaps.map((g) => g.questionId));
    const text = JSON.stringify(s);
    for (const secret of [report.organisationId, report.assessmentId, 'Testlab']) expect(text).not.toContain(secret);
  });

  it('leaves out a region that is not one of the listed regions instead of sending free text', () => {
    const s = toBenchmarkSubmission(report, { ...profile, region: 'Achter de kerk 3, Leiden' });
    expect(s).not.toHaveProperty('region');
    expect(toBenchmarkSubmission(report, { subsector: 'biotech-rd', sizeClass: 'micro' })).not.toHaveProperty('region');
  });

  it('refuses a profile of another group and a report without a score', () => {
    expect(() => toBenchmarkSubmission(report, { ...profile, sizeClass: 'large' })).toThrow(ScoringError);
    expect(() => toBenchmarkSubmission({ ...report, status: 'insufficient-data' }, profile)).toThrow(/insufficient-data/);
  });
});
