export type { AnswerStatus } from './answers.js';
export { type BenchmarkOptions, type BenchmarkResult, benchmark, MIN_GROUP_FLOOR, type PeerGroup, type PeerResult } from './benchmark.js';
export { cellCovering } from './cell-covering.js';
export { type CompareOptions, compareReports, type DomainChange, type GapChange, type ReportComparison } from './compare.js';
export {
  type CellDimensions,
  type CellMembership,
  cellKey,
  DEFAULT_RELEASE_K,
  type PriorRelease,
  planRelease,
  type ReleaseMember,
  type ReleaseOptions,
  type ReleasePlan,
  type SuppressedCell,
  type SuppressionReason,
  scoreBand,
} from './disclosure.js';
export {
  DOWNTIME_CLUSTER_FACTOR,
  DOWNTIME_COST_PER_DAY,
  DOWNTIME_DAYS,
  type DowntimeImpact,
  type DowntimeProfile,
  estimateDowntimeImpact,
  INCIDENT_LIKELIHOOD,
  type LossEstimate,
} from './downtime.js';
export { ScoringError, type ScoringIssue } from './errors.js';
export { domainGate, levelBand } from './level-bands.js';
export {
  CRITICAL_CAP_MISSING,
  CRITICAL_CAP_PARTLY,
  LEVEL_NAMES,
  LEVEL_THRESHOLDS,
  NA_SHARE_LIMIT,
  SCORING_METHOD,
} from './method.js';
export { DEFAULT_DAY_RATE, DEFAULT_EFFORT_DAYS_PER_YEAR, type PlanningSettings, planningSettings } from './planning-defaults.js';
export { type PriorityOptions, priorityMeasures } from './priority-measures.js';
export { projectReport } from './project.js';
export { projectionLabel } from './projection-label.js';
export { type ApplicabilityProfile, questionApplies } from './question-applies.js';
export { planRoadmap } from './roadmap.js';
export { CRITICAL_BOOST } from './roadmap-plan.js';
export type {
  FindOutStep,
  Projection,
  Roadmap,
  RoadmapCost,
  RoadmapMeasure,
  RoadmapOptions,
  RoadmapYear,
  UnknownQuestion,
  UnscheduledMeasure,
} from './roadmap-types.js';
export { scoreAssessment } from './score.js';
export { type SubmissionProfile, toBenchmarkSubmission } from './submission.js';
