import { LEVEL_THRESHOLDS } from './method.js';

/** The level band 1-5 of a score 0-100 (already rounded to 1 decimal). */
export function levelBand(score: number): number {
  let level = 1;
  for (const t of LEVEL_THRESHOLDS) if (score >= t) level++;
  return level;
}

/**
 * The cap the weakest scored domain sets: one level above its own band, so an organisation is at
 * most one level ahead of its weakest theme. 5 (no cap) from a weakest domain of 70 upwards.
 */
export function domainGate(weakestDomainScore: number): number {
  return Math.min(5, levelBand(weakestDomainScore) + 1);
}
