/** A seeded random number generator returning numbers in [0, 1). */
export function rng(seed: number): () => number;
/** A catalog (plain JSON, not yet parsed) and an assessment of it with random answers. */
export function generateCatalogAndAssessment(options: {
  questions: number;
  measures: number;
  seed?: number;
  prerequisites?: 'shallow' | 'deep';
}): {
  catalog: unknown;
  assessment: unknown;
};
