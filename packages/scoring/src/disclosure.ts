import {
  type BenchmarkCell,
  type BenchmarkRegion,
  type BenchmarkRelease,
  type BenchmarkSubmission,
  MIN_RELEASE_K,
  SCORE_BANDS,
  type SizeClass,
  type Subsector,
} from '@lsh-cyber/schema';
import { ScoringError } from './errors.js';

/** The minimum group size of a release when the centre sets none. */
export const DEFAULT_RELEASE_K = 10;

/** One submission as the centre holds it: its id (never published) and the shared document. */
export interface ReleaseMember {
  id: string;
  submission: BenchmarkSubmission;
}

/** Which group a cell covers; a dimension left out is aggregated over. */
export interface CellDimensions {
  subsector?: Subsector;
  sizeClass?: SizeClass;
  region?: BenchmarkRegion;
}

/** Who was counted in one published cell: kept by the centre, never published, for the differencing rule. */
export interface CellMembership {
  /** The cell's key, see {@link cellKey}. */
  key: string;
  /** Ids of the submissions counted, sorted. */
  members: readonly string[];
}

/** An earlier published release, as far as disclosure control needs it. */
export interface PriorRelease {
  id: string;
  k: number;
  cells: readonly CellMembership[];
}

/** Why a cell was left out of a release. */
export type SuppressionReason =
  | { rule: 'below-k'; n: number; k: number }
  | {
      rule: 'differencing';
      /** The published cell it would differ from by fewer than k submissions; `release` is this release's id for a cell of the same release. */
      against: { release: string; cell: string };
      difference: number;
      k: number;
    };

/** A cell disclosure control kept back, with the reason: for the staff release log only. */
export interface SuppressedCell {
  key: string;
  dimensions: CellDimensions;
  n: number;
  reason: SuppressionReason;
}

/** Options of {@link planRelease}. */
export interface ReleaseOptions {
  /** Id of the new release. */
  id: string;
  /** When it is published (ISO 8601 with time zone). */
  publishedAt: string;
  /** Minimum group size: a whole number of at least 5 and at least the k of every earlier release. Default 10. */
  k?: number;
}

/** The outcome of {@link planRelease}: the public document, and the log the centre keeps. */
export interface ReleasePlan {
  release: BenchmarkRelease;
  /** Memberships of the published cells, to pass back as history for the next release. */
  published: CellMembership[];
  suppressed: SuppressedCell[];
}

const DIMENSIONS = ['subsector', 'sizeClass', 'region'] as const;

/** The key of a cell, e.g. `subsector=biotech-rd;sizeClass=*;region=*`. */
export function cellKey(d: CellDimensions): string {
  return DIMENSIONS.map((dim) => `${dim}=${d[dim] ?? '*'}`).join(';');
}

/**
 * Computes a benchmark release under disclosure control. Cells are every combination of subsector
 * × size class × region that has members, and each coarser aggregate (any dimension left out),
 * taken coarsest first (fewest dimensions), then by key. A cell is published only when
 *
 * 1. it has at least k members (rule `below-k`), and
 * 2. its membership differs by 1 to k − 1 submissions (size of the symmetric difference) from no
 *    cell published in an earlier release and no cell already published in this one (rule
 *    `differencing`): subtracting two published figures can then never isolate fewer than k
 *    organisations. Identical memberships may be published again; they reveal nothing new.
 *
 * A published cell carries its size, the quartiles of the overall score and of each domain scored
 * by every member (type-7 quantiles rounded to the nearest multiple of 5), counts per 20-point
 * band and per level, and how many members have each critical gap. Members without a region count
 * only in cells that aggregate over region.
 *
 * @throws ScoringError for a k below 5, not a whole number, or below the k of an earlier release.
 */
