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

/**
 * Both solvers on lowered own scores: the failure solver pushing one failure after another, each
 * on top of the ones before, against a whole new solve with all of them lowered; then popping
 * them one by one, which must give back each earlier state exactly.
 */
function agreeNested(model: ChainModel, failures: [number, number][]): void {
  const chain = compileChain(model);
  const own = ownScores(chain, 50);
  const before = solve(chain, own);
  const failure = new FailureSolver(chain, before.effective);
  const states: Float64Array[] = [before.effective];
  const lowered = own.slice();
  for (const [who, score] of failures) {
    const v = who % chain.size;
    failure.push(v, score);
    lowered[v] = Math.min(lowered[v]!, score);
    const after = solve(chain, lowered).effective;
    for (let u = 0; u < chain.size; u++) expect(failure.scoreOf(u)).toBe(after[u]);
    // What the state costs the others than v, counted afresh.
    let affected = 0;
    let total = 0;
    let max = 0;
    for (let u = 0; u < chain.size; u++) {
      const drop = before.effective[u]! - after[u]!;
      if (u === v || drop <= 0) continue;
      affected++;
      total += drop;
      max = Math.max(max, drop);
    }
    const impact = failure.impactBesides(v);
    expect(impact.affected).toBe(affected);
    expect(impact.max).toBe(max);
    expect(impact.total).toBeCloseTo(total, 9);
    states.push(after);
  }
  for (let k = failures.length; k > 0; k--) {
    failure.pop();
    for (let u = 0; u < chain.size; u++) expect(failure.scoreOf(u)).toBe(states[k - 1]![u]);
  }
  expect(failure.depth).toBe(0);
}

const agree = (model: ChainModel, who: number, score: number) => agreeNested(model, [[who, score]]);
const failures = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 5 });

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

  it('gives the same scores and costs in both solvers for failures pushed on top of each other, and pops back exactly', () => {
    fc.assert(fc.property(chainArbitrary({ maxOrganisations: 14, maxDependencies: 50 }), failures, agreeNested), { numRuns: 500 });
    fc.assert(fc.property(wideGroups, failures, agreeNested), { numRuns: 400 });
  });
});
