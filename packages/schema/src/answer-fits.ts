import type { Answer } from './assessment.js';
import type { Question } from './catalog.js';

/**
 * Whether an answer fits its question: "unknown" always does, "na" (not applicable) only where the
 * question allows it, any other value only when it is one of the question's options. The one rule
 * behind `parseAssessment` with a catalog, and behind every front end that keeps or drops a stored
 * answer when the catalog changed.
 */
export function answerFits(question: Pick<Question, 'options' | 'notApplicableAllowed'>, answer: Pick<Answer, 'value'>): boolean {
  const value = answer.value;
  if (value === 'unknown') return true;
  if (value === 'na') return question.notApplicableAllowed;
  return question.options.some((o) => o.value === value);
}
