import { parseAssessment, parseCatalog } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalogAndAssessment } from '../bench/catalog-generator.mjs';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { arbCatalogAndAssessment } from './arbitraries.js';
import { planRoadmapOracle } from './roadmap-oracle.js';

const options = fc.record({
  budgetPerYear: fc.oneof(fc.integer({ min: 0, max: 12_000 }), fc.constant(1e12)),
  years: fc.integer({ min: 1, max: 5 }),
  effortDaysPerYear: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});

describe('the heap-based planner gives exactly the roadmap of the rescanning one', () => {
  it('on random small catalogs', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, options, ({ catalog, assessment }, opts) => {
        const report = scoreAssessment(assessment, catalog);
        expect(planRoadmap(report, catalog, opts)).toEqual(planRoadmapOracle(report, catalog, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('on generated catalogs of up to 300 measures that share questions and prerequisites', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom('shallow' as const, 'deep' as const),
        options,
        (seed, questions, measures, prerequisites, opts) => {
          const generated = generateCatalogAndAssessment({ questions, measures, seed, prerequisites });
          const catalog = parseCatalog(generated.catalog);
          const report = scoreAssessment(parseAssessment(generated.assessment), catalog);
          expect(planRoadmap(report, catalog, opts)).toEqual(planRoadmapOracle(report, catalog, opts));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a catalog at the schema maximum', () => {
  it('plans 10,000 measures for 10,000 questions', () => {
    const generated = generateCatalogAndAssessment({ questions: 10_000, measures: 10_000, seed: 7 });
    const catalog = parseCatalog(generated.catalog);
    const report = scoreAssessment(parseAssessment(generated.assessment), catalog);
    const plan = planRoadmap(report, catalog, { budgetPerYear: 1e12, years: 1 });
    const planned = plan.years[0]!.measures.length;
    expect(planned).toBeGreaterThan(0);
    expect(plan.notScheduled).toEqual([]);
    expect(planned + plan.alreadyInPlace.length).toBeLessThanOrEqual(10_000);
  });
});
