import { type Catalog, type Measure, type ScoreReport, SIZE_CLASSES } from '@lsh-cyber/schema';
import { CandidateHeap } from './candidate-heap.js';
import { indexCatalog } from './catalog-index.js';
import { checkReportCatalog } from './check-report.js';
import { ScoringError, type ScoringIssue } from './errors.js';
import { LEVEL_NAMES } from './method.js';
import { planningSettings } from './planning-defaults.js';
import { projectReport } from './project.js';
import { projectionLabel } from './projection-label.js';
import { measuresInPlace, OPEN, Plan } from './roadmap-plan.js';
import type {
  FindOutStep,
  Projection,
  Roadmap,
  RoadmapCost,
  RoadmapMeasure,
  RoadmapOptions,
  RoadmapYear,
  UnknownQuestion,
} from './roadmap-types.js';
import { roundTo } from './rounding.js';
import { takenBefore, valuePerEuro } from './value-per-euro.js';

function checkOptions(options: RoadmapOptions): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  if (!Number.isFinite(options.budgetPerYear) || options.budgetPerYear < 0)
    issues.push({ path: 'options.budgetPerYear', message: 'must be a number of euros, 0 or more' });
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 20)
    issues.push({ path: 'options.years', message: 'must be a whole number of years from 1 to 20' });
  if (
    options.effortDaysPerYear !== undefined &&
    options.effortDaysPerYear !== null &&
    !(Number.isFinite(options.effortDaysPerYear) && options.effortDaysPerYear >= 0)
  )
    issues.push({ path: 'options.effortDaysPerYear', message: 'must be a number of person-days, 0 or more, or null for no limit' });
  if (options.dayRate !== undefined && !(Number.isFinite(options.dayRate) && options.dayRate >= 0))
    issues.push({ path: 'options.dayRate', message: 'must be a number of euros per person-day, 0 or more' });
  if (options.buyEffort !== undefined && typeof options.buyEffort !== 'boolean')
    issues.push({ path: 'options.buyEffort', message: 'must be true or false' });
  if (options.sizeClass !== undefined && !(SIZE_CLASSES as readonly string[]).includes(options.sizeClass))
    issues.push({ path: 'options.sizeClass', message: `must be one of: ${SIZE_CLASSES.join(', ')}` });
  return issues;
}

function projection(r: ScoreReport): Projection {
  const name = LEVEL_NAMES[r.level.value - 1]!;
  return {
    overall: r.overall,
    level: r.level.value,
    levelName: { nl: name.nl, en: name.en },
    heldDownBy: r.level.value < r.level.uncapped ? r.level.cappedBy.slice() : [],
    label: projectionLabel(r),
  };
}

/** A measure on offer: its bundle (missing prerequisites first) with the bundle's value and cost. */
interface Candidate {
  id: string;
  bundle: Measure[];
  value: number;
  cost: number;
  effort: number;
  /** Position in the catalog, the last tie-breaker. */
  rank: number;
  /** Which offer of this measure it is; an older offer is stale. */
  version: number;
  /** {@link valuePerEuro} of the bundle. */
  priority: number;
}

/** For each measure, the measures that list it as a prerequisite. */
function dependentsOf(catalog: Catalog): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of catalog.measures) {
    for (const p of m.prerequisites) {
      const list = out.get(p);
      if (list) list.push(m.id);
      else out.set(p, [m.id]);
    }
  }
  return out;
}

/**
 * The measures whose offer taking `bundle` changed (the bundle's own among them, now done): those sharing a question with a
 * measure of the bundle (its share of the question's value, or the question itself, changed),
 * and every measure whose missing prerequisites reach one of those through measures not done
 * (its bundle, bundle value or bundle cost changed).
 */
