/* Generated from schemas/catalog.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * A question catalog for the basisscan: domains, questions with weighted options, and measures (step plans).
 */
export interface Catalog {
  /**
   * Optional URL or path of the JSON Schema this document follows, for editors.
   */
  $schema?: string;
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the catalog.
   */
  id: string;
  /**
   * Version of the catalog; assessments record which version they answer.
   */
  version: string;
  title: LocalizedText;
  description?: LocalizedText1;
  /**
   * The domains, in the order they are shown.
   *
   * @minItems 1
   * @maxItems 100
   */
  domains: Domain[];
  /**
   * The questions, in the order they are asked.
   *
   * @minItems 1
   * @maxItems 10000
   */
  questions: Question[];
  /**
   * The step plans the questions link to.
   *
   * @maxItems 10000
   */
  measures: Measure[];
}
/**
 * Name of the catalog.
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
 * For whom the catalog is and what it covers.
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
 * A group of questions on one theme.
 */
export interface Domain {
  /**
   * Stable identifier of the domain.
   */
  id: string;
  title: LocalizedText2;
  description?: LocalizedText3;
}
/**
 * Name of the domain.
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
 * What the domain is about, in plain words.
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
 * One question of the basisscan.
 */
export interface Question {
  /**
   * Stable identifier of the question; assessments answer by this id.
   */
  id: string;
  /**
   * Id of the domain the question belongs to.
   */
  domain: string;
  text: LocalizedText4;
  help: LocalizedText5;
  /**
   * Relative weight of the question within its domain; greater than 0.
   */
  weight: number;
  /**
   * A knock-out control: when not in place, the maturity level is capped however high the average.
   */
  critical: boolean;
  /**
   * Whether "na" (not applicable) is an allowed answer; where it is not, "na" is refused.
   */
  notApplicableAllowed: boolean;
  /**
   * The answers offered: yes/no is two options, a maturity scale three to five.
   *
   * @minItems 2
   * @maxItems 5
   */
  options: AnswerOption[];
  appliesTo?: AppliesTo;
  references: FrameworkReferences;
  /**
   * Ids of the measures that put this question in place.
   *
   * @maxItems 20
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  measures: string[];
}
/**
 * The question, in plain words.
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
 * Help text with an example, for someone who is not an IT specialist.
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
 * One answer a question offers.
 */
export interface AnswerOption {
  /**
   * The value stored in an assessment when this option is chosen.
   */
  value: string;
  /**
   * Share of the question weight earned by this option, from 0 (not in place) to 1 (fully in place).
   */
  points: number;
  label: LocalizedText6;
}
/**
 * What the user sees for this option.
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
/**
 * Limits the question to some subsectors or size classes.
 */
export interface AppliesTo {
  /**
   * The question applies only to these subsectors; absent means all.
   *
   * @minItems 1
   * @maxItems 50
   *
   * Items: Subsector within Life Sciences & Health (research, sales, manufacturing, education, care) or other.
   */
  subsectors?: (
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
    | 'other'
  )[];
  /**
   * The question applies only to these size classes; absent means all.
   *
   * @minItems 1
   * @maxItems 4
   *
   * Items: Size class: micro (<10 people), small (10-49), medium (50-249), large (250+).
   */
  sizeClasses?: ('micro' | 'small' | 'medium' | 'large')[];
}
/**
 * The frameworks and laws the question rests on.
 */
export interface FrameworkReferences {
  /**
   * NIS2 Article 21(2) measure letters this item addresses, a to j.
   *
   * @maxItems 10
   */
  nis2?: ('a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j')[];
  /**
   * ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.
   *
   * @maxItems 50
   */
  iso27001?: string[];
  /**
   * NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.
   *
   * @maxItems 50
   */
  nistCsf?: string[];
  /**
   * GDPR articles and points, such as 32 or 28(3)(h).
   *
   * @maxItems 20
   */
  gdpr?: string[];
}
/**
 * A concrete step plan that puts one or more questions in place.
 */
export interface Measure {
  /**
   * Stable identifier of the measure.
   */
  id: string;
  title: LocalizedText7;
  summary?: LocalizedText8;
  /**
   * The step plan, in order.
   *
   * @minItems 1
   * @maxItems 30
   */
  steps: LocalizedText9[];
  /**
   * Who carries out the measure: board, staff, it.
   *
   * @minItems 1
   * @maxItems 3
   */
  audience: ('board' | 'staff' | 'it')[];
  /**
   * Indicative one-off and yearly cost and effort per size class.
   */
  cost: {
    micro: CostEstimate;
    small: CostEstimate;
    medium: CostEstimate;
    large: CostEstimate;
  };
  /**
   * Ids of measures that must be done first.
   *
   * @maxItems 20
   *
   * Items: An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.
   */
  prerequisites: string[];
  references: FrameworkReferences1;
  /**
   * Where to find existing help for this measure.
   *
   * @maxItems 20
   */
  help?: HelpSource[];
}
/**
 * Name of the measure.
 */
export interface LocalizedText7 {
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
 * One or two sentences on what the measure achieves.
 */
export interface LocalizedText8 {
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
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText9 {
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
 * Indicative cost and effort for one size class.
 */
export interface CostEstimate {
  /**
   * Indicative one-off cost in euros.
   */
  oneOff: number;
  /**
   * Indicative yearly cost in euros.
   */
  yearly: number;
  /**
   * Indicative one-off effort in person-days.
   */
  effortDays: number;
}
/**
 * The frameworks and laws the measure rests on.
 */
export interface FrameworkReferences1 {
  /**
   * NIS2 Article 21(2) measure letters this item addresses, a to j.
   *
   * @maxItems 10
   */
  nis2?: ('a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j')[];
  /**
   * ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.
   *
   * @maxItems 50
   */
  iso27001?: string[];
  /**
   * NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.
   *
   * @maxItems 50
   */
  nistCsf?: string[];
  /**
   * GDPR articles and points, such as 32 or 28(3)(h).
   *
   * @maxItems 20
   */
  gdpr?: string[];
}
/**
 * Existing help a measure points to, cited, not copied.
 */
export interface HelpSource {
  /**
   * Who offers the help, e.g. Digital Trust Center or Z-CERT.
   */
  name: string;
  /**
   * Where to find it.
   */
  url?: string;
  note?: LocalizedText10;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText10 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
