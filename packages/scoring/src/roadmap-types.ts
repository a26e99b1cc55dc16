import type { LocalizedText, Measure, SizeClass } from '@lsh-cyber/schema';

/** Options of {@link planRoadmap}. */
export interface RoadmapOptions {
  /** Euros available each year, for new measures and for the yearly costs of measures already taken. */
  budgetPerYear: number;
  /** Number of years to plan, 1 to 20. */
  years: number;
  /** Size class whose costs apply; defaults to the report's size class. */
  sizeClass?: SizeClass;
  /** Person-days the organisation can spend on new measures each year; no limit when absent. */
  effortDaysPerYear?: number;
}

/** The cost of one measure for the chosen size class. */
export interface RoadmapCost {
  oneOff: number;
  yearly: number;
  /** oneOff + yearly: what the measure takes from the budget of the year it is taken. */
  firstYear: number;
}

/** One measure in the plan. */
export interface RoadmapMeasure {
  id: string;
  title: LocalizedText;
  audience: Measure['audience'];
  cost: RoadmapCost;
  effortDays: number;
  prerequisites: string[];
  /** Open questions (not fully in place) this measure works on. */
  addresses: string[];
  /** Questions fully in place once this measure is done (all their linked measures are then done). */
  fixes: string[];
  /** Risk reduction credited to the measure when it was chosen (see docs/scoring.md), 3 decimals. */
  riskReduction: number;
  /** Whether it was pulled into the plan as a missing prerequisite of the measure planned at the end of its bundle. */
  asPrerequisite: boolean;
}

/** The zero-cost first step: find out what was answered "unknown" or left open. */
export interface FindOutStep {
  questions: string[];
  cost: 0;
  explanation: LocalizedText;
}

/** The projected score after a year's measures. */
export interface Projection {
  overall: number;
  level: number;
  levelName: LocalizedText;
}

/** One year of the plan. */
export interface RoadmapYear {
  year: number;
  findOut: FindOutStep | null;
  measures: RoadmapMeasure[];
  /** Yearly costs of measures taken in earlier years. */
  committed: number;
  /** committed + the first-year costs of this year's measures; never more than the budget. */
  spent: number;
  /** budget − spent. */
  remaining: number;
  effortDays: number;
  projected: Projection;
}

/** A measure that would reduce risk but did not fit in the plan. */
export interface UnscheduledMeasure {
  id: string;
  title: LocalizedText;
  /**
   * too-expensive: with its missing prerequisites it costs more than a whole year's budget (or
   * effort limit); budget-exhausted: it lost out to measures with more risk reduction per euro.
   */
  reason: 'too-expensive' | 'budget-exhausted';
  cost: RoadmapCost;
  addresses: string[];
  riskReduction: number;
}

/** The output of {@link planRoadmap}. */
export interface Roadmap {
  assessmentId: string;
  catalog: { id: string; version: string };
  sizeClass: SizeClass;
  budgetPerYear: number;
  effortDaysPerYear: number | null;
  baseline: Projection;
  /** Measures counted as done already: every applicable question linked to them is fully in place. */
  alreadyInPlace: string[];
  years: RoadmapYear[];
  notScheduled: UnscheduledMeasure[];
}
