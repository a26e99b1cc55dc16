import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClauseLibrary } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { clauseLibrary, mergeLibraries, selectClauses } from '../src/index.js';

const file = join(import.meta.dirname, '..', '..', '..', 'examples', 'region-override.clauses.json');

describe('the region override example (examples/region-override.clauses.json)', () => {
  const override = parseClauseLibrary(JSON.parse(readFileSync(file, 'utf8')), { file });
  const merged = mergeLibraries(clauseLibrary, override);

  it('withdraws the clause it removes and adds its own, keeping every base clause otherwise', () => {
    const ids = merged.clauses.map((c) => c.id);
    expect(ids).not.toContain('cyber-insurance');
    expect(ids).toContain('regional-chain-exercise');
    expect(ids).toHaveLength(clauseLibrary.clauses.length);
    expect(merged.id).toBe('rijnmond-supplier-clauses');
  });

  it('proposes the regional clause for a critical supplier when the merged library is used', () => {
    const pack = selectClauses({
      supplier: { id: 'sup', name: 'Supplier' },
      buyer: {
        id: 'buyer',
        name: 'Buyer',
        subsector: 'hospital',
        sizeClass: 'large',
        data: ['patient'],
        certifications: [],
        nis2: 'essential',
      },
      dependency: { kind: 'managed-it', criticality: 0.8 },
      library: merged,
    });
    expect(pack.clauses.map((c) => c.id)).toContain('regional-chain-exercise');
  });
});
