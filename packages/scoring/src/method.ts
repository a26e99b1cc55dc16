import type { LocalizedText } from '@lsh-cyber/schema';

/** Identifier of this scoring method, written into every report. Bumped when any rule below changes. */
export const SCORING_METHOD = 'lsh-basisscan/1';

/**
 * Lowest overall score (after rounding to 1 decimal) of levels 2 to 5: below 25 is level 1,
 * 25 to below 50 level 2, 50 to below 70 level 3, 70 to below 85 level 4, 85 and above level 5.
 */
export const LEVEL_THRESHOLDS: readonly [number, number, number, number] = [25, 50, 70, 85];

/** Names of levels 1 to 5 (index 0 is level 1). */
export const LEVEL_NAMES: readonly LocalizedText[] = [
  { nl: 'Beginnend', en: 'Beginning' },
  { nl: 'In ontwikkeling', en: 'Developing' },
  { nl: 'Basis op orde', en: 'Established' },
  { nl: 'Beheerst', en: 'Managed' },
  { nl: 'Voorbeeld', en: 'Leading' },
];

/** The highest level allowed while a critical question is not in place at all (0 points, unknown or unanswered). */
export const CRITICAL_CAP_MISSING = 2;

/** The highest level allowed while a critical question is only partly in place (more than 0, fewer than 1 point). */
export const CRITICAL_CAP_PARTLY = 3;

/**
 * A domain whose "na" answers carry more than this share of the weight of its questions that apply
 * to the profile has insufficient data: no score, and it is left out of the overall score.
 */
export const NA_SHARE_LIMIT = 0.5;
