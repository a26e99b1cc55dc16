import { type Catalog, parseCatalog } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../src/errors.js';
import { planRoadmap } from '../src/roadmap.js';
import type { Roadmap } from '../src/roadmap-types.js';
import { scoreAssessment } from '../src/score.js';
import { arbCatalogAndAssessment } from './arbitraries.js';
import { all, assess, mini } from './helpers.js';

const worst = all(mini, 'worst');
const best = all(mini, 'best');
const ids = (r: Roadmap, year: number) => r.years[year - 1]!.measures.map((m) => m.id);

describe('planRoadmap', () => {
  const report = scoreAssessment(assess(mini, worst), mini);
  const plan = planRoadmap(report, mini, { budgetPerYear: 2000, years: 3, sizeClass: 'micro' });

  it('takes measures by risk reduction per euro, free ones first', () => {
    expect(ids(plan, 1)).toEqual(['m.owner', 'm.mfa', 'm.incident', 'm.accounts', 'm.inventory']);
    expect(ids(plan, 2)).toEqual(['m.backup']);
    expect(ids(plan, 3)).toEqual(['m.restore']);
    const mfa = plan.years[0]!.measures[1]!;
    expect(mfa).toMatchObject({
      id: 'm.mfa',
      cost: { oneOff: 200, yearly: 300, firstYear: 500 },
      effortDays: 1,
      audience: ['it', 'staff'],
      addresses: ['access.mfa'],
      fixes: ['access.mfa'],
      riskReduction: 9,
      asPrerequisite: false,
    });
  });

  it('keeps the yearly costs of earlier measures in later budgets and never exceeds a budget', () => {
    expect(plan.years.map((y) => [y.committed, y.spent, y.remaining])).toEqual([
      [0, 1400, 600],
      [300, 1900, 100],
      [900, 1300, 700],
    ]);
  });

  it('projects the score per year from the questions fixed so far', () => {
    expect(plan.baseline).toMatchObject({ overall: 0, level: 1 });
    const overalls = plan.years.map((y) => y.projected.overall);
    expect(overalls[0]).toBeGreaterThan(0);
    expect(overalls[1]).toBeGreaterThan(overalls[0]!);
    const fixed = plan.years.flatMap((y) => y.measures.flatMap((m) => m.fixes));
    const values = { ...worst };
    for (const q of fixed) values[q] = mini.questions.find((x) => x.id === q)!.options.find((o) => o.points === 1)!.value;
    expect(plan.years[2]!.projected.overall).toBe(scoreAssessment(assess(mini, values), mini).overall);
  });

  it('lists what did not fit, with the reason', () => {
    expect(plan.notScheduled.map((m) => [m.id, m.reason])).toEqual([
      ['m.training', 'budget-exhausted'],
      ['m.suppliers', 'budget-exhausted'],
    ]);
    const poor = planRoadmap(report, mini, { budgetPerYear: 400, years: 1 });
    expect(poor.notScheduled.find((m) => m.id === 'm.backup')!.reason).toBe('too-expensive');
  });

  it('starts with a free find-out step for unknown and unanswered questions', () => {
    const values = { ...best, 'backup.offline': 'unknown' } as Record<string, string>;
    delete values['people.incident'];
    const r = planRoadmap(scoreAssessment(assess(mini, values), mini), mini, { budgetPerYear: 0, years: 2 });
    expect(r.years[0]!.findOut).toMatchObject({ questions: ['backup.offline', 'people.incident'], cost: 0 });
    expect(r.years[0]!.findOut!.explanation.nl).toContain('weet ik niet');
    expect(r.years[1]!.findOut).toBeNull();
  });

  it('counts a prerequisite whose questions are all in place as done', () => {
    const r = planRoadmap(scoreAssessment(assess(mini, { ...best, 'access.mfa': 'no' }), mini), mini, { budgetPerYear: 1000, years: 1 });
    expect(r.alreadyInPlace).toContain('m.owner');
    expect(ids(r, 1)).toEqual(['m.mfa']);
  });

  it('plans a missing prerequisite first, even when it fixes nothing itself', () => {
    const c: Catalog = structuredClone(mini);
    c.questions.find((q) => q.id === 'gov.inventory')!.appliesTo = { subsectors: ['hospital'] };
    const catalog = parseCatalog(c);
    const r = planRoadmap(scoreAssessment(assess(catalog, { ...all(catalog, 'best'), 'suppliers.contracts': 'no' }), catalog), catalog, {
      budgetPerYear: 5000,
      years: 1,
    });
    expect(r.years[0]!.measures.map((m) => [m.id, m.asPrerequisite])).toEqual([
      ['m.inventory', true],
      ['m.suppliers', false],
    ]);
  });

  it('schedules only free measures with a budget of 0', () => {
    const r = planRoadmap(report, mini, { budgetPerYear: 0, years: 2 });
    expect(r.years.flatMap((y) => y.measures.map((m) => m.id))).toEqual(['m.owner']);
  });

  it('respects a yearly effort limit in person-days', () => {
    const r = planRoadmap(report, mini, { budgetPerYear: 100_000, years: 2, effortDaysPerYear: 3 });
    expect(r.effortDaysPerYear).toBe(3);
    for (const y of r.years) expect(y.effortDays).toBeLessThanOrEqual(3);
    expect(ids(r, 1)).toEqual(['m.owner', 'm.mfa', 'm.incident']);
    const unlimited = planRoadmap(report, mini, { budgetPerYear: 100_000, years: 1, effortDaysPerYear: null });
    expect(unlimited.effortDaysPerYear).toBeNull();
    expect(unlimited.years[0]!.effortDays).toBe(13);
  });

  it('uses the costs of the size class asked for', () => {
    const r = planRoadmap(report, mini, { budgetPerYear: 100_000, years: 1, sizeClass: 'large' });
    expect(r.sizeClass).toBe('large');
    expect(r.years[0]!.measures.find((m) => m.id === 'm.backup')!.cost).toEqual({ oneOff: 20_000, yearly: 12_000, firstYear: 32_000 });
  });

  it('refuses unusable options and a report of another catalog', () => {
    expect(() => planRoadmap(report, mini, { budgetPerYear: -1, years: 0 })).toThrow(ScoringError);
    try {
      planRoadmap(report, mini, { budgetPerYear: -1, years: 1.5 });
    } catch (e) {
      expect(ScoringError.isInstance(e) && e.issues.map((i) => i.path)).toEqual(['options.budgetPerYear', 'options.years']);
    }
    const other = parseCatalog({ ...structuredClone(mini), version: '1.1.0' });
    expect(() => planRoadmap(report, other, { budgetPerYear: 1, years: 1 })).toThrow(
      /is for catalog mini 1.0.0, not the catalog given \(mini 1.1.0\)/,
    );
  });
});

