/* Generated from schemas/validate-result-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber validate --json` prints: whether each file is a valid document, and every problem.
 */
export interface ValidateResultOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * True when every file is valid.
   */
  valid: boolean;
  /**
   * One result per file, in the order given.
   */
  files: FileValidation[];
}
/**
 * The result of validating one file.
 */
export interface FileValidation {
  /**
   * The file as given on the command line.
   */
  file: string;
  /**
   * True when the document is valid (and, for an assessment, matches its catalog).
   */
  valid: boolean;
  /**
   * The document kind recognised, or null when the file could not be read or recognised.
   */
  kind:
    | (
        | 'OrganisationProfile'
        | 'Catalog'
        | 'Assessment'
        | 'ScoreReport'
        | 'ChainModel'
        | 'ClauseLibrary'
        | 'BenchmarkSubmission'
        | 'BenchmarkRelease'
      )
    | null;
  /**
   * For an assessment: the catalog it was checked against; null when none was found or for other kinds.
   */
  catalog: {
    /**
     * Catalog id.
     */
    id: string;
    /**
     * Catalog version.
     */
    version: string;
  } | null;
  /**
   * Every problem found.
   */
  issues: {
    /**
     * Where the problem is, e.g. dependencies.5.criticality; empty for the whole file.
     */
    path: string;
    /**
     * The problem, in plain words.
     */
    message: string;
    /**
     * What kind of problem this is (an IssueCode of @lsh-cyber/schema), for translation; absent on problems that have none.
     */
    code?: string;
    /**
     * The values the code's sentence needs, e.g. the id that is unknown.
     */
    params?: {
      [k: string]: string | number;
    };
  }[];
  /**
   * Remarks that do not make the file invalid, e.g. that no catalog was found.
   */
  notes: string[];
}
