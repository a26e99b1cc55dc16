/* Generated from schemas/score-report.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * The scoring engine output for one assessment: scores, level, gaps and an explanation of every number.
 */
export interface ScoreReport {
  /**
   * Optional URL or path of the JSON Schema this document follows, for editors.
   */
  $schema?: string;
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Identifier of the scoring method and its version, e.g. lsh-basisscan/1.
   */
  method: string;
  /**
   * Id of the assessment scored.
   */
  assessmentId: string;
  /**
   * Id of the organisation.
   */
  organisationId: string;
  /**
   * Subsector of the organisation, for applicability and peer comparison.
   */
  subsector:
    | 'biotech-rd'
    | 'health-rd'
    | 'medical-lab'
    | 'pharma-wholesale'
    | 'medical-wholesale'
    | 'pharmacy'
    | 'pharma-ingredients'
    | 'pharma-products'
    | 'measuring-equipment'
    | 'electromedical-equipment'
    | 'optical-instruments'
    | 'medical-instruments'
    | 'vocational-education'
    | 'adult-education'
    | 'higher-education'
    | 'university'
    | 'university-medical-centre'
    | 'hospital'
    | 'mental-health'
    | 'medical-practice'
    | 'paramedical-practice'
    | 'other-care'
    | 'other';
  /**
   * Size class of the organisation, for applicability and peer comparison.
   */
  sizeClass: 'micro' | 'small' | 'medium' | 'large';
  catalog: CatalogRef;
  /**
   * scored; insufficient-data when no domain could be scored (overall is then 0 and level 1).
   */
  status: 'scored' | 'insufficient-data';
  /**
   * Overall score 0-100: the mean of the scored domain scores, each the weighted share of points earned, 1 decimal.
   */
  overall: number;
  level: Level;
  /**
   * Scores per domain, in catalog order.
   */
  domains: DomainScore[];
  counts: Counts;
  /**
   * Critical questions that are not fully in place, in catalog order.
   */
  criticalGaps: CriticalGap[];
  /**
   * The self-rating 1-5, or null when not given.
   */
  selfRating: number | null;
  /**
   * Self-rating minus measured level; positive means the organisation overestimates itself. Null without self-rating.
   */
  perceptionGap: number | null;
  frameworks: FrameworkView;
  /**
   * What each question added or cost, in catalog order.
   */
  contributions: Contribution[];
}
/**
 * Which catalog, and which version of it, an assessment answers.
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
 * The maturity level and why.
 */
export interface Level {
  /**
   * Maturity level 1-5 after caps.
   */
  value: number;
  name: LocalizedText;
  /**
   * The level the score alone would give.
   */
  uncapped: number;
  /**
   * The maximum level allowed by the critical gaps and the weakest domain, or null when no cap applies.
   */
  cap: number | null;
  /**
   * Ids of the critical questions that hold the level below the score level.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  cappedBy: string[];
  /**
   * The weakest domain when it holds the level below the score level, else null.
   */
  domainCap: {
    /**
     * Id of the weakest scored domain.
     */
    domain: string;
    /**
     * Its score 0-100.
     */
    score: number;
    /**
     * The maximum level it allows: one above the level band of its score.
     */
    cap: number;
  } | null;
  explanation: LocalizedText1;
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
 * Why the level is what it is, in a sentence.
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
 * The score of one domain.
 */
export interface DomainScore {
  /**
   * Domain id.
   */
  id: string;
  title: LocalizedText2;
  /**
   * Domain score 0-100; null when nothing applies or too little data.
   */
  score: number | null;
  /**
   * scored; insufficient-data when most questions were answered "na"; not-applicable when no question applies.
   */
  status: 'scored' | 'insufficient-data' | 'not-applicable';
  /**
   * Sum of the weights of the applicable questions.
   */
  weight: number;
  /**
   * Share of the weight of the questions that apply to the profile answered "na"; above 0.5 the domain has insufficient data.
   */
  naShare: number;
  counts: Counts;
}
/**
 * Domain name.
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
 * How the questions were answered.
 */
export interface Counts {
  /**
   * Questions in the catalog.
   */
  questions: number;
  /**
   * Questions that apply to the organisation profile and are not answered "na".
   */
  applicable: number;
  /**
   * Applicable questions answered with one of their options.
   */
  answered: number;
  /**
   * Applicable questions answered "unknown".
   */
  unknown: number;
  /**
   * Applicable questions without an answer.
   */
  unanswered: number;
  /**
   * Questions answered "na" where the question allows it.
   */
  notApplicable: number;
  /**
   * Questions left out because they do not apply to the profile.
   */
  excluded: number;
}
/**
 * A critical question that is not fully in place.
 */
export interface CriticalGap {
  /**
   * Question id.
   */
  questionId: string;
  /**
   * Domain id.
   */
  domain: string;
  text: LocalizedText3;
  /**
   * How it was answered.
   */
  status: 'in-place' | 'partly' | 'not-in-place' | 'unknown' | 'unanswered' | 'not-applicable' | 'excluded';
  /**
   * The maximum level this gap allows: 3 when partly in place, 2 otherwise.
   */
  cap: number;
  /**
   * Measures that close the gap.
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  measures: string[];
}
/**
 * The question.
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
 * The score seen through NIS2 and ISO/IEC 27001.
 */
export interface FrameworkView {
  /**
   * Per NIS2 Article 21(2) measure (a)-(j).
   */
  nis2: {
    /**
     * NIS2 Article 21(2) letter.
     */
    letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
    /**
     * Score 0-100 over the applicable questions citing this letter; null when none.
     */
    score: number | null;
    /**
     * Applicable questions citing this letter.
     */
    questions: number;
  }[];
  /**
   * Per ISO/IEC 27001:2022 Annex A control cited by the catalog.
   */
  iso27001: {
    /**
     * ISO/IEC 27001:2022 Annex A control.
     */
    control: string;
    /**
     * True when at least one applicable question cites the control and every one of them is fully in place.
     */
    addressed: boolean;
    /**
     * Score 0-100 over the applicable questions citing the control; null when none.
     */
    score: number | null;
    /**
     * Applicable questions citing this control.
     */
    questions: number;
  }[];
}
/**
 * What one answer added to or cost the score.
 */
export interface Contribution {
  /**
   * Question id.
   */
  questionId: string;
  /**
   * Domain id.
   */
  domain: string;
  /**
   * The answer value given, or null when unanswered.
   */
  answer: string | null;
  /**
   * How the answer counts.
   */
  status: 'in-place' | 'partly' | 'not-in-place' | 'unknown' | 'unanswered' | 'not-applicable' | 'excluded';
  /**
   * Points of the chosen option, 0 to 1 (0 for unknown and unanswered).
   */
  points: number;
  /**
   * Weight of the question.
   */
  weight: number;
  /**
   * Points of the overall score (0-100) this answer earned.
   */
  earned: number;
  /**
   * Points of the overall score (0-100) this answer cost, against the best option.
   */
  lost: number;
  /**
   * Whether the question is a knock-out control.
   */
  critical: boolean;
  /**
   * Whether the answer counts in the overall score: false when excluded, "na", or in a domain with insufficient data.
   */
  counted: boolean;
}
