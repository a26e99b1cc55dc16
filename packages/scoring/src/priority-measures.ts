import type { Catalog, ScoreReport, SizeClass } from '@lsh-cyber/schema';
import { ScoringError } from './errors.js';
import { planRoadmap } from './roadmap.js';
import type { RoadmapMeasure } from './roadmap-types.js';

/** Options of {@link priorityMeasures}. */
export interface PriorityOptions {
  /** The organisation's size class, for the cost of each measure; as in `planRoadmap`. */
  sizeClass?: SizeClass;
  /** At most this many measures; default: every useful one. */
  limit?: number;
}

// A budget this large never binds, so the planner's first year holds every useful measure.
const UNBOUNDED_BUDGET = 1e12;

/**
 * The measures to take first — the "first steps" of a report, in every face: the roadmap
 * planner's order with money no object. That is the order of risk reduction per euro, where an
 * open critical question weighs `CRITICAL_BOOST` times an ordinary one and a measure's
 * prerequisites come before it (docs/scoring.md, "Roadmap"). Only measures that address an open
 * question are listed.
 *
 * @throws ScoringError when the report was not scored against this catalog, or an option is wrong.
 */
export function priorityMeasures(report: ScoreReport, catalog: Catalog, options: PriorityOptions = {}): RoadmapMeasure[] {
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new ScoringError([{ path: 'options.limit', message: 'must be a whole number of at least 0' }]);
  }
  const plan = planRoadmap(report, catalog, {
    budgetPerYear: UNBOUNDED_BUDGET,
    years: 1,
    ...(options.sizeClass !== undefined ? { sizeClass: options.sizeClass } : {}),
  });
  const measures = plan.years[0]?.measures ?? [];
  return limit === undefined ? measures : measures.slice(0, limit);
}
