import { describe, expect, it } from 'vitest';
import { estimateDowntimeImpact } from '../src/downtime.js';
import { ScoringError } from '../src/errors.js';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { all, assess, mini } from './helpers.js';

const worstReport = scoreAssessment(assess(mini, all(mini, 'worst')), mini);

describe('estimateDowntimeImpact', () => {
  it('uses the cost per day the organisation gives', () => {
    const r = estimateDowntimeImpact({ subsector: 'biotech-rd', sizeClass: 'micro', downtimeCostPerDay: 4000 }, worstReport);
    expect(r.costPerDay).toBe(4000);
    expect(r.estimated).toBe(false);
    // score 0: likelihood 0.30, 5 to 20 days → 0.3 × 5 × 4000 = 6000 and 0.3 × 20 × 4000 = 24000
    expect(r.before).toEqual({
      score: 0,
      incidentLikelihood: 0.3,
      downtimeDays: { low: 5, high: 20 },
      yearlyLoss: { low: 6000, high: 24000 },
    });
    expect(r.after).toBeNull();
  });

  it('estimates the cost per day from size class and subsector cluster, and flags it', () => {
    const care = estimateDowntimeImpact({ subsector: 'hospital', sizeClass: 'medium' }, worstReport);
    expect(care).toMatchObject({ costPerDay: 90_000, estimated: true });
    expect(care.basis.en).toBe(
      'Estimated: €60,000 a day for size class medium × factor 1.5 for subsector hospital. Enter your own figure for a better estimate.',
    );
    expect(care.basis.nl).toContain('€ 60.000 per dag voor grootteklasse medium × factor 1,5');
    expect(estimateDowntimeImpact({ subsector: 'pharmacy', sizeClass: 'small' }, worstReport).costPerDay).toBe(16_250);
    expect(estimateDowntimeImpact({ subsector: 'university', sizeClass: 'micro' }, worstReport).costPerDay).toBe(1_750);
    expect(care.assumptions.length).toBe(3);
  });

  it('gives a lower expected loss after the roadmap', () => {
    const roadmap = planRoadmap(worstReport, mini, { budgetPerYear: 5000, years: 3 });
    const r = estimateDowntimeImpact({ subsector: 'biotech-rd', sizeClass: 'micro' }, worstReport, roadmap);
    expect(r.after!.score).toBe(roadmap.years[2]!.projected.overall);
    expect(r.after!.yearlyLoss.high).toBeLessThan(r.before.yearlyLoss.high);
    expect(r.after!.yearlyLoss.low).toBeLessThan(r.before.yearlyLoss.low);
    expect(r.after!.incidentLikelihood).toBeLessThan(0.3);
  });

  it('gives the 5% and 1-3 day floor at score 100', () => {
    const best = scoreAssessment(assess(mini, all(mini, 'best')), mini);
    const r = estimateDowntimeImpact({ subsector: 'biotech-rd', sizeClass: 'micro', downtimeCostPerDay: 10_000 }, best);
    expect(r.before).toEqual({
      score: 100,
      incidentLikelihood: 0.05,
      downtimeDays: { low: 1, high: 3 },
      yearlyLoss: { low: 500, high: 1500 },
    });
  });

  it('refuses a negative cost per day', () => {
    expect(() => estimateDowntimeImpact({ subsector: 'other', sizeClass: 'micro', downtimeCostPerDay: -1 }, worstReport)).toThrow(
      ScoringError,
    );
  });
});
