import { STRONG_SCORE, WEAK_SCORE } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../src/errors.js';
import { LEVEL_THRESHOLDS } from '../src/method.js';
import { priorityMeasures } from '../src/priority-measures.js';
import { questionApplies } from '../src/question-applies.js';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { arbCatalogAndAssessment } from './arbitraries.js';
import { all, assess, mini } from './helpers.js';

describe('questionApplies', () => {
  it('is the rule scoring uses: a question is excluded exactly when it does not apply', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, ({ catalog, assessment }) => {
        const report = scoreAssessment(assessment, catalog);
        const status = new Map(report.contributions.map((c) => [c.questionId, c.status]));
        for (const q of catalog.questions) {
          expect(status.get(q.id) === 'excluded').toBe(!questionApplies(q, assessment.organisation));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('excludes nothing on a field the profile does not have yet', () => {
    const q = { appliesTo: { subsectors: ['pharmacy' as const], sizeClasses: ['micro' as const] } };
    expect(questionApplies(q, {})).toBe(true);
    expect(questionApplies(q, { subsector: 'pharmacy' })).toBe(true);
    expect(questionApplies(q, { subsector: 'hospital' })).toBe(false);
    expect(questionApplies(q, { sizeClass: 'large' })).toBe(false);
    expect(questionApplies({}, { subsector: 'hospital', sizeClass: 'large' })).toBe(true);
  });
});

describe('priorityMeasures ("first steps")', () => {
  const report = scoreAssessment(assess(mini, all(mini, 'worst')), mini);

  it('is the planner order with money no object, prerequisites first', () => {
    const plan = planRoadmap(report, mini, { budgetPerYear: 1e12, years: 1, sizeClass: 'micro' });
    const first = priorityMeasures(report, mini, { sizeClass: 'micro' });
    expect(first).toEqual(plan.years[0]!.measures);
    expect(first.map((m) => m.id)).toEqual([
      'm.owner',
      'm.mfa',
      'm.incident',
      'm.backup',
      'm.restore',
      'm.accounts',
      'm.inventory',
      'm.suppliers',
      'm.training',
    ]);
    expect(priorityMeasures(report, mini, { sizeClass: 'micro', limit: 2 }).map((m) => m.id)).toEqual(['m.owner', 'm.mfa']);
    const at = new Map(first.map((m, i) => [m.id, i]));
    for (const m of mini.measures) for (const p of m.prerequisites) if (at.has(m.id)) expect(at.get(p)).toBeLessThan(at.get(m.id)!);
  });

  it('lists every measure of a critical gap, so no critical gap is left without a first step', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, ({ catalog, assessment }) => {
        const r = scoreAssessment(assessment, catalog);
        const ids = new Set(priorityMeasures(r, catalog).map((m) => m.id));
        for (const gap of r.criticalGaps) for (const m of gap.measures) expect(ids.has(m)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('lists nothing when everything is in place, and refuses a bad limit', () => {
    const perfect = scoreAssessment(assess(mini, all(mini, 'best')), mini);
    expect(priorityMeasures(perfect, mini)).toEqual([]);
    expect(() => priorityMeasures(report, mini, { limit: -1 })).toThrow(ScoringError);
  });
});

describe('display bands', () => {
  it('sit on the level thresholds: weak is levels 1-2, fair level 3, strong levels 4-5', () => {
    expect(WEAK_SCORE).toBe(LEVEL_THRESHOLDS[1]);
    expect(STRONG_SCORE).toBe(LEVEL_THRESHOLDS[2]);
  });
});
