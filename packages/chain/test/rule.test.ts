import type { ChainModel } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { FailureSolver } from '../src/failure-solver.js';
import { bound } from '../src/rule.js';
import { ownScores, solve } from '../src/solve.js';
import { CRITICALITIES, chainArbitrary } from './arbitraries.js';

/** Chains where one organisation has many alternatives in one group, and those alternatives share suppliers. */
const wideGroups: fc.Arbitrary<ChainModel> = fc.integer({ min: 3, max: 30 }).chain((n) =>
  fc
    .record({
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
      criticality: fc.array(fc.constantFrom(...CRITICALITIES), { minLength: n, maxLength: n }),
      hub: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    })
    .map(({ scores, criticality, hub }) => {
      const dependencies: ChainModel['dependencies'] = [];
      // o0 has every other organisation as an alternative; those marked `hub` depend on o1.
      for (let i = 1; i < n; i++) dependencies.push({ from: 'o0', to: `o${i}`, criticality: criticality[i]!, group: 'g' });
      for (let i = 2; i < n; i++) if (hub[i]) dependencies.push({ from: `o${i}`, to: 'o1', criticality: criticality[i]! });
      return {
        schemaVersion: 1 as const,
        id: 'wide',
        name: 'Wide groups',
        organisations: scores.map((score, i) => ({ id: `o${i}`, name: `O${i}`, role: 'x', score })),
        dependencies,
      };
    }),
);

/** Both solvers on one lowered own score: the failure solver's incremental run and a whole new solve. */
function agree(model: ChainModel, who: number, score: number): void {
  const chain = compileChain(model);
  const own = ownScores(chain, 50);
  const before = solve(chain, own);
  const failure = new FailureSolver(chain, before.effective);
  const v = who % chain.size;
  failure.fail(v, score);
  const lowered = own.slice();
  lowered[v] = Math.min(lowered[v]!, score);
  const after = solve(chain, lowered).effective;
  for (let u = 0; u < chain.size; u++) expect(failure.scoreOf(u)).toBe(after[u]);
  failure.finish();
  for (let u = 0; u < chain.size; u++) expect(failure.scoreOf(u)).toBe(before.effective[u]);
}

describe('the propagation rule', () => {
  it('is monotone in the supplier score and never below it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (c, e1, e2) => {
          const [lo, hi] = e1 <= e2 ? [e1, e2] : [e2, e1];
          expect(bound(c, lo)).toBeLessThanOrEqual(bound(c, hi));
          expect(bound(c, lo)).toBeGreaterThanOrEqual(lo);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same scores in both solvers, for any lowered score, on random chains', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 14, maxDependencies: 50 }), fc.nat(), fc.integer({ min: 0, max: 100 }), agree),
      { numRuns: 1500 },
    );
  });

  it('gives the same scores in both solvers when many alternatives of one group drop at once', () => {
    fc.assert(fc.property(wideGroups, fc.nat(), fc.integer({ min: 0, max: 100 }), agree), { numRuns: 1000 });
  });
});
