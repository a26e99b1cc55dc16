// The roadmap planner as it was before the heap: every pick rescans every measure, O(n²) in the
// number of measures. It shares the planner's state (`Plan`: risk reduction, bundles) and its
// ranking (`takenBefore`): what it checks is how the next bundle is found, not how one is valued. Kept as the oracle of the heap-based planner's selection: which measures, in
// which year and order, at what cost. (What the planner since says about a plan — steps, labels,
// unknown questions, bought-in days — is not selection and is tested on its own.)
import { type Catalog, type Measure, type ScoreReport, SIZE_CLASSES } from '@lsh-cyber/schema';
import { indexCatalog } from '../src/catalog-index.js';
import { checkReportCatalog } from '../src/check-report.js';
import { ScoringError, type ScoringIssue } from '../src/errors.js';
import { LEVEL_NAMES } from '../src/method.js';
import { projectReport } from '../src/project.js';
import type { FindOutStep, Projection, RoadmapCost, RoadmapMeasure, RoadmapOptions, RoadmapYear } from '../src/roadmap-types.js';

/** The oracle's options: the old planner knew no default capacity, so "no limit" is `undefined`. */
type OracleOptions = Omit<RoadmapOptions, 'effortDaysPerYear'> & { effortDaysPerYear?: number };
type OracleProjection = Omit<Projection, 'heldDownBy' | 'label'>;
type OracleMeasure = Omit<RoadmapMeasure, 'steps'>;
type OracleYear = Omit<RoadmapYear, 'measures' | 'projected'> & { measures: OracleMeasure[]; projected: OracleProjection };

import { measuresInPlace, OPEN, Plan } from '../src/roadmap-plan.js';
import { roundTo } from '../src/rounding.js';
import { takenBefore, valuePerEuro } from '../src/value-per-euro.js';

function checkOptions(options: OracleOptions): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  if (!Number.isFinite(options.budgetPerYear) || options.budgetPerYear < 0)
    issues.push({ path: 'options.budgetPerYear', message: 'must be a number of euros, 0 or more' });
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 20)
    issues.push({ path: 'options.years', message: 'must be a whole number of years from 1 to 20' });
  if (options.effortDaysPerYear !== undefined && !(Number.isFinite(options.effortDaysPerYear) && options.effortDaysPerYear >= 0))
    issues.push({ path: 'options.effortDaysPerYear', message: 'must be a number of person-days, 0 or more' });
  if (options.sizeClass !== undefined && !(SIZE_CLASSES as readonly string[]).includes(options.sizeClass))
    issues.push({ path: 'options.sizeClass', message: `must be one of: ${SIZE_CLASSES.join(', ')}` });
  return issues;
}

function projection(r: ScoreReport): OracleProjection {
  const name = LEVEL_NAMES[r.level.value - 1]!;
  return { overall: r.overall, level: r.level.value, levelName: { nl: name.nl, en: name.en } };
}

const findOutText = {
  nl: 'Zoek eerst uit wat u met "weet ik niet" beantwoordde of openliet: het kost niets en laat zien waar u echt staat.',
  en: 'First find out what you answered "don\'t know" or left open: it costs nothing and shows where you really stand.',
};

/**
 * Plans measures over `years` years within `budgetPerYear` (and `effortDaysPerYear`, if given), greedily by risk reduction per euro:
 * each round takes the affordable measure (with its missing prerequisites) whose risk reduction
 * divided by first-year cost is highest. Yearly costs of measures taken stay committed in every
 * later year. Year 1 starts with a zero-cost step to find out the unknown and unanswered questions.
 * Each year reports the projected score with the questions fixed so far at their best option.
 *
 * @throws ScoringError for unusable options or a report scored against another catalog.
 */
