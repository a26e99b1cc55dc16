import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmark, type PeerResult } from '../src/benchmark.js';
import { ScoringError } from '../src/errors.js';
import { scoreAssessment } from '../src/score.js';
import { assess, mini } from './helpers.js';

// overall 70.5, biotech-rd micro
const report = scoreAssessment(
  assess(mini, {
    'gov.owner': 'partly',
    'gov.inventory': 'yes',
    'access.mfa': 'yes',
    'access.leavers': 'no',
    'backup.offline': 'yes',
    'backup.restore': 'no',
    'backup.lab': 'yes',
    'people.training': 'most',
    'people.incident': 'yes',
    'suppliers.cloud': 'yes',
    'suppliers.contracts': 'partly',
  }),
  mini,
);
const peer = (overall: number, extra: Partial<PeerResult> = {}): PeerResult => ({
  subsector: 'biotech-rd',
  sizeClass: 'micro',
  overall,
  ...extra,
});

describe('benchmark', () => {
  it('gives percentile and median among peers of the same subsector and size class', () => {
    const peers = [
      peer(40),
      peer(60),
      peer(70.5),
      peer(80),
      peer(90),
      peer(10, { sizeClass: 'small' }),
      peer(99, { subsector: 'pharmacy' }),
    ];
    const b = benchmark(report, peers);
    expect(report.overall).toBe(70.5);
    expect(b).toEqual({
      comparable: true,
      group: { subsector: 'biotech-rd', sizeClass: 'micro', size: 5 },
      overall: 70.5,
      percentile: 50,
      median: 70.5,
    });
  });

  it('refuses to compare with fewer peers than minGroupSize and does not reveal the group size', () => {
    const b = benchmark(report, [peer(40), peer(60), peer(80), peer(90)]);
    expect(b.comparable).toBe(false);
    expect(b).not.toHaveProperty('median');
    expect(JSON.stringify(b)).not.toMatch(/\b4\b|40|60|80|90/);
    if (!b.comparable) expect(b.reason.en).toContain('Fewer than 5');
    expect(benchmark(report, [peer(40), peer(60), peer(80)], { minGroupSize: 3 }).comparable).toBe(true);
  });

  it("leaves out the organisation's own result and peers without a score", () => {
    const peers = [
      peer(40),
      peer(60),
      peer(80),
      peer(90),
      peer(70.5, { organisationId: 'org-1' }),
      peer(0, { status: 'insufficient-data' }),
    ];
    expect(benchmark(report, peers).comparable).toBe(false);
  });

  it('accepts whole ScoreReports as peers', () => {
    const b = benchmark(
      report,
      [report, report, report, report, report].map((r, i) => ({ ...r, organisationId: `p${i}` })),
    );
    expect(b).toMatchObject({ comparable: true, percentile: 50, median: 70.5 });
  });

  it('refuses a minGroupSize below 3 and a peer score out of range', () => {
    expect(() => benchmark(report, [], { minGroupSize: 2 })).toThrow(ScoringError);
    expect(() => benchmark(report, [peer(101)])).toThrow(/peers.0.overall/);
  });

  it('never returns a value that is not an aggregate: the median lies between the peer minimum and maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 40 }), (xs) => {
        const values = xs.map((x) => x / 10);
        const b = benchmark(
          report,
          values.map((v) => peer(v)),
        );
        if (!b.comparable) throw new Error('expected a comparison');
        expect(b.median).toBeGreaterThanOrEqual(Math.min(...values));
        expect(b.median).toBeLessThanOrEqual(Math.max(...values));
        expect(b.percentile).toBeGreaterThanOrEqual(0);
        expect(b.percentile).toBeLessThanOrEqual(100);
        expect(Object.keys(b).sort()).toEqual(['comparable', 'group', 'median', 'overall', 'percentile']);
      }),
    );
  });
});
