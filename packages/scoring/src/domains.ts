import type { Catalog, ScoreReport } from '@lsh-cyber/schema';
import type { ClassifiedAnswer } from './answers.js';
import type { CatalogIndex } from './catalog-index.js';
import { NA_SHARE_LIMIT } from './method.js';
import { roundTo } from './rounding.js';

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

/** Zeroed counts. */
export function emptyCounts(): Counts {
  return { questions: 0, applicable: 0, answered: 0, unknown: 0, unanswered: 0, notApplicable: 0, excluded: 0 };
}

/** Adds one classified answer to `counts`. */
export function countAnswer(counts: Counts, a: ClassifiedAnswer): void {
  counts.questions++;
  switch (a.status) {
    case 'excluded':
      counts.excluded++;
      return;
    case 'not-applicable':
      counts.notApplicable++;
      return;
    case 'unknown':
      counts.unknown++;
      break;
    case 'unanswered':
      counts.unanswered++;
      break;
    default:
      counts.answered++;
  }
  counts.applicable++;
}

/**
 * Tallies the domains in catalog order. A domain is `not-applicable` when no question applies to the
 * profile, `insufficient-data` when the allowed "na" answers carry more than half of the weight that
 * applies to the profile (tested as naWeight > profileWeight × 0.5), else
 * `scored` with score = 100 × Σ(weight × points) / Σ weight over its applicable questions.
 */
export function tallyDomains(index: CatalogIndex, catalog: Catalog, answers: readonly ClassifiedAnswer[]): DomainTally[] {
  const tallies: DomainTally[] = catalog.domains.map(() => ({
    profileWeight: 0,
    naWeight: 0,
    weight: 0,
    earned: 0,
    status: 'scored',
    score: null,
    counts: emptyCounts(),
  }));
  for (let i = 0; i < index.questions.length; i++) {
    const q = index.questions[i]!;
    const a = answers[i]!;
    const t = tallies[q.domainIndex];
    if (!t) continue;
    countAnswer(t.counts, a);
    if (a.status === 'excluded') continue;
    const w = q.question.weight;
    t.profileWeight += w;
    if (a.status === 'not-applicable') {
      t.naWeight += w;
      continue;
    }
    t.weight += w;
    t.earned += w * a.points;
  }
  for (const t of tallies) {
    if (t.profileWeight === 0) t.status = 'not-applicable';
    else if (t.naWeight > t.profileWeight * NA_SHARE_LIMIT) t.status = 'insufficient-data';
    else t.score = (100 * t.earned) / t.weight;
  }
  return tallies;
}

/** The reported form of one domain tally. */
export function domainScore(catalog: Catalog, i: number, t: DomainTally): DomainScore {
  const d = catalog.domains[i]!;
  return {
    id: d.id,
    title: { nl: d.title.nl, en: d.title.en },
    score: t.score === null ? null : roundTo(t.score, 1),
    status: t.status,
    weight: roundTo(t.weight, 3),
    naShare: t.profileWeight === 0 ? 0 : roundTo(t.naWeight / t.profileWeight, 3),
    counts: t.counts,
  };
}
