import type { LocalizedText, Measure, SizeClass } from '@lsh-cyber/schema';

/** Options of {@link planRoadmap}. */
export interface RoadmapOptions {
  /** Euros available each year, for new measures and for the yearly costs of measures already taken. */
  budgetPerYear: number;
  /** Number of years to plan, 1 to 20. */
  years: number;
  /** Size class whose costs apply; defaults to the report's size class. */
  sizeClass?: SizeClass;
  /**
   * Own person-days the organisation can spend on new measures each year. Absent: the default of
   * the size class ({@link DEFAULT_EFFORT_DAYS_PER_YEAR}); null: no limit.
   */
  effortDaysPerYear?: number | null;
  /**
   * True when nobody in-house can do the work: every effort day is bought at `dayRate` and added
   * to the measure's one-off cost, and no own-effort limit applies. Default false.
   */
  buyEffort?: boolean;
  /** Euros per bought-in person-day; default the catalog's `costBasis` rate × hours per day, else {@link DEFAULT_DAY_RATE}. */
  dayRate?: number;
}

/** A question answered "weet ik niet" ("don't know"), listed so the user can go back to it. */
export interface UnknownQuestion {
  /** The question's id, to link back to it. */
  questionId: string;
  domain: string;
  text: LocalizedText;
}

/** The cost of one measure for the chosen size class. */
export interface RoadmapCost {
  /** One-off cost in euros; with `buyEffort`, including the bought-in work days (effortDays × dayRate). */
  oneOff: number;
  /** Yearly cost in euros, from the year it is taken on. */
  yearly: number;
  /** oneOff + yearly: what the measure takes from the budget of the year it is taken. */
  firstYear: number;
}

/** One measure in the plan. */
export interface RoadmapMeasure {
  /** Measure id in the catalog. */
  id: string;
  title: LocalizedText;
  /** Who carries it out: board, staff, it. */
  audience: Measure['audience'];
  cost: RoadmapCost;
  /** Indicative one-off effort in person-days for the size class. */
  effortDays: number;
  /** Its prerequisites in the catalog (done earlier, or already in place). */
  prerequisites: string[];
  /** The measure's step plan, in order. */
  steps: LocalizedText[];
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
  /** The questions answered "unknown" or not answered, in catalog order. */
  questions: string[];
  cost: 0;
  /** Why this comes first, in Dutch and English. */
  explanation: LocalizedText;
}

/** The projected score after a year's measures. */
export interface Projection {
  /** Overall score 0-100. */
  overall: number;
  /** Level 1-5 after caps. */
  level: number;
  levelName: LocalizedText;
  /** The critical questions that hold the level below the band of the score; empty when none does. */
  heldDownBy: string[];
  /** "score 77.0, level 2" and, when held down, "because: …" naming the critical questions. */
  label: LocalizedText;
}

/** One year of the plan. */
export interface RoadmapYear {
  /** 1 for the first year of the plan. */
  year: number;
  /** The find-out step, in year 1 only and only when something is unknown or unanswered. */
  findOut: FindOutStep | null;
  /** The measures taken this year, in the order to take them. */
  measures: RoadmapMeasure[];
  /** Yearly costs of measures taken in earlier years. */
  committed: number;
  /** committed + the first-year costs of this year's measures; never more than the budget. */
  spent: number;
  /** budget − spent. */
  remaining: number;
  /** Person-days of this year's new measures. */
  effortDays: number;
  /** The score once the questions fixed so far are in place. */
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
  /** Its own cost, without prerequisites. */
  cost: RoadmapCost;
  /** Open questions it would work on. */
  addresses: string[];
  /** Its risk reduction at the end of the plan, 3 decimals. */
  riskReduction: number;
}

/** The output of {@link planRoadmap}. */
export interface Roadmap {
  /** The assessment the report scored. */
  assessmentId: string;
  /** The catalog the plan draws its measures from. */
  catalog: { id: string; version: string };
  /** The size class whose costs were used. */
  sizeClass: SizeClass;
  budgetPerYear: number;
  /** The yearly own-effort limit in person-days (the size class's default unless given), or null for none. */
  effortDaysPerYear: number | null;
  /** Euros per bought-in person-day. */
  dayRate: number;
  /** Whether work days were bought in at `dayRate`. */
  buyEffort: boolean;
  /** The score before any measure. */
  baseline: Projection;
  /** Measures counted as done already: every applicable question linked to them is fully in place. */
  alreadyInPlace: string[];
  years: RoadmapYear[];
  /** Measures that would reduce risk but did not fit, in catalog order. */
  notScheduled: UnscheduledMeasure[];
  /** The questions answered "weet ik niet" ("don't know"), in catalog order, to go back to. */
  unknownQuestions: UnknownQuestion[];
}
