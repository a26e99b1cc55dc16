import type { z } from 'zod';
import { ChainAnalysisOutputSchema } from './outputs/chain-analysis.js';
import { ClausePackOutputSchema } from './outputs/clause-pack.js';
import { DeadlinesOutputSchema } from './outputs/deadlines.js';
import { DutiesOutputSchema } from './outputs/duties.js';
import { EhboCardOutputSchema } from './outputs/ehbo-card.js';
import { RoadmapOutputSchema } from './outputs/roadmap.js';
import { ValidateResultOutputSchema } from './outputs/validate-result.js';

export { type ChainAnalysisOutput, ChainAnalysisOutputSchema } from './outputs/chain-analysis.js';
export { type ClausePackOutput, ClausePackOutputSchema } from './outputs/clause-pack.js';
export { type DeadlinesOutput, DeadlinesOutputSchema } from './outputs/deadlines.js';
export { type DutiesOutput, DutiesOutputSchema } from './outputs/duties.js';
export { type EhboCardOutput, EhboCardOutputSchema } from './outputs/ehbo-card.js';
export { type RoadmapOutput, RoadmapOutputSchema } from './outputs/roadmap.js';
export { type ValidateResultOutput, ValidateResultOutputSchema } from './outputs/validate-result.js';

/** The version every `--json` output of this release carries as `schemaVersion`. */
export const OUTPUT_SCHEMA_VERSION = 1;

/**
 * Every `lsh-cyber <command> --json` output with its zod schema and JSON Schema file name
 * (`schemas/<file>.schema.json`). `score --json` prints a `ScoreReport`, a document kind of its own.
 */
export const OUTPUT_KINDS: readonly { command: string; file: string; schema: z.ZodType }[] = Object.freeze([
  { command: 'validate', file: 'validate-result-output', schema: ValidateResultOutputSchema },
  { command: 'roadmap', file: 'roadmap-output', schema: RoadmapOutputSchema },
  { command: 'chain', file: 'chain-analysis-output', schema: ChainAnalysisOutputSchema },
  { command: 'clauses', file: 'clause-pack-output', schema: ClausePackOutputSchema },
  { command: 'duties', file: 'duties-output', schema: DutiesOutputSchema },
  { command: 'deadlines', file: 'deadlines-output', schema: DeadlinesOutputSchema },
  { command: 'ehbo', file: 'ehbo-card-output', schema: EhboCardOutputSchema },
]);
