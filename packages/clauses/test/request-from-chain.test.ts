import { readFileSync } from 'node:fs';
import { type ChainModel, parseChainModel } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { ClauseError } from '../src/errors.js';
import { clauseRequestFromChain } from '../src/request-from-chain.js';
import { selectClauses } from '../src/select.js';

const sample: ChainModel = parseChainModel(
  JSON.parse(readFileSync(new URL('../../../examples/zuid-holland-chain.json', import.meta.url), 'utf8')),
);

const chain: ChainModel = {
  schemaVersion: 1,
  id: 'mini',
  name: 'Mini',
  organisations: [
    { id: 'aa-lab', name: 'AA Lab', role: 'lab', profile: { nis2: 'none' } },
    { id: 'hospital', name: 'Hospital', role: 'hospital', profile: { nis2: 'essential', gdprController: true } },
    { id: 'pharmacy', name: 'Pharmacy', role: 'pharmacy' },
    { id: 'ehr', name: 'EHR vendor', role: 'ehr-vendor', assessment: 'ehr-2026' },
  ],
  dependencies: [
    { from: 'aa-lab', to: 'ehr', kind: 'saas', criticality: 0.5 },
    { from: 'hospital', to: 'ehr', kind: 'saas', data: ['patient'] },
    { from: 'pharmacy', to: 'ehr', kind: 'saas' },
  ],
};

describe('clauseRequestFromChain', () => {
  it('takes the buyer with the most critical dependency, the first among equals, not the first by name', () => {
    const request = clauseRequestFromChain(chain, 'ehr');
    expect(request.buyer).toEqual({ id: 'hospital', name: 'Hospital', nis2: 'essential', gdprController: true });
    expect(request.supplier).toEqual({ id: 'ehr', name: 'EHR vendor' });
    expect(request.dependency).toEqual({ kind: 'saas', data: ['patient'] });
    expect(request.report).toBeUndefined();
  });

  it('uses the buyer asked for and the supplier report found by its assessment id', () => {
    const report = { domains: [{ id: 'd', title: { nl: 'D', en: 'D' }, score: 20 }], criticalGaps: [] };
    const request = clauseRequestFromChain(chain, 'ehr', { buyerId: 'aa-lab', reports: new Map([['ehr-2026', report]]) });
    expect(request.buyer.id).toBe('aa-lab');
    expect(request.dependency).toEqual({ kind: 'saas', criticality: 0.5 });
    expect(request.report).toBe(report);
  });

  it('names the option that is wrong', () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(ClauseError.isInstance(error)).toBe(true);
        return (error as ClauseError).issues[0]!.path;
      }
      return null;
    };
    expect(problem(() => clauseRequestFromChain(chain, 'nope'))).toBe('supplierId');
    expect(problem(() => clauseRequestFromChain(chain, 'hospital'))).toBe('supplierId');
    expect(problem(() => clauseRequestFromChain(chain, 'ehr', { buyerId: 'ghost' }))).toBe('buyerId');
    expect(problem(() => clauseRequestFromChain(chain, 'ehr', { buyerId: 'ehr' }))).toBe('buyerId');
  });

  it('gives a request selectClauses takes, for every supplier of the sample chain', () => {
    const suppliers = new Set(sample.dependencies.map((d) => d.to));
    for (const id of suppliers) {
      const pack = selectClauses(clauseRequestFromChain(sample, id));
      expect(pack.clauses.length).toBeGreaterThan(0);
    }
  });
});
