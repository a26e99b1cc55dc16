import type { Catalog, ScoreReport } from '@lsh-cyber/schema';
import { type Classified, EXCLUDED, IN_PLACE, NOT_APPLICABLE, NOT_IN_PLACE, PARTLY, UNANSWERED, UNKNOWN } from './answers.js';
import type { CatalogIndex } from './catalog-index.js';
import { NA_SHARE_LIMIT } from './method.js';
import { round1, roundTo } from './rounding.js';

type Counts = ScoreReport['counts'];
type DomainScore = ScoreReport['domains'][number];

/** Sums per domain, before rounding. */
export interface DomainTally {
  /** Weight of the questions that apply to the profile (including "na"). */
  profileWeight: number;
  /** Weight of the allowed "na" answers. */
  naWeight: number;
  /** Weight of the applicable questions: the denominator. */
  weight: number;
  /** Sum of weight × points: the numerator. */
  earned: number;
  status: DomainScore['status'];
  /** Unrounded score 0-100, or null. */
  score: number | null;
  counts: Counts;
}

/** Counts from questions per status code, read from `byCode[offset + code]` (codes: see STATUS_NAMES). */
export function countsOf(byCode: ArrayLike<number>, offset = 0): Counts {
  const unknown = byCode[offset + UNKNOWN]!;
  const unanswered = byCode[offset + UNANSWERED]!;
  const notApplicable = byCode[offset + NOT_APPLICABLE]!;
  const excluded = byCode[offset + EXCLUDED]!;
  const answered = byCode[offset + IN_PLACE]! + byCode[offset + PARTLY]! + byCode[offset + NOT_IN_PLACE]!;
  const applicable = answered + unknown + unanswered;
  return { questions: applicable + notApplicable + excluded, applicable, answered, unknown, unanswered, notApplicable, excluded };
}

/**
 * Tallies the domains in catalog order. A domain is `not-applicable` when no question applies to the
 * profile, `insufficient-data` when the allowed "na" answers carry more than half of the weight that
 * applies to the profile (tested as naWeight > profileWeight × 0.5), else
 * `scored` with score = 100 × Σ(weight × points) / Σ weight over its applicable questions.
 */
export function tallyDomains(index: CatalogIndex, catalog: Catalog, answers: Classified): DomainTally[] {
  // Sums live in flat arrays while adding: accumulating doubles in object fields that start as small
  // integers makes V8 box every addition, and typed arrays of this size cost an off-heap allocation.
  const D = catalog.domains.length;
  const sums = new Array<number>(4 * D).fill(0); // profileWeight, naWeight, weight, earned per domain
  const byCode = new Array<number>(7 * D).fill(0);
  const { code, points } = answers;
  for (let i = 0; i < code.length; i++) {
    const d = index.questions[i]!.domainIndex;
    if (d < 0) continue;
    const c = code[i]!;
    byCode[7 * d + c]!++;
    if (c === EXCLUDED) continue;
    const w = index.weights[i]!;
    sums[4 * d]! += w;
    if (c === NOT_APPLICABLE) sums[4 * d + 1]! += w;
    else {
      sums[4 * d + 2]! += w;
      sums[4 * d + 3]! += w * points[i]!;
    }
  }
  const tallies = new Array<DomainTally>(D);
  for (let d = 0; d < D; d++) {
    const profileWeight = sums[4 * d]!;
    const naWeight = sums[4 * d + 1]!;
    const weight = sums[4 * d + 2]!;
    const earned = sums[4 * d + 3]!;
    let status: DomainScore['status'] = 'scored';
    let score: number | null = null;
    if (profileWeight === 0) status = 'not-applicable';
    else if (naWeight > profileWeight * NA_SHARE_LIMIT) status = 'insufficient-data';
    else score = (100 * earned) / weight;
    tallies[d] = { profileWeight, naWeight, weight, earned, status, score, counts: countsOf(byCode, 7 * d) };
  }
  return tallies;
}

/** The reported form of one domain tally. */
export function domainScore(catalog: Catalog, i: number, t: DomainTally): DomainScore {
  const d = catalog.domains[i]!;
  return {
    id: d.id,
    title: { nl: d.title.nl, en: d.title.en },
    score: t.score === null ? null : round1(t.score),
    status: t.status,
    weight: roundTo(t.weight, 3),
    naShare: t.profileWeight === 0 ? 0 : roundTo(t.naWeight / t.profileWeight, 3),
    counts: t.counts,
  };
}
