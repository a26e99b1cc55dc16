import { describe, expect, it } from 'vitest';
import { estimateDowntimeImpact } from '../src/downtime.js';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { assess, mini, WORKED_EXAMPLE_ANSWERS } from './helpers.js';

// The roadmap and downtime figures of the worked example in docs/scoring.md §14 (the score itself
// is asserted in score.test.ts).
const assessment = assess(mini, WORKED_EXAMPLE_ANSWERS, { selfRating: 4 });
const report = scoreAssessment(assessment, mini);
const roadmap = planRoadmap(report, mini, { budgetPerYear: 1500, years: 2 });

describe('the worked example of docs/scoring.md', () => {
  it('plans the roadmap of the example', () => {
    expect(roadmap.alreadyInPlace).toEqual(['m.inventory', 'm.mfa', 'm.restore', 'm.incident', 'm.suppliers']);
    const [y1, y2] = roadmap.years;
    expect(y1!.findOut!.questions).toEqual(['backup.lab']);
    expect(y1!.measures.map((m) => [m.id, m.riskReduction, m.cost.firstYear])).toEqual([
      ['m.owner', 1, 0],
      ['m.training', 0.68, 1200],
    ]);
    expect([y1!.spent, y1!.projected.overall, y1!.projected.level]).toEqual([1200, 83.3, 2]);
    expect([y2!.committed, y2!.spent, y2!.measures.length]).toEqual([400, 400, 0]);
    expect(roadmap.notScheduled.map((m) => [m.id, m.reason, m.riskReduction, m.cost.firstYear])).toEqual([
      ['m.backup', 'too-expensive', 10, 1600],
    ]);
  });

  it('estimates the downtime of the example', () => {
    const d = estimateDowntimeImpact(assessment.organisation, report, roadmap);
    expect([d.costPerDay, d.estimated]).toEqual([2500, true]);
    expect(d.before).toEqual({
      score: 69.3,
      incidentLikelihood: 0.127,
      downtimeDays: { low: 2.2, high: 8.2 },
      yearlyLoss: { low: 700, high: 2600 },
    });
    expect(d.after).toEqual({
      score: 83.3,
      incidentLikelihood: 0.092,
      downtimeDays: { low: 1.7, high: 5.8 },
      yearlyLoss: { low: 400, high: 1300 },
    });
  });
});