describe('planRoadmap properties (random catalogs and assessments)', () => {
  it('never exceeds a year budget and never schedules a measure before its prerequisites', () => {
    fc.assert(
      fc.property(
        arbCatalogAndAssessment,
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        ({ catalog, assessment }, budgetPerYear, years, effortDaysPerYear) => {
          const report = scoreAssessment(assessment, catalog);
          const r = planRoadmap(report, catalog, { budgetPerYear, years, effortDaysPerYear });
          const done = new Set(r.alreadyInPlace);
          let committed = 0;
          let previous = r.baseline.overall;
          for (const y of r.years) {
            expect(y.committed).toBe(committed);
            expect(y.spent).toBeLessThanOrEqual(budgetPerYear);
            if (effortDaysPerYear !== undefined) expect(y.effortDays).toBeLessThanOrEqual(effortDaysPerYear);
            expect(y.spent).toBe(committed + y.measures.reduce((s, m) => s + m.cost.firstYear, 0));
            for (const m of y.measures) {
              expect(done.has(m.id)).toBe(false);
              for (const p of catalog.measures.find((x) => x.id === m.id)!.prerequisites) expect(done.has(p)).toBe(true);
              done.add(m.id);
            }
            committed += y.measures.reduce((s, m) => s + m.cost.yearly, 0);
            expect(y.projected.overall).toBeGreaterThanOrEqual(previous);
            previous = y.projected.overall;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
