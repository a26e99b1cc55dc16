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
  /**
   * The terms the texts use that need explaining, with their definitions in Dutch and English.
   *
   * @maxItems 10000
   */
  glossary?: GlossaryEntry[];
  costBasis?: CostBasis;
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
   * Other NIS2 (EU) 2022/2555 articles or points this item rests on, such as 20 (governance, board training) or 23 (reporting); listed in reference/nis2-articles.txt.
   *
   * @maxItems 20
   */
  nis2Articles?: string[];
  /**
   * ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.
   *
   * @maxItems 50
   */
  iso27001?: string[];
  /**
   * ISO/IEC 27001:2022 management-system clauses (4 to 10), such as 6.1.2 (risk assessment) or 9.3 (management review); listed in reference/iso27001-2022-clauses.txt.
   *
   * @maxItems 20
   */
  iso27001Clauses?: string[];
  /**
   * NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.
   *
   * @maxItems 50
   */
  nistCsf?: string[];
  /**
   * GDPR articles and points, such as 32, 5(1)(e) or 28(3)(h); listed in reference/gdpr-articles.txt.
   *
   * @maxItems 20
   */
  gdpr?: string[];
  /**
   * Standards and guidance by edition, such as NEN 7510-1:2024, NEN 7512:2022 or NEN 7513:2018; listed in reference/standards.txt.
   *
   * @maxItems 20
   */
  standards?: string[];
  /**
   * Articles and Annex I points of the MDR (EU) 2017/745 or IVDR (EU) 2017/746; listed in reference/mdr-ivdr.txt.
   *
   * @maxItems 20
   */
  mdr?: string[];
  /**
   * Dutch health-data and care-quality provisions, such as Wkkgz art. 11(1)(a) or Begz art. 5(1); listed in reference/nl-health-law.txt.
   *
   * @maxItems 20
   */
  nlHealthLaw?: string[];
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
   * Other NIS2 (EU) 2022/2555 articles or points this item rests on, such as 20 (governance, board training) or 23 (reporting); listed in reference/nis2-articles.txt.
   *
   * @maxItems 20
   */
  nis2Articles?: string[];
  /**
   * ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.
   *
   * @maxItems 50
   */
  iso27001?: string[];
  /**
   * ISO/IEC 27001:2022 management-system clauses (4 to 10), such as 6.1.2 (risk assessment) or 9.3 (management review); listed in reference/iso27001-2022-clauses.txt.
   *
   * @maxItems 20
   */
  iso27001Clauses?: string[];
  /**
   * NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.
   *
   * @maxItems 50
   */
  nistCsf?: string[];
  /**
   * GDPR articles and points, such as 32, 5(1)(e) or 28(3)(h); listed in reference/gdpr-articles.txt.
   *
   * @maxItems 20
   */
  gdpr?: string[];
  /**
   * Standards and guidance by edition, such as NEN 7510-1:2024, NEN 7512:2022 or NEN 7513:2018; listed in reference/standards.txt.
   *
   * @maxItems 20
   */
  standards?: string[];
  /**
   * Articles and Annex I points of the MDR (EU) 2017/745 or IVDR (EU) 2017/746; listed in reference/mdr-ivdr.txt.
   *
   * @maxItems 20
   */
  mdr?: string[];
  /**
   * Dutch health-data and care-quality provisions, such as Wkkgz art. 11(1)(a) or Begz art. 5(1); listed in reference/nl-health-law.txt.
   *
   * @maxItems 20
   */
  nlHealthLaw?: string[];
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
/**
 * A term a catalog explains, with the words that count as using it.
 */
export interface GlossaryEntry {
  /**
   * Stable identifier of the term.
   */
  id: string;
  term: LocalizedText11;
  definition: LocalizedText12;
  /**
   * The words that count as a use of the term, per language; whole words, any case.
   */
  forms: {
    /**
     * Dutch words that count as this term, e.g. "phishing", "phishingmail".
     *
     * @minItems 1
     * @maxItems 20
     */
    nl: string[];
    /**
     * English words that count as this term.
     *
     * @minItems 1
     * @maxItems 20
     */
    en: string[];
  };
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText11 {
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
export interface LocalizedText12 {
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
 * What the cost figures of the measures assume (VAT, rates, headcount).
 */
export interface CostBasis {
  /**
   * Whether the cost figures include VAT (BTW).
   */
  vat: 'excluded' | 'included';
  /**
   * The hourly rate of an outside IT supplier or adviser the figures assume, in euros; also used to value work days that are bought in.
   */
  supplierHourlyRate: number;
  /**
   * Hours in one person-day of effort.
   */
  hoursPerDay: number;
  /**
   * The number of staff the figures of each size class are written for.
   */
  headcount: {
    /**
     * Staff in a micro organisation, as the figures assume.
     */
    micro: number;
    /**
     * Staff in a small organisation, as the figures assume.
     */
    small: number;
    /**
     * Staff in a medium organisation, as the figures assume.
     */
    medium: number;
    /**
     * Staff in a large organisation, as the figures assume.
     */
    large: number;
  };
  assumptions: LocalizedText13;
}
/**
 * A text in Dutch (nl) and English (en); both are required.
 */
export interface LocalizedText13 {
  /**
   * Dutch text.
   */
  nl: string;
  /**
   * English text.
   */
  en: string;
}