export function planRelease(members: readonly ReleaseMember[], history: readonly PriorRelease[], options: ReleaseOptions): ReleasePlan {
  const k = options.k ?? DEFAULT_RELEASE_K;
  const floor = Math.max(MIN_RELEASE_K, ...history.map((r) => r.k));
  if (!Number.isInteger(k) || k < floor) {
    throw new ScoringError([
      {
        path: 'options.k',
        message: `must be a whole number of at least ${floor} (at least ${MIN_RELEASE_K}, and never lower than an earlier release)`,
      },
    ]);
  }
  const groups = new Map<string, { dimensions: CellDimensions; members: ReleaseMember[] }>();
  for (const m of members) {
    for (const dimensions of aggregatesOf(m.submission)) {
      const key = cellKey(dimensions);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { dimensions, members: [] }));
      g.members.push(m);
    }
  }
  const order = [...groups.entries()].sort(
    ([ka, a], [kb, b]) => fixed(a.dimensions) - fixed(b.dimensions) || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  const earlier = history.flatMap((r) =>
    r.cells.map((c) => ({ release: r.id, cell: c.key, members: c.members, set: undefined as Set<string> | undefined })),
  );
  const cells: BenchmarkCell[] = [];
  const published: CellMembership[] = [];
  const suppressed: SuppressedCell[] = [];
  for (const [key, g] of order) {
    const ids = g.members.map((m) => m.id).sort();
    const n = ids.length;
    if (n < k) {
      suppressed.push({ key, dimensions: g.dimensions, n, reason: { rule: 'below-k', n, k } });
      continue;
    }
    const clash = earlier.find((e) => {
      if (Math.abs(e.members.length - n) >= k) return false;
      e.set ??= new Set(e.members);
      const d = symmetricDifference(ids, e.set);
      return d > 0 && d < k;
    });
    if (clash) {
      const difference = symmetricDifference(ids, clash.set!);
      suppressed.push({
        key,
        dimensions: g.dimensions,
        n,
        reason: { rule: 'differencing', against: { release: clash.release, cell: clash.cell }, difference, k },
      });
      continue;
    }
    cells.push(describeCell(g.dimensions, g.members));
    published.push({ key, members: ids });
    earlier.push({ release: options.id, cell: key, members: ids, set: undefined });
  }
  return {
    release: { schemaVersion: 1, id: options.id, publishedAt: options.publishedAt, k, cells },
    published,
    suppressed,
  };
}

/** |a Δ b| for a duplicate-free list a and a set b. */
function symmetricDifference(a: readonly string[], b: ReadonlySet<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return a.length - common + (b.size - common);
}

function fixed(d: CellDimensions): number {
  return DIMENSIONS.filter((dim) => d[dim] !== undefined).length;
}

/** The 8 cells (4 without a region) a submission counts in. */
function aggregatesOf(s: BenchmarkSubmission): CellDimensions[] {
  const out: CellDimensions[] = [];
  for (let mask = 0; mask < 8; mask++) {
    const d: CellDimensions = {};
    if (mask & 1) d.subsector = s.subsector;
    if (mask & 2) d.sizeClass = s.sizeClass;
    if (mask & 4) {
      if (s.region === undefined) continue;
      d.region = s.region;
    }
    out.push(d);
  }
  return out;
}

/** The type-7 quantile (linear between closest ranks) of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

const toFive = (x: number): number => Math.round(x / 5) * 5;

function quartiles(values: readonly number[]): BenchmarkCell['overall'] {
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: toFive(quantile(sorted, 0.25)), median: toFive(quantile(sorted, 0.5)), q3: toFive(quantile(sorted, 0.75)) };
}

/** The band of an overall score: [0, 20), [20, 40), [40, 60), [60, 80), [80, 100]. */
export function scoreBand(overall: number): (typeof SCORE_BANDS)[number] {
  return SCORE_BANDS[Math.min(4, Math.floor(overall / 20))]!;
}

function describeCell(dimensions: CellDimensions, members: readonly ReleaseMember[]): BenchmarkCell {
  const bands = { '0-20': 0, '20-40': 0, '40-60': 0, '60-80': 0, '80-100': 0 };
  const levels = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const domainScores = new Map<string, number[]>();
  const gaps = new Map<string, number>();
  for (const { submission: s } of members) {
    bands[scoreBand(s.overall)]++;
    levels[String(s.level) as keyof typeof levels]++;
    for (const d of s.domains) {
      if (d.score === null) continue;
      let list = domainScores.get(d.id);
      if (!list) domainScores.set(d.id, (list = []));
      list.push(d.score);
    }
    for (const q of new Set(s.criticalGaps)) gaps.set(q, (gaps.get(q) ?? 0) + 1);
  }
  return {
    ...dimensions,
    n: members.length,
    overall: quartiles(members.map((m) => m.submission.overall)),
    bands,
    levels,
    domains: [...domainScores]
      .filter(([, v]) => v.length === members.length)
      .map(([id, v]) => ({ id, n: v.length, quartiles: quartiles(v) })),
    criticalGaps: [...gaps]
      .sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : a > b ? 1 : 0))
      .map(([questionId, n]) => ({ questionId, n })),
  };
}
