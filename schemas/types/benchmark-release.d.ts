/* Generated from schemas/benchmark-release.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * Peer benchmarks a centre publishes: per subsector, size class and region and each coarser aggregate, at least k members per cell.
 */
export interface BenchmarkRelease {
  /**
   * Version of the document format. This release reads and writes version 1.
   */
  schemaVersion: 1;
  /**
   * Id of the release.
   */
  id: string;
  /**
   * When the release was published.
   */
  publishedAt: string;
  /**
   * The minimum group size of this release.
   */
  k: number;
  /**
   * The published cells; suppressed cells do not appear.
   */
  cells: BenchmarkCell[];
}
/**
 * Aggregate figures of one group of submissions; a cell leaves out the dimensions it aggregates over.
 */
export interface BenchmarkCell {
  /**
   * Subsector; absent when the cell aggregates over all subsectors.
   */
  subsector?:
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
   * Size class; absent when the cell aggregates over all size classes.
   */
  sizeClass?: 'micro' | 'small' | 'medium' | 'large';
  /**
   * Region; absent when the cell aggregates over all regions.
   */
  region?:
    | 'Drechtsteden'
    | 'Gorinchem'
    | 'Haaglanden'
    | 'Holland Rijnland'
    | 'Midden-Holland'
    | 'Rijnmond'
    | 'Zuid-Holland Centraal';
  /**
   * Number of submissions in the cell; never below the release k.
   */
  n: number;
  overall: Quartiles;
  /**
   * How many submissions score in each 20-point band of the overall score.
   */
  bands: {
    /**
     * Submissions scoring below 20.
     */
    '0-20': number;
    /**
     * Submissions scoring 20 to below 40.
     */
    '20-40': number;
    /**
     * Submissions scoring 40 to below 60.
     */
    '40-60': number;
    /**
     * Submissions scoring 60 to below 80.
     */
    '60-80': number;
    /**
     * Submissions scoring 80 to 100.
     */
    '80-100': number;
  };
  /**
   * How many submissions are at each maturity level.
   */
  levels: {
    /**
     * Submissions at level 1.
     */
    '1': number;
    /**
     * Submissions at level 2.
     */
    '2': number;
    /**
     * Submissions at level 3.
     */
    '3': number;
    /**
     * Submissions at level 4.
     */
    '4': number;
    /**
     * Submissions at level 5.
     */
    '5': number;
  };
  /**
   * Quartiles per domain, only for domains scored by every submission of the cell.
   */
  domains: {
    /**
     * Domain id.
     */
    id: string;
    /**
     * Submissions with a score for this domain.
     */
    n: number;
    quartiles: Quartiles;
  }[];
  /**
   * How many submissions have each critical gap, most frequent first.
   */
  criticalGaps: {
    /**
     * Id of the critical question.
     */
    questionId: string;
    /**
     * Submissions in the cell with this critical gap.
     */
    n: number;
  }[];
}
/**
 * Quartiles of a score, rounded to multiples of 5 points.
 */
export interface Quartiles {
  /**
   * First quartile, rounded to a multiple of 5.
   */
  q1: number;
  /**
   * Median, rounded to a multiple of 5.
   */
  median: number;
  /**
   * Third quartile, rounded to a multiple of 5.
   */
  q3: number;
}
