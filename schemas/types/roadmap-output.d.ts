/* Generated from schemas/roadmap-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber roadmap --json` prints: the measures that close the gaps, year by year within a budget.
 */
export interface RoadmapOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * The assessment the report scored.
   */
  assessmentId: string;
  catalog: CatalogRef;
  /**
   * The size class whose costs were used.
   */
  sizeClass: 'micro' | 'small' | 'medium' | 'large';
  /**
   * Euros available each year.
   */
  budgetPerYear: number;
  /**
   * The yearly own-effort limit in person-days (the size class's default unless given), or null for none.
   */
  effortDaysPerYear: number | null;
  /**
   * Euros per bought-in person-day.
   */
  dayRate: number;
  /**
   * Whether work days were bought in at dayRate.
   */
  buyEffort: boolean;
  baseline: Projection;
  /**
   * Measures counted as done already: every applicable question linked to them is fully in place.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  alreadyInPlace: string[];
  /**
   * The plan, year by year.
   */
  years: RoadmapYear[];
  /**
   * Measures that would reduce risk but did not fit, in catalog order.
   */
  notScheduled: UnscheduledMeasure[];
  /**
   * The questions answered "don't know", in catalog order, to go back to.
   */
  unknownQuestions: {
    /**
     * The question's id, to link back to it.
     */
    questionId: string;
    /**
     * Domain id.
     */
    domain: string;
    text: LocalizedText6;
  }[];
}
/**
 * The catalog the plan draws its measures from.
 */
export interface CatalogRef {
  /**
   * Id of the catalog answered.
   */
  id: string;
  /**
   * Version of the catalog answered.
   */
  version: string;
}
/**
 * The score before any measure.
 */
export interface Projection {
  /**
   * Overall score 0-100.
   */
  overall: number;
  /**
   * Maturity level 1-5 after caps.
   */
  level: number;
  levelName: LocalizedText;
  /**
   * The critical questions that hold the level below the band of the score; empty when none does.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  heldDownBy: string[];
  label: LocalizedText1;
}
/**
 * Name of the level.
 */
export interface LocalizedText {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * E.g. "score 77.0, level 2", and, when held down, why.
 */
export interface LocalizedText1 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * One year of the plan.
 */
export interface RoadmapYear {
  /**
   * 1 for the first year of the plan.
   */
  year: number;
  /**
   * The find-out step, in year 1 only and only when something is unknown or unanswered; else null.
   */
  findOut: FindOutStep | null;
  /**
   * The measures taken this year, in the order to take them.
   */
  measures: RoadmapMeasure[];
  /**
   * Yearly costs of measures taken in earlier years.
   */
  committed: number;
  /**
   * committed + the first-year costs of this year's measures; never more than the budget.
   */
  spent: number;
  /**
   * budget − spent.
   */
  remaining: number;
  /**
   * Person-days of this year's new measures.
   */
  effortDays: number;
  projected: Projection1;
}
/**
 * The zero-cost first step: find out what was answered "unknown" or left open.
 */
export interface FindOutStep {
  /**
   * The questions answered "unknown" or not answered, in catalog order.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  questions: string[];
  /**
   * Always 0: finding out costs nothing.
   */
  cost: 0;
  explanation: LocalizedText2;
}
/**
 * Why this comes first.
 */
export interface LocalizedText2 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * One measure in the plan.
 */
export interface RoadmapMeasure {
  /**
   * Measure id in the catalog.
   */
  id: string;
  title: LocalizedText3;
  /**
   * Who carries it out: board, staff, it.
   */
  audience: ('board' | 'staff' | 'it')[];
  cost: RoadmapCost;
  /**
   * Indicative one-off effort in person-days for the size class.
   */
  effortDays: number;
  /**
   * Its prerequisites in the catalog (done earlier, or already in place).
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  prerequisites: string[];
  /**
   * The step plan, in order.
   */
  steps: LocalizedText4[];
  /**
   * Open questions (not fully in place) this measure works on.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  addresses: string[];
  /**
   * Questions fully in place once this measure is done.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  fixes: string[];
  /**
   * Risk reduction credited to the measure when it was chosen, 3 decimals.
   */
  riskReduction: number;
  /**
   * Whether it was pulled into the plan as a missing prerequisite of the measure planned at the end of its bundle.
   */
  asPrerequisite: boolean;
}
/**
 * Name of the measure.
 */
export interface LocalizedText3 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * The cost of one measure for the chosen size class.
 */
export interface RoadmapCost {
  /**
   * One-off cost in euros; with buyEffort, including the bought-in work days.
   */
  oneOff: number;
  /**
   * Yearly cost in euros, from the year the measure is taken on.
   */
  yearly: number;
  /**
   * oneOff + yearly: what the measure takes from the budget of the year it is taken.
   */
  firstYear: number;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText4 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * The score once the questions fixed so far are in place.
 */
export interface Projection1 {
  /**
   * Overall score 0-100.
   */
  overall: number;
  /**
   * Maturity level 1-5 after caps.
   */
  level: number;
  levelName: LocalizedText;
  /**
   * The critical questions that hold the level below the band of the score; empty when none does.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  heldDownBy: string[];
  label: LocalizedText1;
}
/**
 * A measure that would reduce risk but did not fit in the plan.
 */
export interface UnscheduledMeasure {
  /**
   * Measure id in the catalog.
   */
  id: string;
  title: LocalizedText5;
  /**
   * too-expensive: with its missing prerequisites it costs more than a whole year's budget (or effort limit); budget-exhausted: it lost out to measures with more risk reduction per euro.
   */
  reason: 'too-expensive' | 'budget-exhausted';
  cost: RoadmapCost1;
  /**
   * Open questions it would work on.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  addresses: string[];
  /**
   * Its risk reduction at the end of the plan, 3 decimals.
   */
  riskReduction: number;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText5 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
/**
 * The cost of one measure for the chosen size class.
 */
export interface RoadmapCost1 {
  /**
   * One-off cost in euros; with buyEffort, including the bought-in work days.
   */
  oneOff: number;
  /**
   * Yearly cost in euros, from the year the measure is taken on.
   */
  yearly: number;
  /**
   * oneOff + yearly: what the measure takes from the budget of the year it is taken.
   */
  firstYear: number;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText6 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
