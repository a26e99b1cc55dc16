/**
 * How much an organisation suffers when a supplier fails, in the words a person would use, and
 * the criticality each stands for (see `propagate`: a supplier with effective score `e` bounds its
 * dependant at `100 − c·(100 − e)`). `stops`: the work stops without the supplier (1, the
 * default of a dependency); `hampered`: it goes on with great difficulty (0.6); `inconvenient`:
 * a nuisance, easily worked around (0.3).
 */
export const CRITICALITY_LEVELS = Object.freeze({ stops: 1, hampered: 0.6, inconvenient: 0.3 } as const);

/** A plain-language criticality: a key of {@link CRITICALITY_LEVELS}. */
export type CriticalityLevel = keyof typeof CRITICALITY_LEVELS;

/**
 * The plain-language level nearest to a criticality (ties to the more critical one), so a chain
 * drawn elsewhere with other numbers still reads in words. An absent criticality is 1.
 */
export function criticalityLevel(criticality = 1): CriticalityLevel {
  let best: CriticalityLevel = 'stops';
  for (const level of Object.keys(CRITICALITY_LEVELS) as CriticalityLevel[]) {
    if (Math.abs(CRITICALITY_LEVELS[level] - criticality) < Math.abs(CRITICALITY_LEVELS[best] - criticality)) best = level;
  }
  return best;
}
