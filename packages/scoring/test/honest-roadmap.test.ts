import { readdirSync, readFileSync } from 'node:fs';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { parseAssessment, SIZE_CLASSES, type SizeClass } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY_RATE, DEFAULT_EFFORT_DAYS_PER_YEAR, planningSettings } from '../src/planning-defaults.js';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { all, assess, mini } from './helpers.js';

const dir = new URL('../../../examples/assessments/', import.meta.url);
const samples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const a = parseAssessment(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), { catalog: lshCatalog, file: f });
    return { file: f, assessment: a, report: scoreAssessment(a, lshCatalog) };
  });

// The start budgets the demo offers per size class.
const BUDGET: Record<SizeClass, number> = { micro: 5_000, small: 25_000, medium: 100_000, large: 400_000 };

describe('planning defaults', () => {
  it('give every size class a yearly own-effort capacity, growing with size', () => {
    const days = SIZE_CLASSES.map((s) => DEFAULT_EFFORT_DAYS_PER_YEAR[s]);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days[0]).toBeGreaterThan(0);
  });

  it('take the day rate from the catalog’s cost basis, else €880, and let every default be overridden', () => {
    const basis = lshCatalog.costBasis!;
    expect(planningSettings({}, 'micro', lshCatalog)).toEqual({
      effortLimit: DEFAULT_EFFORT_DAYS_PER_YEAR.micro,
      effortDaysPerYear: DEFAULT_EFFORT_DAYS_PER_YEAR.micro,
      dayRate: basis.supplierHourlyRate * basis.hoursPerDay,
      buyEffort: false,
    });
    expect(planningSettings({}, 'large', mini).dayRate).toBe(DEFAULT_DAY_RATE);
    expect(planningSettings({ effortDaysPerYear: 40, dayRate: 1000 }, 'micro', mini)).toMatchObject({ effortLimit: 40, dayRate: 1000 });
    expect(planningSettings({ effortDaysPerYear: null }, 'micro', mini).effortLimit).toBe(Number.POSITIVE_INFINITY);
    expect(planningSettings({ buyEffort: true }, 'micro', mini)).toMatchObject({ effortDaysPerYear: null, buyEffort: true });
  });

  it('value the work days at the day rate when the organisation has no one to do them', () => {
    const report = scoreAssessment(assess(mini, all(mini, 'worst')), mini);
    const own = planRoadmap(report, mini, { budgetPerYear: 1e6, years: 1, effortDaysPerYear: null });
    const bought = planRoadmap(report, mini, { budgetPerYear: 1e6, years: 1, buyEffort: true, dayRate: 500 });
    expect(bought.buyEffort).toBe(true);
    expect(bought.dayRate).toBe(500);
    for (const m of bought.years[0]!.measures) {
      const mine = own.years[0]!.measures.find((x) => x.id === m.id)!;
      expect(m.cost.oneOff, m.id).toBe(mine.cost.oneOff + m.effortDays * 500);
      expect(m.cost.firstYear, m.id).toBe(m.cost.oneOff + m.cost.yearly);
    }
  });

  it('put each measure’s steps in the plan', () => {
    const report = scoreAssessment(assess(mini, all(mini, 'worst')), mini);
    const r = planRoadmap(report, mini, { budgetPerYear: 1e6, years: 1 });
    for (const m of r.years[0]!.measures) expect(m.steps).toEqual(mini.measures.find((x) => x.id === m.id)!.steps);
  });
});

describe('the honest roadmap for the sample organisations, with the default planning options', () => {
  it.each(samples.map((s) => [s.file, s] as const))('%s: year 1 needs no more own effort than the size class can give', (_f, s) => {
    const size = s.assessment.organisation.sizeClass;
    const r = planRoadmap(s.report, lshCatalog, { budgetPerYear: BUDGET[size], years: 3 });
    expect(r.effortDaysPerYear).toBe(DEFAULT_EFFORT_DAYS_PER_YEAR[size]);
    for (const y of r.years) expect(y.effortDays).toBeLessThanOrEqual(DEFAULT_EFFORT_DAYS_PER_YEAR[size]);
  });

  const startup = samples.find((s) => s.file === 'biotech-startup.json')!;
  const plan = planRoadmap(startup.report, lshCatalog, { budgetPerYear: 5_000, years: 1 });

  it('does not project the 4-person start-up above level 3 after one year at €5,000', () => {
    expect(startup.assessment.organisation.sizeClass).toBe('micro');
    expect(plan.years[0]!.projected.level).toBeLessThanOrEqual(3);
    expect(plan.years[0]!.spent).toBeLessThanOrEqual(5_000);
  });

  it('says why a projected level is held down by a critical gap', () => {
    const lab = samples.find((s) => s.file === 'contract-lab.json')!;
    const r = planRoadmap(lab.report, lshCatalog, { budgetPerYear: BUDGET.small, years: 2 });
    expect(lab.report.level.cappedBy.length).toBeGreaterThan(0);
    expect(r.baseline.heldDownBy).toEqual(lab.report.level.cappedBy);
    expect(r.baseline.label.en).toMatch(/^score \d+\.\d, level \d because: critical question (not|only partly) in place: "/);
    expect(r.baseline.label.nl).toMatch(/^score \d+,\d, niveau \d omdat: kritieke vraag/);
    for (const y of r.years) {
      if (y.projected.heldDownBy.length === 0) expect(y.projected.label.en).not.toContain('because');
      for (const id of y.projected.heldDownBy)
        expect(y.projected.label.en).toContain(lshCatalog.questions.find((q) => q.id === id)!.text.en);
    }
  });

  it('lists the "weet ik niet" questions, each with its id to go back to', () => {
    const unknown = Object.entries(startup.assessment.answers)
      .filter(([, a]) => a.value === 'unknown')
      .map(([id]) => id);
    expect(plan.unknownQuestions.map((q) => q.questionId).sort()).toEqual(unknown.sort());
    for (const q of plan.unknownQuestions) expect(q.text.nl).toBe(lshCatalog.questions.find((x) => x.id === q.questionId)!.text.nl);
  });
});
