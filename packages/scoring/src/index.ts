export { type AnswerStatus, classifyAnswer } from './answers.js';
export { ScoringError, type ScoringIssue } from './errors.js';
export { domainGate, levelBand } from './levels.js';
export {
  CRITICAL_CAP_MISSING,
  CRITICAL_CAP_PARTLY,
  LEVEL_NAMES,
  LEVEL_THRESHOLDS,
  NA_SHARE_LIMIT,
  SCORING_METHOD,
} from './method.js';
export { scoreAssessment } from './score.js';
