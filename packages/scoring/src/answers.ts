import type { Assessment } from '@lsh-cyber/schema';
import type { IndexedQuestion } from './catalog-index.js';
import { appliesTo } from './catalog-index.js';

/** How one answer counts; the same names as `ANSWER_STATUSES` in the schema. */
export type AnswerStatus = 'in-place' | 'partly' | 'not-in-place' | 'unknown' | 'unanswered' | 'not-applicable' | 'excluded';

/** One question as answered by one organisation. */
export interface ClassifiedAnswer {
  status: AnswerStatus;
  /** Points 0-1 of the answer; 0 for everything that is not an option. */
  points: number;
  /** The stored answer value, or null when unanswered or excluded without an answer. */
  answer: string | null;
}

/**
 * Classifies one answer. The rules, in order: a question that does not apply to the profile is
 * `excluded` whatever was answered; "na" is `not-applicable` where the question allows it; "unknown"
 * and a missing answer count 0 points; an option counts its points (1 in place, 0 not in place,
 * between partly). Input that `parseAssessment` with the catalog refuses — "na" where not allowed, a
 * value that is no option — is scored defensively as `not-in-place` with 0 points, never as a gain.
 */
export function classifyAnswer(q: IndexedQuestion, assessment: Assessment): ClassifiedAnswer {
  const id = q.question.id;
  const given = Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;
  const answer = given ? given.value : null;
  const org = assessment.organisation;
  if (!appliesTo(q, org.subsector, org.sizeClass)) return { status: 'excluded', points: 0, answer };
  if (answer === null) return { status: 'unanswered', points: 0, answer };
  if (answer === 'unknown') return { status: 'unknown', points: 0, answer };
  if (answer === 'na' && q.question.notApplicableAllowed) return { status: 'not-applicable', points: 0, answer };
  const points = q.points.get(answer);
  if (points === undefined || points <= 0) return { status: 'not-in-place', points: 0, answer };
  return { status: points >= 1 ? 'in-place' : 'partly', points, answer };
}

/** True for the statuses that count in the denominator (the question applies and is not "na"). */
export function isApplicable(status: AnswerStatus): boolean {
  return status !== 'excluded' && status !== 'not-applicable';
}
