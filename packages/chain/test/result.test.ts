import type { ChainModel } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainError } from '../src/errors.js';
import { exposure } from '../src/exposure.js';
import { DEFAULT_UNKNOWN_SCORE, propagate } from '../src/propagate-api.js';
import { whatIf } from '../src/what-if.js';
import { chainArbitrary } from './arbitraries.js';

/** The worked example of docs/propagation.md. */
const example: ChainModel = {
  schemaVersion: 1,
  id: 'worked-example',
  name: 'Worked example',
  organisations: [
    { id: 'hospital', name: 'Hospital', role: 'hospital', score: 75 },
    { id: 'ehr', name: 'EHR vendor', role: 'ehr-vendor', score: 70 },
    { id: 'cloud-a', name: 'Cloud A', role: 'cloud', score: 45 },
    { id: 'cloud-b', name: 'Cloud B', role: 'cloud', score: 85 },
    { id: 'lab', name: 'Lab', role: 'lab', score: 90 },
    { id: 'pharmacy', name: 'Pharmacy', role: 'pharmacy', score: 80 },
    { id: 'wholesaler', name: 'Wholesaler', role: 'wholesaler', score: 65 },
    { id: 'start-up', name: 'Start-up', role: 'biotech' },
  ],
  dependencies: [
    { from: 'ehr', to: 'cloud-a', group: 'hosting' },
    { from: 'ehr', to: 'cloud-b', group: 'hosting' },
    { from: 'hospital', to: 'ehr' },
    { from: 'hospital', to: 'lab', criticality: 0.5 },
    { from: 'lab', to: 'hospital', criticality: 0.25 },
    { from: 'pharmacy', to: 'hospital' },
    { from: 'pharmacy', to: 'wholesaler', criticality: 0.5 },
    { from: 'wholesaler', to: 'cloud-a', criticality: 0.5 },
    { from: 'start-up', to: 'cloud-a', criticality: 0.75 },
  ],
};

describe('the propagation result', () => {
  it('computes the worked example of the documentation', () => {
    const r = propagate(example);
    const effective = Object.fromEntries(r.toJSON().organisations.map((o) => [o.id, o.effective]));
    expect(effective).toEqual({
      hospital: 70,
      ehr: 70,
      'cloud-a': 45,
      'cloud-b': 85,
      lab: 90,
      pharmacy: 70,
      wholesaler: 65,
      'start-up': 50,
    });
    expect(r.get('ehr')).toEqual({ id: 'ehr', own: 70, effective: 70, via: null, origin: 'ehr', assessed: true });
    expect(r.get('pharmacy')).toEqual({ id: 'pharmacy', own: 80, effective: 70, via: 'hospital', origin: 'ehr', assessed: true });
    expect(r.path('pharmacy')).toEqual(['pharmacy', 'hospital', 'ehr']);
    // Every organisation but the start-up has an own score.
    expect(r.assessedCount()).toBe(r.toJSON().organisations.filter((o) => o.assessed).length);
    expect(r.assessedCount()).toBe(7);
    expect(r.get('start-up')).toEqual({
      id: 'start-up',
      own: DEFAULT_UNKNOWN_SCORE,
      effective: 50,
      via: null,
      origin: 'start-up',
      assessed: false,
    });
    expect(propagate(example, { unknownScore: 100 }).get('start-up')).toMatchObject({
      own: 100,
      effective: 58.75,
      via: 'cloud-a',
      origin: 'cloud-a',
    });
    expect(exposure(r)).toEqual([{ id: 'ehr', binds: 2, loss: 15, own: 70, assessed: true }]);
    // Without its alternative, the EHR vendor falls to cloud A's 45, the hospital and the pharmacy
    // with it, and the lab a little, through its dependency on the hospital: 100 − 0.25·55.
    const alone = whatIf(r, { remove: { dependencies: [{ from: 'ehr', to: 'cloud-b' }] } });
    expect(alone.changed.map((c) => [c.id, c.after])).toEqual([
      ['ehr', 45],
      ['hospital', 45],
      ['pharmacy', 45],
      ['lab', 86.25],
    ]);
    expect(alone.after.path('pharmacy')).toEqual(['pharmacy', 'hospital', 'ehr', 'cloud-a']);
  });

  it('lists ids in chain order and serialises every organisation', () => {
    const r = propagate(example);
    expect(r.ids()).toEqual(example.organisations.map((o) => o.id));
    const json = JSON.parse(JSON.stringify(r));
    expect(json.chain).toBe('worked-example');
    expect(json.unknownScore).toBe(50);
    expect(json.organisations.map((o: { id: string }) => o.id)).toEqual(r.ids());
    expect(json.organisations[0]).toEqual(r.get('hospital'));
  });

  it('throws a ChainError with a path for an unknown organisation', () => {
    const r = propagate(example);
    for (const f of [() => r.get('nobody'), () => r.path('nobody')]) {
      try {
        f();
        expect.unreachable();
      } catch (error) {
        expect(ChainError.isInstance(error)).toBe(true);
        expect((error as ChainError).issues).toEqual([{ path: 'id', message: 'the chain has no organisation "nobody"' }]);
      }
    }
  });
});

describe('exposure', () => {
  it('counts, for every organisation, the others it binds and their loss, sorted', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 20, maxDependencies: 60 }), (model) => {
        const r = propagate(model);
        const entries = exposure(r);
        const expected = new Map<string, { binds: number; loss: number }>();
        for (const o of r.toJSON().organisations) {
          if (o.origin === o.id) continue;
          const e = expected.get(o.origin) ?? { binds: 0, loss: 0 };
          e.binds++;
          e.loss += o.own - o.effective;
          expected.set(o.origin, e);
        }
        expect(entries.length).toBe(expected.size);
        for (const e of entries) {
          expect(e.binds).toBe(expected.get(e.id)!.binds);
          expect(e.loss).toBeCloseTo(expected.get(e.id)!.loss, 9);
          expect(e.loss).toBeGreaterThan(0);
          expect(e.own).toBe(r.get(e.id).own);
        }
        for (let k = 1; k < entries.length; k++) expect(entries[k - 1]!.loss).toBeGreaterThanOrEqual(entries[k]!.loss);
      }),
      { numRuns: 500 },
    );
  });
});