export function planRoadmapOracle(report: ScoreReport, catalog: Catalog, options: OracleOptions) {
  const issues = checkOptions(options);
  if (issues.length > 0) throw new ScoringError(issues);
  checkReportCatalog(report, catalog);
  const index = indexCatalog(catalog);
  const sizeClass = options.sizeClass ?? report.sizeClass;
  const budget = options.budgetPerYear;
  const effortLimit = options.effortDaysPerYear ?? Number.POSITIVE_INFINITY;
  const effortOf = (bundle: readonly Measure[]) => bundle.reduce((s, b) => s + b.cost[sizeClass].effortDays, 0);
  const byId = new Map(report.contributions.map((c) => [c.questionId, c]));
  const open = new Map(report.contributions.filter((c) => OPEN.has(c.status)).map((c) => [c.questionId, c]));
  const plan = new Plan(index, open);
  const alreadyInPlace = measuresInPlace(catalog, index, byId);
  for (const m of alreadyInPlace) plan.done.add(m);

  const costOf = (m: Measure): RoadmapCost => {
    const c = m.cost[sizeClass];
    return { oneOff: c.oneOff, yearly: c.yearly, firstYear: c.oneOff + c.yearly };
  };
  const order = new Map(catalog.measures.map((m, i) => [m.id, i]));
  const unknowns = report.contributions.filter((c) => c.status === 'unknown' || c.status === 'unanswered').map((c) => c.questionId);
  const findOut: FindOutStep | null = unknowns.length > 0 ? { questions: unknowns, cost: 0, explanation: { ...findOutText } } : null;

  let committed = 0;
  const years: OracleYear[] = [];
  for (let year = 1; year <= options.years; year++) {
    let spent = committed;
    let effort = 0;
    const measures: OracleMeasure[] = [];
    for (;;) {
      let best: { bundle: Measure[]; value: number; cost: number; rank: number; priority: number } | null = null;
      for (const m of catalog.measures) {
        if (plan.done.has(m.id)) continue;
        const own = plan.value(m.id);
        if (own <= 0) continue;
        const bundle = plan.bundle(m.id);
        const cost = bundle.reduce((s, b) => s + costOf(b).firstYear, 0);
        if (spent + cost > budget || effort + effortOf(bundle) > effortLimit) continue;
        const value = bundle.reduce((s, b) => s + plan.value(b.id), 0);
        const candidate = { bundle, value, cost, rank: order.get(m.id)!, priority: valuePerEuro(value, cost) };
        if (best === null || takenBefore(candidate, best)) best = candidate;
      }
      if (best === null) break;
      const target = best.bundle[best.bundle.length - 1]!.id;
      for (const m of best.bundle) {
        const cost = costOf(m);
        const addresses = plan.addresses(m.id);
        const riskReduction = roundTo(plan.value(m.id), 3);
        const fixes = plan.complete(m.id);
        spent += cost.firstYear;
        effort += m.cost[sizeClass].effortDays;
        measures.push({
          id: m.id,
          title: { nl: m.title.nl, en: m.title.en },
          audience: m.audience.slice(),
          cost,
          effortDays: m.cost[sizeClass].effortDays,
          prerequisites: m.prerequisites.slice(),
          addresses,
          fixes,
          riskReduction,
          asPrerequisite: m.id !== target,
        });
      }
    }
    const projected = projection(projectReport(report, catalog, plan.fixed));
    years.push({
      year,
      findOut: year === 1 ? findOut : null,
      measures,
      committed: roundTo(committed, 2),
      spent: roundTo(spent, 2),
      remaining: roundTo(budget - spent, 2),
      effortDays: roundTo(
        measures.reduce((s, m) => s + m.effortDays, 0),
        2,
      ),
      projected,
    });
    committed += measures.reduce((s, m) => s + m.cost.yearly, 0);
  }

  const notScheduled = catalog.measures
    .filter((m) => !plan.done.has(m.id) && plan.value(m.id) > 0)
    .map((m) => {
      const bundle = plan.bundle(m.id);
      const bundleCost = bundle.reduce((s, b) => s + costOf(b).firstYear, 0);
      const tooBig = bundleCost > budget || effortOf(bundle) > effortLimit;
      return {
        id: m.id,
        title: { nl: m.title.nl, en: m.title.en },
        reason: tooBig ? ('too-expensive' as const) : ('budget-exhausted' as const),
        cost: costOf(m),
        addresses: plan.addresses(m.id),
        riskReduction: roundTo(plan.value(m.id), 3),
      };
    });

  return {
    assessmentId: report.assessmentId,
    catalog: { id: catalog.id, version: catalog.version },
    sizeClass,
    budgetPerYear: budget,
    effortDaysPerYear: options.effortDaysPerYear ?? null,
    baseline: projection(report),
    alreadyInPlace,
    years,
    notScheduled,
  };
}