function affectedBy(bundle: readonly Measure[], plan: Plan, dependents: ReadonlyMap<string, readonly string[]>): Set<string> {
  const touched = new Set<string>();
  const taken = new Set(bundle.map((m) => m.id));
  const stack: string[] = [];
  const reach = (id: string) => {
    if (touched.has(id)) return;
    touched.add(id);
    stack.push(id);
  };
  for (const m of bundle) {
    reach(m.id);
    for (const qid of plan.index.questionsByMeasure.get(m.id) ?? []) {
      for (const x of plan.index.questionById.get(qid)!.question.measures) reach(x);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    // A bundle stops at a measure done, so a done measure passes nothing on.
    if (plan.done.has(id) && !taken.has(id)) continue;
    for (const d of dependents.get(id) ?? []) if (!plan.done.has(d)) reach(d);
  }
  return touched;
}

const findOutText = {
  nl: 'Zoek eerst uit wat u met "weet ik niet" beantwoordde of openliet: het kost niets en laat zien waar u echt staat.',
  en: 'First find out what you answered "don\'t know" or left open: it costs nothing and shows where you really stand.',
};

/**
 * Plans measures over `years` years within `budgetPerYear` and the yearly own-effort limit
 * (`effortDaysPerYear`, by default {@link DEFAULT_EFFORT_DAYS_PER_YEAR} of the size class; with
 * `buyEffort` the work days are bought at `dayRate` instead), greedily by risk reduction per euro:
 * each round takes the affordable measure (with its missing prerequisites) whose risk reduction
 * divided by first-year cost is highest. Yearly costs of measures taken stay committed in every
 * later year. Year 1 starts with a zero-cost step to find out the unknown and unanswered questions.
 * Each year reports the projected score with the questions fixed so far at their best option.
 *
 * @throws ScoringError for unusable options or a report scored against another catalog.
 */
export function planRoadmap(report: ScoreReport, catalog: Catalog, options: RoadmapOptions): Roadmap {
  const issues = checkOptions(options);
  if (issues.length > 0) throw new ScoringError(issues);
  checkReportCatalog(report, catalog);
  const index = indexCatalog(catalog);
  const sizeClass = options.sizeClass ?? report.sizeClass;
  const budget = options.budgetPerYear;
  const settings = planningSettings(options, sizeClass, catalog);
  const effortLimit = settings.effortLimit;
  const effortOf = (bundle: readonly Measure[]) => bundle.reduce((s, b) => s + b.cost[sizeClass].effortDays, 0);
  const byId = new Map(report.contributions.map((c) => [c.questionId, c]));
  const open = new Map(report.contributions.filter((c) => OPEN.has(c.status)).map((c) => [c.questionId, c]));
  const plan = new Plan(index, open);
  const alreadyInPlace = measuresInPlace(catalog, index, byId);
  for (const m of alreadyInPlace) plan.done.add(m);

  const costOf = (m: Measure): RoadmapCost => {
    const c = m.cost[sizeClass];
    // Bought-in work days are a one-off cost of the measure.
    const oneOff = c.oneOff + (settings.buyEffort ? c.effortDays * settings.dayRate : 0);
    return { oneOff, yearly: c.yearly, firstYear: oneOff + c.yearly };
  };
  const order = new Map(catalog.measures.map((m, i) => [m.id, i]));
  const dependents = dependentsOf(catalog);
  const unknowns = report.contributions.filter((c) => c.status === 'unknown' || c.status === 'unanswered').map((c) => c.questionId);
  const findOut: FindOutStep | null = unknowns.length > 0 ? { questions: unknowns, cost: 0, explanation: { ...findOutText } } : null;
  const unknownQuestions: UnknownQuestion[] = report.contributions
    .filter((c) => c.status === 'unknown')
    .map((c) => {
      const q = index.questionById.get(c.questionId)!.question;
      return { questionId: q.id, domain: q.domain, text: { nl: q.text.nl, en: q.text.en } };
    });

  let committed = 0;
  const years: RoadmapYear[] = [];
  for (let year = 1; year <= options.years; year++) {
    let spent = committed;
    let effort = 0;
    const measures: RoadmapMeasure[] = [];
    // The affordable measure with the best risk reduction per euro, from a priority queue: each pick
    // re-ranks only the measures whose value, bundle or cost it changed (see `affectedBy`), so a year
    // costs O(n log n) instead of a rescan of every measure per pick. A measure too dear now stays
    // too dear this year unless a pick changes it, so it is dropped until then.
    const queue = new CandidateHeap<Candidate>(takenBefore);
    const version = new Map<string, number>();
    const offer = (m: Measure): void => {
      const v = (version.get(m.id) ?? 0) + 1;
      version.set(m.id, v);
      if (plan.done.has(m.id) || plan.value(m.id) <= 0) return;
      const bundle = plan.bundle(m.id);
      const cost = bundle.reduce((s, b) => s + costOf(b).firstYear, 0);
      const value = bundle.reduce((s, b) => s + plan.value(b.id), 0);
      queue.push({
        bundle,
        value,
        cost,
        effort: effortOf(bundle),
        rank: order.get(m.id)!,
        id: m.id,
        version: v,
        priority: valuePerEuro(value, cost),
      });
    };
    for (const m of catalog.measures) offer(m);
    for (;;) {
      let best: Candidate | undefined;
      for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
        if (c.version !== version.get(c.id) || plan.done.has(c.id)) continue;
        if (spent + c.cost > budget || effort + c.effort > effortLimit) continue;
        best = c;
        break;
      }
      if (best === undefined) break;
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
          steps: m.steps.map((s) => ({ nl: s.nl, en: s.en })),
          addresses,
          fixes,
          riskReduction,
          asPrerequisite: m.id !== target,
        });
      }
      for (const id of affectedBy(best.bundle, plan, dependents)) offer(index.measureById.get(id)!);
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
    effortDaysPerYear: settings.effortDaysPerYear,
    dayRate: settings.dayRate,
    buyEffort: settings.buyEffort,
    baseline: projection(report),
    alreadyInPlace,
    years,
    notScheduled,
    unknownQuestions,
  };
}
