import type { ScoreReport } from '@lsh-cyber/schema';
import type { ClassifiedAnswer } from './answers.js';
import { type CatalogIndex, NIS2_LETTERS } from './catalog-index.js';
import { roundTo } from './rounding.js';

type FrameworkView = ScoreReport['frameworks'];

interface Pooled {
  score: number | null;
  questions: number;
  full: number;
}

function pool(index: CatalogIndex, answers: readonly ClassifiedAnswer[], positions: readonly number[]): Pooled {
  let weight = 0;
  let earned = 0;
  let questions = 0;
  let full = 0;
  for (const i of positions) {
    const a = answers[i]!;
    if (a.status === 'excluded' || a.status === 'not-applicable') continue;
    const w = index.questions[i]!.question.weight;
    weight += w;
    earned += w * a.points;
    questions++;
    if (a.points === 1) full++;
  }
  return { score: questions === 0 ? null : roundTo((100 * earned) / weight, 1), questions, full };
}

/**
 * The score seen through NIS2 Article 21(2) and ISO/IEC 27001:2022 Annex A. For each letter or
 * control: the weighted share 100 × Σ(weight × points) / Σ weight over the applicable questions
 * citing it, pooled across domains and regardless of domain status (null when none applies). A
 * control is `addressed` when at least one applicable question cites it and all of them are fully
 * in place. Every letter a-j is listed; controls are those the catalog cites, in numeric order.
 */
export function frameworkView(index: CatalogIndex, answers: readonly ClassifiedAnswer[]): FrameworkView {
  return {
    nis2: NIS2_LETTERS.map((letter, k) => {
      const p = pool(index, answers, index.nis2Questions[k]!);
      return { letter, score: p.score, questions: p.questions };
    }),
    iso27001: index.isoControls.map((control, k) => {
      const p = pool(index, answers, index.isoQuestions[k]!);
      return { control, addressed: p.questions > 0 && p.full === p.questions, score: p.score, questions: p.questions };
    }),
  };
}
