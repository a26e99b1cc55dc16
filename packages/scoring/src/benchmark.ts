import type { LocalizedText, ScoreReport, SizeClass, Subsector } from '@lsh-cyber/schema';
import { ScoringError } from './errors.js';
import { roundTo } from './rounding.js';

/**
 * A peer's result. A whole ScoreReport qualifies, so can a bare record from a pooled database.
 * `organisationId`, when present, lets the organisation's own earlier result be left out.
 */
export interface PeerResult {
  subsector: Subsector;
  sizeClass: SizeClass;
  overall: number;
  organisationId?: string;
  /** A ScoreReport's status; peers with `insufficient-data` are left out. */
  status?: ScoreReport['status'];
}

/** Options of {@link benchmark}. */
export interface BenchmarkOptions {
  /** The smallest peer group that may be compared with; at least 3. Default 5. */
  minGroupSize?: number;
}

/** The peer group: same subsector and size class. */
export interface PeerGroup {
  subsector: Subsector;
  sizeClass: SizeClass;
}

/** The output of {@link benchmark}: a comparison, or the reason there is none. */
export type BenchmarkResult =
  | {
      comparable: true;
      group: PeerGroup & { size: number };
      overall: number;
      /** Share of peers scoring lower, counting ties as half, 0-100 (whole number). */
      percentile: number;
      /** Median overall score of the peers, 1 decimal. */
      median: number;
    }
  | {
      comparable: false;
      group: PeerGroup;
      minGroupSize: number;
      reason: LocalizedText;
    };

/** Below this group size the median and percentile would reveal a peer's own score. */
export const MIN_GROUP_FLOOR = 3;

/**
 * Compares a report with peers of the same subsector and size class. Only aggregates leave the
 * function (group size, median, percentile), and only when the group has at least `minGroupSize`
 * peers; otherwise the result says why there is no comparison, without the group size. Peers with
 * the report's own `organisationId` and peers without a score are left out.
 *
 * @throws ScoringError for a `minGroupSize` below 3 or a peer score outside 0-100.
 */
export function benchmark(report: ScoreReport, peers: readonly PeerResult[], options: BenchmarkOptions = {}): BenchmarkResult {
  const minGroupSize = options.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_GROUP_FLOOR) {
    throw new ScoringError([
      {
        path: 'options.minGroupSize',
        message: `must be a whole number of at least ${MIN_GROUP_FLOOR}, so no single peer can be singled out`,
      },
    ]);
  }
  const group: PeerGroup = { subsector: report.subsector, sizeClass: report.sizeClass };
  const values: number[] = [];
  peers.forEach((p, i) => {
    if (typeof p.overall !== 'number' || !(p.overall >= 0 && p.overall <= 100)) {
      throw new ScoringError([{ path: `peers.${i}.overall`, message: 'must be a score from 0 to 100' }]);
    }
    if (p.subsector !== group.subsector || p.sizeClass !== group.sizeClass) return;
    if (p.status === 'insufficient-data') return;
    if (p.organisationId !== undefined && p.organisationId === report.organisationId) return;
    values.push(p.overall);
  });
  if (report.status === 'insufficient-data') {
    return {
      comparable: false,
      group,
      minGroupSize,
      reason: {
        nl: 'Uw scan heeft te weinig gegevens voor een score; vergelijken met anderen kan daarom niet.',
        en: 'Your scan has too little data for a score, so it cannot be compared with others.',
      },
    };
  }
  if (values.length < minGroupSize) {
    return {
      comparable: false,
      group,
      minGroupSize,
      reason: {
        nl: `Minder dan ${minGroupSize} vergelijkbare organisaties (zelfde subsector en grootteklasse): vergelijken zou hun scores kunnen prijsgeven.`,
        en: `Fewer than ${minGroupSize} comparable organisations (same subsector and size class): a comparison could give away their scores.`,
      },
    };
  }
  values.sort((a, b) => a - b);
  const n = values.length;
  const below = values.filter((v) => v < report.overall).length;
  const equal = values.filter((v) => v === report.overall).length;
  const mid = n >> 1;
  const median = n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return {
    comparable: true,
    group: { ...group, size: n },
    overall: report.overall,
    percentile: Math.round((100 * (below + equal / 2)) / n),
    median: roundTo(median, 1),
  };
}
