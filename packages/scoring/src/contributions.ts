import type { ScoreReport } from '@lsh-cyber/schema';
import { type Classified, NOT_APPLICABLE, STATUS_NAMES } from './answers.js';
import type { CatalogIndex } from './catalog-index.js';
import type { DomainTally } from './domains.js';
import { largestRemainderOfSnapped, snap } from './rounding.js';

type Contribution = ScoreReport['contributions'][number];

/**
 * What each question earned and cost, in points of the overall score. A counted question (it
 * applies, is not "na", and its domain is scored) of weight w with points p in domain d earns
 * 100 × w × p / (W_d × S) and loses 100 × w × (1 − p) / (W_d × S), W_d the domain's applicable
 * weight and S the number of scored domains. Both lists are rounded to hundredths by the
 * largest-remainder method (`largestRemainder`): each entry is its exact value rounded down or
 * up, earned adds up exactly to the overall score at 2 decimals (the reported overall is that value
 * at 1 decimal, so within 0.05 of it) and lost to the rest of 100.
 */
export function contributions(
  index: CatalogIndex,
  answers: Classified,
  tallies: readonly DomainTally[],
  scoredDomains: number,
): Contribution[] {
  const n = index.questions.length;
  const { code, points, answer } = answers;
  const earnedRaw = new Array<number>(n);
  const lostRaw = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = tallies[index.questions[i]!.domainIndex];
    if (code[i]! >= NOT_APPLICABLE || t === undefined || t.score === null) {
      earnedRaw[i] = 0;
      lostRaw[i] = 0;
      continue;
    }
    const share = (100 * 100 * index.weights[i]!) / (t.weight * scoredDomains);
    earnedRaw[i] = snap(share * points[i]!);
    lostRaw[i] = snap(share * (1 - points[i]!));
  }
  const earned = largestRemainderOfSnapped(earnedRaw);
  // lost takes exactly the rest of 100 points, so earned + lost is 100 even when both sums end in .5
  const lost = largestRemainderOfSnapped(lostRaw, scoredDomains === 0 ? 0 : 10_000 - earned.reduce((a, b) => a + b, 0));
  const out: Contribution[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const q = index.questions[i]!.question;
    out[i] = {
      questionId: q.id,
      domain: q.domain,
      answer: answer[i]!,
      status: STATUS_NAMES[code[i]!]!,
      points: points[i]!,
      weight: q.weight,
      earned: earned[i]! / 100,
      lost: lost[i]! / 100,
      critical: q.critical,
      counted: earnedRaw[i]! + lostRaw[i]! > 0,
    };
  }
  return out;
}
