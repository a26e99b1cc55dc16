/* Generated from schemas/benchmark-submission.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * A scan result an organisation shares with a centre, with its consent: subsector, size class, region and scores only; no names, ids, notes or free text.
 */
export interface BenchmarkSubmission {
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Subsector within Life Sciences & Health (research, sales, manufacturing, education, care) or other.
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
   * Size class: micro (<10 people), small (10-49), medium (50-249), large (250+).
   */
  sizeClass: 'micro' | 'small' | 'medium' | 'large';
  /**
   * Labour-market region of Zuid-Holland: Drechtsteden, Gorinchem, Haaglanden, Holland Rijnland, Midden-Holland, Rijnmond, Zuid-Holland Centraal.
   */
  region?:
    | 'Drechtsteden'
    | 'Gorinchem'
    | 'Haaglanden'
    | 'Holland Rijnland'
    | 'Midden-Holland'
    | 'Rijnmond'
    | 'Zuid-Holland Centraal';
  catalog: CatalogRef;
  /**
   * Identifier of the scoring method and its version, e.g. lsh-basisscan/1.
   */
  method: string;
  /**
   * Overall score 0-100.
   */
  overall: number;
  /**
   * Maturity level 1-5 after caps.
   */
  level: number;
  /**
   * Score per domain, in catalog order.
   *
   * @maxItems 100
   */
  domains: {
    /**
     * Domain id of the catalog.
     */
    id: string;
    /**
     * Domain score 0-100; null when the domain was not scored.
     */
    score: number | null;
  }[];
  /**
   * Ids of the critical questions that are not fully in place.
   *
   * @maxItems 1000
   *
   * Items: A stable identifier: letters, digits and . _ : / -, starting with a letter or digit.
   */
  criticalGaps: string[];
  counts: Counts;
  /**
   * The self-rating 1-5, or null when not given.
   */
  selfRating: number | null;
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
