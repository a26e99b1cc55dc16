import type { Assessment } from '@lsh-cyber/schema';
import type { IndexedQuestion } from './catalog-index.js';

/** How one answer counts; the same names as `ANSWER_STATUSES` in the schema. */
export type AnswerStatus = 'in-place' | 'partly' | 'not-in-place' | 'unknown' | 'unanswered' | 'not-applicable' | 'excluded';

/** One question as answered by one organisation. */
export interface ClassifiedAnswer {
  status: AnswerStatus;
  /** Points 0-1 of the answer; 0 for everything that is not an option. */
  points: number;
  /** The stored answer value, or null when unanswered. */
  answer: string | null;
}

/**
 * The answer value given per catalog question (null when none), by position. Parsed assessments
 * hold answers in a dictionary-mode object (dozens of keys), where one lookup per question id beats
 * walking the keys; only ids that name an `Object.prototype` property need an own-property check
 * (valid catalogs have none). Answers to ids the catalog lacks are never read.
 */
export function givenValues(questions: readonly IndexedQuestion[], answers: Assessment['answers']): (string | null)[] {
  const values = new Array<string | null>(questions.length);
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const given = q.inherited && !Object.hasOwn(answers, q.question.id) ? undefined : answers[q.question.id];
    values[i] = given === undefined ? null : given.value;
  }
  return values;
}

/**
 * Classifies one answer. The rules, in order: a question that does not apply to the profile is
 * `excluded` whatever was answered; "na" is `not-applicable` where the question allows it; "unknown"
 * and a missing answer count 0 points; an option counts its points (1 in place, 0 not in place,
 * between partly). Input that `parseAssessment` with the catalog refuses — "na" where not allowed, a
 * value that is no option — is scored defensively as `not-in-place` with 0 points, never as a gain.
 */
export function classifyAnswer(q: IndexedQuestion, applies: boolean, answer: string | null): ClassifiedAnswer {
  if (!applies) return { status: 'excluded', points: 0, answer };
  if (answer === null) return { status: 'unanswered', points: 0, answer };
  if (answer === 'unknown') return { status: 'unknown', points: 0, answer };
  if (answer === 'na' && q.question.notApplicableAllowed) return { status: 'not-applicable', points: 0, answer };
  const k = q.values.indexOf(answer);
  const points = k < 0 ? 0 : q.points[k]!;
  if (points <= 0) return { status: 'not-in-place', points: 0, answer };
  return { status: points >= 1 ? 'in-place' : 'partly', points, answer };
}

/** True for the statuses that count in the denominator (the question applies and is not "na"). */
export function isApplicable(status: AnswerStatus): boolean {
  return status !== 'excluded' && status !== 'not-applicable';
}
