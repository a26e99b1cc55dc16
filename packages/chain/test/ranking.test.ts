import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundBy } from '../src/bound-by.js';
import { ChainError } from '../src/errors.js';
import { lowest } from '../src/lowest.js';
import { propagate } from '../src/propagate-api.js';
import { chainArbitrary } from './arbitraries.js';

describe('lowest and boundBy', () => {
  it('lowest(result, k) is the first k of all organisations sorted by effective score, ties in chain order', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 30, maxDependencies: 60 }), fc.nat(35), (model, k) => {
        const result = propagate(model);
        const all = result.toJSON().organisations.map((o, i) => ({ ...o, i }));
        all.sort((a, b) => a.effective - b.effective || a.i - b.i);
        expect(lowest(result, k)).toEqual(all.slice(0, k).map(({ i: _, ...o }) => o));
      }),
      { numRuns: 500 },
    );
  });

  it('boundBy(result, id) lists the others whose explanation path ends at id, in chain order', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 20, maxDependencies: 50 }), (model) => {
        const result = propagate(model);
        for (const o of model.organisations) {
          const expected = model.organisations.map((x) => x.id).filter((x) => x !== o.id && result.path(x).at(-1) === o.id);
          expect(boundBy(result, o.id)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a bad k and an unknown id with ChainError', () => {
    const result = propagate({
      schemaVersion: 1,
      id: 'x',
      name: 'X',
      organisations: [{ id: 'a', name: 'A', role: 'x' }],
      dependencies: [],
    });
    expect(() => lowest(result, -1)).toThrow(ChainError);
    expect(() => lowest(result, 1.5)).toThrow(/whole number/);
    expect(() => boundBy(result, 'nope')).toThrow(ChainError);
  });
});
