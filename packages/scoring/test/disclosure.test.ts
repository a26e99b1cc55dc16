import { type BenchmarkSubmission, parseBenchmarkRelease, SIZE_CLASSES } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellMembership, cellKey, type PriorRelease, planRelease, type ReleaseMember } from '../src/disclosure.js';
import { ScoringError } from '../src/errors.js';

const base: BenchmarkSubmission = {
  schemaVersion: 1,
  subsector: 'biotech-rd',
  sizeClass: 'micro',
  region: 'Haaglanden',
  catalog: { id: 'mini', version: '1.0.0' },
  method: 'lsh-basisscan/1',
  overall: 50,
  level: 3,
  domains: [
    { id: 'gov', score: 50 },
    { id: 'lab', score: null },
  ],
  criticalGaps: [],
  counts: { questions: 10, applicable: 10, answered: 10, unknown: 0, unanswered: 0, notApplicable: 0, excluded: 0 },
  selfRating: null,
};
const member = (id: string, extra: Partial<BenchmarkSubmission> = {}): ReleaseMember => ({ id, submission: { ...base, ...extra } });
const many = (n: number, prefix = 'm', extra: Partial<BenchmarkSubmission> = {}) =>
  Array.from({ length: n }, (_, i) => member(`${prefix}${String(i).padStart(3, '0')}`, extra));
const at = '2026-12-01T10:00:00Z';
const finest = cellKey({ subsector: 'biotech-rd', sizeClass: 'micro', region: 'Haaglanden' });

describe('planRelease: minimum group size', () => {
  it('suppresses a cell of k − 1 members and publishes it with k', () => {
    const below = planRelease(many(4), [], { id: 'r1', publishedAt: at, k: 5 });
    expect(below.release.cells).toEqual([]);
    expect(below.suppressed).toHaveLength(8);
    expect(below.suppressed[0]!.reason).toEqual({ rule: 'below-k', n: 4, k: 5 });
    const enough = planRelease(many(5), [], { id: 'r1', publishedAt: at, k: 5 });
    expect(enough.release.cells).toHaveLength(8);
    expect(enough.release.cells.find((c) => c.subsector && c.sizeClass && c.region)).toMatchObject({ n: 5 });
    expect(parseBenchmarkRelease(enough.release)).toEqual(enough.release);
  });

  it('uses k = 10 by default and refuses a k below 5 or below an earlier release', () => {
    expect(planRelease(many(9), [], { id: 'r1', publishedAt: at }).release.cells).toEqual([]);
    expect(planRelease(many(10), [], { id: 'r1', publishedAt: at }).release.k).toBe(10);
    expect(() => planRelease([], [], { id: 'r1', publishedAt: at, k: 4 })).toThrow(ScoringError);
    expect(() => planRelease([], [{ id: 'r0', k: 12, cells: [] }], { id: 'r1', publishedAt: at, k: 10 })).toThrow(/at least 12/);
  });

  it('publishes distributions in bands, levels and quartiles rounded to 5, never one value', () => {
    const scores = [11, 23, 37, 41, 58, 62, 77, 83, 99, 100];
    const ms = scores.map((overall, i) => member(`s${i}`, { overall, level: Math.min(5, 1 + Math.floor(overall / 25)) }));
    const cell = planRelease(ms, [], { id: 'r1', publishedAt: at }).release.cells[0]!;
    expect(cell.bands).toEqual({ '0-20': 1, '20-40': 2, '40-60': 2, '60-80': 2, '80-100': 3 });
    expect(cell.overall).toEqual({ q1: 40, median: 60, q3: 80 });
    for (const v of Object.values(cell.overall)) expect(v % 5).toBe(0);
    // "lab" is scored by nobody, so it is not published; "gov" by all.
    expect(cell.domains.map((d) => d.id)).toEqual(['gov']);
  });

  it('counts a member without a region only in cells that aggregate over region', () => {
    const plan = planRelease(many(5, 'n', { region: undefined }), [], { id: 'r1', publishedAt: at, k: 5 });
    expect(plan.release.cells.every((c) => c.region === undefined)).toBe(true);
    expect(plan.release.cells).toHaveLength(4);
  });
});

describe('planRelease: differencing protection', () => {
  it('suppresses a cell whose membership differs from an earlier release by fewer than k', () => {
    const first = planRelease(many(10), [], { id: 'r1', publishedAt: at, k: 5 });
    const history: PriorRelease[] = [{ id: 'r1', k: 5, cells: first.published }];
    const withdrawn = planRelease(many(10).slice(1), history, { id: 'r2', publishedAt: at, k: 5 });
    expect(withdrawn.release.cells).toEqual([]);
    expect(withdrawn.suppressed[0]!.reason).toMatchObject({ rule: 'differencing', difference: 1, against: { release: 'r1' } });
    const grown = planRelease([...many(10), ...many(5, 'x')], history, { id: 'r2', publishedAt: at, k: 5 });
    expect(grown.release.cells).toHaveLength(8);
    const same = planRelease(many(10), history, { id: 'r2', publishedAt: at, k: 5 });
    expect(same.release.cells).toHaveLength(8);
  });

  it('suppresses a finer cell that differs from a coarser one in the same release by fewer than k', () => {
    const ms = [...many(10), member('other', { sizeClass: 'small' })];
    const plan = planRelease(ms, [], { id: 'r1', publishedAt: at, k: 5 });
    const byKey = new Map(plan.release.cells.map((c) => [cellKey(c), c.n]));
    expect(byKey.get(cellKey({}))).toBe(11);
    expect(byKey.has(cellKey({ sizeClass: 'micro' }))).toBe(false);
    expect(plan.suppressed.find((s) => s.key === finest)?.reason).toMatchObject({ rule: 'differencing', difference: 1 });
  });
});

