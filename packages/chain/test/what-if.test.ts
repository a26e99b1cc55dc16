import type { ChainModel } from '@lsh-cyber/schema';
import { LshValidationError } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { propagate } from '../src/propagate-api.js';
import { type WhatIfChanges, whatIf } from '../src/what-if.js';
import { CRITICALITIES, chainArbitrary } from './arbitraries.js';

/** Applies the changes to the model itself, the slow and obvious way. */
function applyToModel(model: ChainModel, changes: WhatIfChanges): ChainModel {
  const gone = new Set(changes.remove?.organisations ?? []);
  const pair = (d: { from: string; to: string }) => JSON.stringify([d.from, d.to]);
  const goneDeps = new Set((changes.remove?.dependencies ?? []).map(pair));
  const organisations = [...model.organisations.filter((o) => !gone.has(o.id)), ...(changes.add?.organisations ?? [])].map((o) => {
    const s = changes.scores && Object.hasOwn(changes.scores, o.id) ? changes.scores[o.id] : undefined;
    if (s === undefined) return o;
    const { score: _old, ...rest } = o;
    return s === null ? rest : { ...rest, score: s };
  });
  const dependencies = [
    ...model.dependencies.filter((d) => !gone.has(d.from) && !gone.has(d.to) && !goneDeps.has(pair(d))),
    ...(changes.add?.dependencies ?? []),
  ];
  return { ...model, organisations, dependencies };
}

const scenario = chainArbitrary({ maxOrganisations: 10, maxDependencies: 30 }).chain((model) => {
  const ids = model.organisations.map((o) => o.id);
  const pick = fc.constantFrom(...ids);
  return fc.record({
    model: fc.constant(model),
    scores: fc.dictionary(pick, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { maxKeys: 3 }),
    removeOrg: fc.option(pick, { nil: undefined }),
    removeDep: fc.option(fc.constantFrom(...(model.dependencies.length > 0 ? model.dependencies : [undefined])), { nil: undefined }),
    addOrgScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    addDeps: fc.array(
      fc.record({
        from: pick,
        criticality: fc.constantFrom(...CRITICALITIES),
        group: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
      }),
      {
        maxLength: 3,
      },
    ),
  });
});

describe('whatIf', () => {
  it('gives the same scores as propagating the changed model, on random chains and changes', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const changes: WhatIfChanges = {
          scores: Object.fromEntries(Object.entries(s.scores).filter(([id]) => id !== s.removeOrg)),
          remove: {
            organisations: s.removeOrg ? [s.removeOrg] : [],
            dependencies: s.removeDep && s.removeDep.from !== s.removeOrg && s.removeDep.to !== s.removeOrg ? [s.removeDep] : [],
          },
          add: {
            organisations: [
              s.addOrgScore === undefined
                ? { id: 'new', name: 'New', role: 'x' }
                : { id: 'new', name: 'New', role: 'x', score: s.addOrgScore },
            ],
            dependencies: [...new Set(s.addDeps.map((d) => d.from))]
              .filter((from) => from !== s.removeOrg)
              .map((from) => {
                const d = s.addDeps.find((x) => x.from === from)!;
                return d.group === undefined
                  ? { from, to: 'new', criticality: d.criticality }
                  : { from, to: 'new', criticality: d.criticality, group: d.group };
              }),
          },
        };
        const result = whatIf(compileChain(s.model), changes);
        const expected = propagate(applyToModel(s.model, changes));
        expect(result.after.toJSON().organisations).toEqual(expected.toJSON().organisations);
        const before = propagate(s.model);
        for (const c of result.changed) {
          expect(c.before).toBe(before.get(c.id).effective);
          expect(c.after).toBe(expected.get(c.id).effective);
        }
        const changedIds = new Set(result.changed.map((c) => c.id));
        for (const id of before.ids()) {
          if (id === s.removeOrg || changedIds.has(id)) continue;
          expect(expected.get(id).effective).toBe(before.get(id).effective);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('shows that an alternative supplier lifts a dependant', () => {
    const model: ChainModel = {
      schemaVersion: 1,
      id: 'alt',
      name: 'Alternative',
      organisations: [
        { id: 'lab', name: 'Lab', role: 'lab', score: 80 },
        { id: 'cloud-a', name: 'Cloud A', role: 'cloud', score: 30 },
        { id: 'cloud-b', name: 'Cloud B', role: 'cloud', score: 70 },
      ],
      dependencies: [{ from: 'lab', to: 'cloud-a', kind: 'cloud', group: 'hosting' }],
    };
    const r = whatIf(model, { add: { dependencies: [{ from: 'lab', to: 'cloud-b', group: 'hosting' }] } });
    expect(r.before.get('lab').effective).toBe(30);
    expect(r.after.get('lab').effective).toBe(70);
    expect(r.after.path('lab')).toEqual(['lab', 'cloud-b']);
    expect(r.changed).toEqual([{ id: 'lab', before: 30, after: 70, delta: 40 }]);
  });

  it('keeps the unknown score of a result it is given', () => {
    const model: ChainModel = {
      schemaVersion: 1,
      id: 'u',
      name: 'U',
      organisations: [
        { id: 'a', name: 'A', role: 'x', score: 90 },
        { id: 'b', name: 'B', role: 'x' },
      ],
      dependencies: [{ from: 'a', to: 'b' }],
    };
    const r = whatIf(propagate(model, { unknownScore: 20 }), { scores: { a: 80 } });
    expect(r.after.unknownScore).toBe(20);
    expect(r.after.get('a').effective).toBe(20);
    expect(r.changed).toEqual([]);
    expect(whatIf(propagate(model, { unknownScore: 20 }), {}, { unknownScore: 30 }).after.get('a').effective).toBe(30);
  });

  it('lists every problem with the changes', () => {
    const model: ChainModel = {
      schemaVersion: 1,
      id: 'x',
      name: 'X',
      organisations: [
        { id: 'a', name: 'A', role: 'x', score: 50 },
        { id: 'b', name: 'B', role: 'x' },
      ],
      dependencies: [{ from: 'a', to: 'b' }],
    };
    try {
      whatIf(model, {
        scores: { zz: 3, a: 101 },
        remove: { organisations: ['nope'], dependencies: [{ from: 'b', to: 'a' }] },
        add: {
          dependencies: [
            { from: 'a', to: 'b' },
            { from: 'a', to: 'a' },
            { from: 'b', to: 'ghost', criticality: 2 },
          ],
        },
      });
      expect.unreachable();
    } catch (error) {
      expect(LshValidationError.isInstance(error)).toBe(true);
      const paths = (error as LshValidationError).issues.map((i) => i.path).sort();
      expect(paths).toEqual(
        [
          'add.dependencies.1.to',
          'add.dependencies.2.criticality',
          'add.dependencies.2.to',
          'remove.dependencies.0',
          'remove.organisations.0',
          'scores.a',
          'scores.zz',
        ].sort(),
      );
    }
  });
});
