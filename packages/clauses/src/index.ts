export { checkLibraryDefaults, tierDefaults } from './check.js';
export {
  CLAUSE_FIELDS,
  type ClauseChange,
  type ClauseField,
  type ClauseSummary,
  diffLibraries,
  type LibraryDiff,
  type VersionBump,
  versionBump,
} from './diff.js';
export { ClauseError, type ClauseIssue } from './errors.js';
export { clauseLibrary } from './library.js';
export { mergeLibraries } from './merge.js';
export { contractOrder, TOPIC_ORDER } from './order.js';
export { coerceParamValue, stricterValue, strictness, tierDefault } from './params.js';
export { formatValue, type Locale, TIER_LABELS } from './render/text.js';
export { type RenderFormat, type RenderOptions, renderClausePack } from './render.js';
export { type ClauseRequestOptions, clauseRequestFromChain } from './request-from-chain.js';
export { ENHANCED_FROM, STRICT_FROM, tierFor } from './roles.js';
export {
  buyerDeadlineHours,
  buyerDuties,
  type ConsistencyRule,
  checkConsistency,
  LEGAL_DEADLINE_HOURS,
  RULES,
  type RuleContext,
  type RuleRepair,
  type RuleViolation,
} from './rules.js';
export { selectClauses } from './select.js';
export type {
  BuyerDuty,
  BuyerInput,
  ClausePack,
  ClauseReason,
  ClauseValues,
  DependencyInput,
  Localized,
  PackClause,
  PackRole,
  ParamValue,
  ParamValues,
  ReportInput,
  SelectInput,
  SupplierInput,
} from './types.js';
