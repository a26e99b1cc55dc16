export { boundBy } from './bound-by.js';
export { type ChainInput, type CompileOptions, compileChain, type ValidationMode } from './compile-chain.js';
export { CompiledChain } from './compiled-chain.js';
export { CRITICALITY_LEVELS, type CriticalityLevel, criticalityLevel } from './criticality.js';
export { ChainError } from './errors.js';
export { type ExposureEntry, exposure } from './exposure.js';
export { type FailureBasis, failureBasis } from './failure-basis.js';
export { type FailureForest, type FailureStructure, failureForest, failureStructure, type StructureChain } from './failure-forest.js';
export {
  type FailurePlan,
  type PlanFailuresOptions,
  planFailures,
  type SettleFailuresOptions,
  settleFailures,
} from './failure-plan.js';
export type { FailureChain } from './failure-solver.js';
export { type GenerateChainOptions, generateChain, seededRandom } from './generate.js';
export {
  type AnyGraph,
  type BuildChainGraphOptions,
  buildChainGraph,
  type ChainGraph,
  type ChainGraphAttributes,
  type DependencyAttributes,
  dependencyKey,
  type OrganisationAttributes,
  toChainModel,
} from './graph.js';
export {
  type ChainCsv,
  type ChainCsvLanguage,
  type ChainCsvMeta,
  DEPENDENCY_COLUMNS,
  DEPENDENCY_COLUMNS_NL,
  fromCsv,
  ORGANISATION_COLUMNS,
  ORGANISATION_COLUMNS_NL,
  type ToCsvOptions,
  toCsv,
} from './io/csv.js';
export { type CompiledCsvChain, compileCsv } from './io/csv-compile.js';
export { fromGexf, toGexf } from './io/gexf.js';
export { fromGraphml, toGraphml } from './io/graphml.js';
export { parseChainJson, stringifyChainJson } from './io/json.js';
export { lowest } from './lowest.js';
export { DEFAULT_UNKNOWN_SCORE, type PropagateOptions, propagate } from './propagate-api.js';
export { type OrganisationResult, PropagationResult, type PropagationResultJSON } from './result.js';
export { bound } from './rule.js';
export {
  type FailureImpact,
  type SinglePointsOfFailureOptions,
  type SinglePointsOfFailureResult,
  type SoleDependency,
  singlePointsOfFailure,
} from './single-points-of-failure.js';
export type { Solution } from './solve.js';
export { type ChangedOrganisation, type WhatIfChanges, type WhatIfResult, whatIf } from './what-if.js';
