import type { LocalizedText } from './common.js';

/**
 * The display bands of a 0-100 score, one set for every face (terminal colours, charts, the chain
 * drawing, clause triggers): below {@link WEAK_SCORE} is weak, from {@link STRONG_SCORE} strong,
 * in between fair. They sit on the level thresholds of the scoring method (25/50/70/85): weak
 * is levels 1 and 2, fair level 3, strong levels 4 and 5, so a colour never contradicts a level.
 */

/** Below this a score is weak: the threshold for weak domains and weak links everywhere. */
export const WEAK_SCORE = 50;
/** From this a score is strong. */
export const STRONG_SCORE = 70;

/** The display band of a score; `none` for a missing score. */
export type ScoreBand = 'weak' | 'fair' | 'strong' | 'none';

/** The display band of a 0-100 score (null or not finite: `none`). */
export function scoreBand(score: number | null | undefined): ScoreBand {
  if (score === null || score === undefined || !Number.isFinite(score)) return 'none';
  if (score < WEAK_SCORE) return 'weak';
  if (score < STRONG_SCORE) return 'fair';
  return 'strong';
}

/** The bands in plain words, in Dutch and English. */
export const SCORE_BAND_LABELS: Readonly<Record<ScoreBand, Readonly<LocalizedText>>> = {
  weak: { nl: `onder ${WEAK_SCORE}: zwak`, en: `below ${WEAK_SCORE}: weak` },
  fair: { nl: `${WEAK_SCORE} tot ${STRONG_SCORE}: matig`, en: `${WEAK_SCORE} to ${STRONG_SCORE}: fair` },
  strong: { nl: `${STRONG_SCORE} en hoger: sterk`, en: `${STRONG_SCORE} and above: strong` },
  none: { nl: 'geen score', en: 'no score' },
};
