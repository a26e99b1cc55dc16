/* Generated from schemas/chain-analysis-output.schema.json by json-schema-to-typescript. Do not edit; run `pnpm gen:schemas`. */

/**
 * What `lsh-cyber chain --json` prints: effective scores, weakest links and single points of failure of a chain.
 */
export interface ChainAnalysisOutput {
  /**
   * Version of this output format; this release prints version 1. A change of shape raises it.
   */
  schemaVersion: 1;
  /**
   * The chain in numbers.
   */
  chain: {
    /**
     * Id of the chain (csv-chain for a chain read from CSV).
     */
    id: string;
    /**
     * Name of the chain.
     */
    name: string;
    /**
     * Organisations in the chain.
     */
    organisations: number;
    /**
     * Dependencies in the chain.
     */
    dependencies: number;
    /**
     * Dependencies that repeat an earlier one between the same two organisations (legal).
     */
    repeatedDependencies: number;
    /**
     * Organisations with an own score.
     */
    assessed: number;
    /**
     * The own score assumed for organisations that have not been assessed.
     */
    unknownScore: number;
  };
  /**
   * The --top used for the lists lowest, exposure and singlePointsOfFailure.
   */
  top: number;
  /**
   * Lowest effective score first, ties in chain order; at most top entries.
   */
  lowest: LowestEntry[];
  /**
   * Who holds the chain back, most loss first; at most top entries.
   */
  exposure: ExposureEntry[];
  singlePointsOfFailure: SinglePointsOfFailure;
  /**
   * Every organisation, in chain order.
   */
  organisations: OrganisationResult[];
}
/**
 * An organisation with one of the lowest effective scores, and the path that explains it.
 */
export interface LowestEntry {
  /**
   * The organisation's id.
   */
  id: string;
  /**
   * Its own score, or the unknown score when it has not been assessed.
   */
  own: number;
  /**
   * Its effective score: its own score, lowered by what it depends on.
   */
  effective: number;
  /**
   * The next organisation on its explanation path, or null when it binds itself.
   */
  via: string | null;
  /**
   * The organisation that binds it: the end of its path (itself when via is null).
   */
  origin: string;
  /**
   * Whether its own score is known (false: own is the unknown score).
   */
  assessed: boolean;
  /**
   * [id, ..., origin]: each next organisation is the supplier whose bound sets the score.
   *
   * Items: A stable identifier: 1 to 200 characters, not blank, without control characters.
   */
  path: string[];
}
/**
 * How much one organisation holds the chain back.
 */
export interface ExposureEntry {
  /**
   * The organisation.
   */
  id: string;
  /**
   * How many other organisations it binds: it is the origin of their explanation path.
   */
  binds: number;
  /**
   * The sum of those organisations' loss, own score minus effective score.
   */
  loss: number;
  /**
   * Its own score (the unknown score when not assessed).
   */
  own: number;
  /**
   * Whether its own score is known.
   */
  assessed: boolean;
}
/**
 * Single points of failure: organisations whose failure lowers others, and dependencies without alternative.
 */
export interface SinglePointsOfFailure {
  /**
   * Organisations whose failure lowers at least one other: most affected first, then largest total drop.
   */
  organisations: {
    /**
     * The organisation that fails (its own score drops to 0).
     */
    id: string;
    /**
     * How many other organisations' effective score drops.
     */
    affected: number;
    /**
     * The sum of those drops.
     */
    totalDrop: number;
    /**
     * The largest single drop.
     */
    maxDrop: number;
  }[];
  /**
   * Dependencies without alternative whose supplier's failure lowers the dependant: largest drop first.
   */
  dependencies: {
    /**
     * The organisation that depends.
     */
    from: string;
    /**
     * The supplier it has no alternative for.
     */
    to: string;
    /**
     * The dependency's criticality.
     */
    criticality: number;
    /**
     * How much from's effective score drops when to fails.
     */
    drop: number;
  }[];
  /**
   * How many dependencies have no alternative and a criticality above 0, whether their supplier's failure matters or not.
   */
  withoutAlternative: number;
}
/**
 * What propagation says about one organisation.
 */
export interface OrganisationResult {
  /**
   * The organisation's id.
   */
  id: string;
  /**
   * Its own score, or the unknown score when it has not been assessed.
   */
  own: number;
  /**
   * Its effective score: its own score, lowered by what it depends on.
   */
  effective: number;
  /**
   * The next organisation on its explanation path, or null when it binds itself.
   */
  via: string | null;
  /**
   * The organisation that binds it: the end of its path (itself when via is null).
   */
  origin: string;
  /**
   * Whether its own score is known (false: own is the unknown score).
   */
  assessed: boolean;
}