type Op = { op: 'submit'; subsector: 0 | 1; size: 0 | 1; region: 0 | 1 | 2 } | { op: 'withdraw'; pick: number } | { op: 'release' };
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('submit' as const),
      subsector: fc.constantFrom(0, 1),
      size: fc.constantFrom(0, 1),
      region: fc.constantFrom(0, 1, 2),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('withdraw' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'release' as const }) },
);

describe('planRelease: property', () => {
  it('never lets two published cells, in one release or any two, differ by 1 to k − 1 members', () => {
    let publishedCells = 0;
    fc.assert(
      fc.property(fc.constantFrom(5, 6, 10), fc.array(arbOp, { minLength: 30, maxLength: 160 }), (k, ops) => {
        const live: ReleaseMember[] = [];
        const history: PriorRelease[] = [];
        let next = 0;
        for (const op of ops) {
          if (op.op === 'submit') {
            live.push(
              member(`id${next++}`, {
                subsector: (['biotech-rd', 'pharmacy'] as const)[op.subsector],
                sizeClass: SIZE_CLASSES[op.size],
                region: ([undefined, 'Haaglanden', 'Rijnmond'] as const)[op.region],
                overall: (next * 37) % 101,
              }),
            );
          } else if (op.op === 'withdraw') {
            if (live.length > 0) live.splice(op.pick % live.length, 1);
          } else {
            const plan = planRelease(live, history, { id: `r${history.length}`, publishedAt: at, k });
            for (const c of plan.release.cells) expect(c.n).toBeGreaterThanOrEqual(k);
            history.push({ id: plan.release.id, k, cells: plan.published });
            publishedCells += plan.published.length;
          }
        }
        const cells: CellMembership[] = history.flatMap((r) => r.cells);
        for (let i = 0; i < cells.length; i++) {
          const a = new Set(cells[i]!.members);
          for (let j = i + 1; j < cells.length; j++) {
            const b = cells[j]!.members;
            const common = b.filter((x) => a.has(x)).length;
            const difference = a.size + b.length - 2 * common;
            expect(difference === 0 || difference >= k, `${cells[i]!.key} vs ${cells[j]!.key}: ${difference}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
    // The rule is not met vacuously: the random histories do publish cells.
    expect(publishedCells).toBeGreaterThan(200);
  });
});

describe('planRelease: the worked example of docs/centre.md', () => {
  it('publishes and suppresses the cells the example says', () => {
    const haaglanden = many(12, 'h');
    const rijnmond = many(3, 'r', { region: 'Rijnmond' });
    const r1 = planRelease([...haaglanden, ...rijnmond], [], { id: 'r1', publishedAt: at });
    expect(r1.published.map((c) => c.key).sort()).toEqual(
      [
        cellKey({}),
        cellKey({ subsector: 'biotech-rd' }),
        cellKey({ sizeClass: 'micro' }),
        cellKey({ subsector: 'biotech-rd', sizeClass: 'micro' }),
      ].sort(),
    );
    expect(r1.suppressed.find((s) => s.key === cellKey({ region: 'Haaglanden' }))?.reason).toMatchObject({
      rule: 'differencing',
      difference: 3,
    });
    expect(r1.suppressed.find((s) => s.key === cellKey({ region: 'Rijnmond' }))?.reason).toMatchObject({ rule: 'below-k', n: 3 });
    const history: PriorRelease[] = [{ id: 'r1', k: 10, cells: r1.published }];
    const left = [...haaglanden.slice(1), ...rijnmond];
    const r2a = planRelease(left, history, { id: 'r2', publishedAt: at });
    expect(r2a.published.map((c) => c.key)).toEqual([]);
    const eight = planRelease([...left, ...many(8, 'n')], history, { id: 'r2', publishedAt: at });
    expect(eight.published.map((c) => c.key)).not.toContain(cellKey({}));
    // Haaglanden (11 + 8 = 19) differs from every cell r1 published by 12: it may be published.
    expect(eight.published.find((c) => c.key === cellKey({ region: 'Haaglanden' }))?.members).toHaveLength(19);
    const r2 = planRelease([...left, ...many(10, 'n')], history, { id: 'r2', publishedAt: at });
    expect(r2.release.cells.find((c) => cellKey(c) === cellKey({}))?.n).toBe(24);
  });
});
