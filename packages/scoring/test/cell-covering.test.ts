import { BENCHMARK_REGIONS, type BenchmarkCell, type BenchmarkRelease, SIZE_CLASSES, SUBSECTORS } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCovering } from '../src/cell-covering.js';

const cell = (dims: Partial<Pick<BenchmarkCell, 'subsector' | 'sizeClass' | 'region'>>, n = 10): BenchmarkCell => ({
  ...dims,
  n,
  overall: { q1: 40, median: 50, q3: 60 },
  bands: { '0-20': 0, '20-40': 2, '40-60': 5, '60-80': 3, '80-100': 0 },
  levels: { '1': 0, '2': 4, '3': 6, '4': 0, '5': 0 },
  domains: [],
  criticalGaps: [],
});
const release = (cells: BenchmarkCell[]): BenchmarkRelease => ({
  schemaVersion: 1,
  id: 'r1',
  publishedAt: '2026-11-30T12:00:00Z',
  k: 10,
  cells,
});
const [regionA, regionB] = BENCHMARK_REGIONS;

describe('cellCovering', () => {
  it('takes her own region first, then all regions of her subsector and size, never a coarser cell', () => {
    const own = cell({ subsector: 'pharmacy', sizeClass: 'small', region: regionA }, 11);
    const allRegions = cell({ subsector: 'pharmacy', sizeClass: 'small' }, 25);
    const coarser = cell({ subsector: 'pharmacy' }, 60);
    const r = release([coarser, allRegions, own]);
    expect(cellCovering(r, { subsector: 'pharmacy', sizeClass: 'small', region: regionA })).toBe(own);
    expect(cellCovering(r, { subsector: 'pharmacy', sizeClass: 'small', region: regionB })).toBe(allRegions);
    expect(cellCovering(r, { subsector: 'pharmacy', sizeClass: 'small' })).toBe(allRegions);
    expect(cellCovering(release([coarser]), { subsector: 'pharmacy', sizeClass: 'small', region: regionA })).toBeUndefined();
  });

  it('only ever returns a cell of her subsector and size class', () => {
    const dims = fc.record(
      {
        subsector: fc.constantFrom(...SUBSECTORS),
        sizeClass: fc.constantFrom(...SIZE_CLASSES),
        region: fc.constantFrom(...BENCHMARK_REGIONS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(dims, { maxLength: 12 }),
        fc.constantFrom(...SUBSECTORS),
        fc.constantFrom(...SIZE_CLASSES),
        fc.option(fc.constantFrom(...BENCHMARK_REGIONS), { nil: undefined }),
        (cells, subsector, sizeClass, region) => {
          const found = cellCovering(release(cells.map((d) => cell(d))), { subsector, sizeClass, region });
          if (found === undefined) return;
          expect(found.subsector).toBe(subsector);
          expect(found.sizeClass).toBe(sizeClass);
          expect(found.region === undefined || found.region === region).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
