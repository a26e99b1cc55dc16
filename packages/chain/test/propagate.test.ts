import type { ChainModel } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { propagate } from '../src/propagate-api.js';
import type { PropagationResult } from '../src/result.js';
import { chainArbitrary } from './arbitraries.js';
import { groupsOf, oracleBound, oracleEffective } from './oracle.js';

/** Checks every path against the rules of the issue; returns the first broken rule, or null. */
function brokenPathRule(model: ChainModel, result: PropagationResult, unknownScore = 50): string | null {
  const { index } = groupsOf(model);
  const e = (id: string) => result.get(id).effective;
  const s = (id: string) => model.organisations[index.get(id)!]!.score ?? unknownScore;
  for (const o of model.organisations) {
    const path = result.path(o.id);
    if (path[0] !== o.id) return `${o.id}: path does not start at it`;
    if (path.length > model.organisations.length) return `${o.id}: path repeats an organisation`;
    const last = path[path.length - 1]!;
    if (e(last) !== s(last)) return `${o.id}: origin ${last} does not bind itself`;
    if (result.get(o.id).origin !== last) return `${o.id}: origin is not the end of the path`;
    for (let k = 0; k + 1 < path.length; k++) {
      const x = path[k]!;
      const y = path[k + 1]!;
      // A repeated dependency x → y: the explanation follows the one that binds.
      const candidates = model.dependencies.filter((d) => d.from === x && d.to === y);
      const groupBest = (g: string) =>
        Math.max(...model.dependencies.filter((d) => d.from === x && d.group === g).map((d) => oracleBound(d.criticality ?? 1, e(d.to))));
      const binds = (d: ChainModel['dependencies'][number]) =>
        oracleBound(d.criticality ?? 1, e(y)) === e(x) && (d.group === undefined || groupBest(d.group) === e(x));
      const dep = candidates.find(binds) ?? candidates[0];
      if (!dep) return `${x} → ${y} is not a dependency`;
      if (oracleBound(dep.criticality ?? 1, e(y)) !== e(x)) return `${x} → ${y}: bound is not e(${x})`;
      if (dep.group !== undefined) {
        const members = model.dependencies.filter((d) => d.from === x && d.group === dep.group);
        const best = Math.max(...members.map((d) => oracleBound(d.criticality ?? 1, e(d.to))));
        if (best !== e(x)) return `${x} → ${y}: the group's best bound is not e(${x})`;
      }
    }
  }
  return null;
}

describe('propagate', () => {
  it('matches the fixpoint oracle exactly and explains every score, on thousands of random chains', () => {
    fc.assert(
      fc.property(chainArbitrary(), (model) => {
        const result = propagate(model);
        const expected = oracleEffective(model);
        model.organisations.forEach((o, i) => {
          expect(result.get(o.id).effective).toBe(expected[i]);
        });
        expect(brokenPathRule(model, result)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the oracle on larger, denser random chains', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 40, maxDependencies: 200 }), (model) => {
        const result = propagate(compileChain(model));
        const expected = oracleEffective(model);
        model.organisations.forEach((o, i) => {
          expect(result.get(o.id).effective).toBe(expected[i]);
        });
        expect(brokenPathRule(model, result)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('matches the oracle for any unknown score, including non-binary ones', () => {
    fc.assert(
      fc.property(chainArbitrary(), fc.double({ min: 0, max: 100, noNaN: true }), (model, unknownScore) => {
        const result = propagate(model, { unknownScore });
        const expected = oracleEffective(model, unknownScore);
        model.organisations.forEach((o, i) => {
          expect(result.get(o.id).effective).toBe(expected[i]);
        });
        expect(brokenPathRule(model, result, unknownScore)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
