import type { ScoreReport } from '@lsh-cyber/schema';
import type { ClassifiedAnswer } from './answers.js';
import type { CatalogIndex } from './catalog-index.js';
import type { DomainTally } from './domains.js';
import { apportion } from './rounding.js';

type Contribution = ScoreReport['contributions'][number];

/**
 * What each question earned and cost, in points of the overall score. A counted question (it
 * applies, is not "na", and its domain is scored) of weight w with points p in domain d earns
 * 100 × w × p / (W_d × S) and loses 100 × w × (1 − p) / (W_d × S), W_d the domain's applicable
 * weight and S the number of scored domains. The raw values are turned into whole hundredths by
 * cumulative rounding ({@link apportion}) so that the earned values add up exactly to the reported
 * overall and the lost values to 100 − overall.
 */
export function contributions(
  index: CatalogIndex,
  answers: readonly ClassifiedAnswer[],
  tallies: readonly DomainTally[],
  scoredDomains: number,
  overall: number,
): Contribution[] {
  const n = index.questions.length;
  const earnedRaw = new Array<number>(n).fill(0);
  const lostRaw = new Array<number>(n).fill(0);
  const counted = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const q = index.questions[i]!;
    const a = answers[i]!;
    const t = tallies[q.domainIndex];
    if (!t || t.score === null || a.status === 'excluded' || a.status === 'not-applicable') continue;
    counted[i] = true;
    const share = (100 * 100 * q.question.weight) / (t.weight * scoredDomains);
    earnedRaw[i] = share * a.points;
    lostRaw[i] = share * (1 - a.points);
  }
  const earnedUnits = scoredDomains === 0 ? 0 : Math.round(overall * 100);
  const lostUnits = scoredDomains === 0 ? 0 : 10_000 - earnedUnits;
  const earned = apportion(earnedRaw, earnedUnits);
  const lost = apportion(lostRaw, lostUnits);
  const out: Contribution[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const q = index.questions[i]!.question;
    const a = answers[i]!;
    out[i] = {
      questionId: q.id,
      domain: q.domain,
      answer: a.answer,
      status: a.status,
      points: a.points,
      weight: q.weight,
      earned: earned[i]! / 100,
      lost: lost[i]! / 100,
      critical: q.critical,
      counted: counted[i]!,
    };
  }
  return out;
}
