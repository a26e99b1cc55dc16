import type { Assessment } from '@lsh-cyber/schema';
import type { IndexedQuestion } from './catalog-index.js';

/** How one answer counts; the same names as `ANSWER_STATUSES` in the schema. */
export type AnswerStatus = 'in-place' | 'partly' | 'not-in-place' | 'unknown' | 'unanswered' | 'not-applicable' | 'excluded';

/** Status codes used inside the engine (numbers compare and index faster than strings). */
export const IN_PLACE = 0;
export const PARTLY = 1;
export const NOT_IN_PLACE = 2;
export const UNKNOWN = 3;
export const UNANSWERED = 4;
export const NOT_APPLICABLE = 5;
export const EXCLUDED = 6;

/** The status name of each code. */
export const STATUS_NAMES: readonly AnswerStatus[] = [
  'in-place',
  'partly',
  'not-in-place',
  'unknown',
  'unanswered',
  'not-applicable',
  'excluded',
];

/** Every catalog question as answered by one organisation, by position (parallel arrays, for speed). A question counts in its domain's denominator when its code is below NOT_APPLICABLE. */
export interface Classified {
  /** Status code of each answer (see {@link STATUS_NAMES}). */
  code: number[];
  /** Points 0-1 of each answer; 0 for everything that is not an option. */
  points: number[];
  /** The stored answer values, null when unanswered. */
  answer: (string | null)[];
}

/**
 * Classifies every answer. The rules, in order: a question that does not apply to the profile is
 * `excluded` whatever was answered; "na" is `not-applicable` where the question allows it; "unknown"
 * and a missing answer count 0 points; an option counts its points (1 in place, 0 not in place,
 * between partly). Input that `parseAssessment` with the catalog refuses — "na" where not allowed, a
 * value that is no option — is scored defensively as `not-in-place` with 0 points, never as a gain.
 *
 * Parsed assessments hold answers in a dictionary-mode object (dozens of keys), where one lookup per
 * question id is the cheapest read; only ids that name an `Object.prototype` property need an
 * own-property check (valid catalogs have none). Answers to ids the catalog lacks are never read.
 */
export function classifyAnswers(
  questions: readonly IndexedQuestion[],
  mask: readonly boolean[],
  answers: Assessment['answers'],
): Classified {
  const n = questions.length;
  const out: Classified = { code: new Array(n), points: new Array(n), answer: new Array(n) };
  // Two tight passes: first every lookup, then every answer object. The reads miss the CPU caches
  // when many assessments are scored in turn, and independent reads in a short loop overlap.
  const given = out.answer as unknown[];
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    given[i] = q.inherited && !Object.hasOwn(answers, q.key) ? undefined : answers[q.key];
  }
  for (let i = 0; i < n; i++) {
    // Unparsed input may hold anything here; only a string counts as an answer.
    const value: unknown = (given[i] as { value?: unknown } | undefined)?.value;
    out.answer[i] = typeof value === 'string' ? value : null;
  }
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    const answer = out.answer[i]!;
    let code: number;
    let points = 0;
    if (!mask[i]) code = EXCLUDED;
    else if (answer === null) code = UNANSWERED;
    else if (answer === 'unknown') code = UNKNOWN;
    else if (answer === 'na' && q.naAllowed) code = NOT_APPLICABLE;
    else {
      const k = q.values.indexOf(answer);
      points = k < 0 ? 0 : q.points[k]!;
      // Clamped for catalogs that skipped validation; parseCatalog already keeps points within 0-1.
      points = Math.min(1, Math.max(0, points || 0));
      code = points <= 0 ? NOT_IN_PLACE : points >= 1 ? IN_PLACE : PARTLY;
    }
    out.code[i] = code;
    out.points[i] = points;
  }
  return out;
}
