import type { ScoreReport } from '@lsh-cyber/schema';
import { type ClassifiedAnswer, isApplicable } from './answers.js';
import { type CatalogIndex, NIS2_LETTERS } from './catalog-index.js';
import { roundTo } from './rounding.js';

type FrameworkView = ScoreReport['frameworks'];

/**
 * The score seen through NIS2 Article 21(2) and ISO/IEC 27001:2022 Annex A. For each letter or
 * control: the weighted share 100 × Σ(weight × points) / Σ weight over the applicable questions
 * citing it, pooled across domains and regardless of domain status (null when none applies). A
 * control is `addressed` when at least one applicable question cites it and all of them are fully
 * in place. Every letter a-j is listed; controls are those the catalog cites, in numeric order.
 */
export function frameworkView(index: CatalogIndex, answers: readonly ClassifiedAnswer[]): FrameworkView {
  const nis2W = new Float64Array(10);
  const nis2E = new Float64Array(10);
  const nis2N = new Uint32Array(10);
  const isoCount = index.isoControls.length;
  const isoW = new Float64Array(isoCount);
  const isoE = new Float64Array(isoCount);
  const isoN = new Uint32Array(isoCount);
  const isoFull = new Uint32Array(isoCount);
  for (let i = 0; i < index.questions.length; i++) {
    const a = answers[i]!;
    if (!isApplicable(a.status)) continue;
    const q = index.questions[i]!;
    const w = q.question.weight;
    for (const k of q.nis2Indexes) {
      nis2W[k]! += w;
      nis2E[k]! += w * a.points;
      nis2N[k]!++;
    }
    for (const k of q.isoIndexes) {
      isoW[k]! += w;
      isoE[k]! += w * a.points;
      isoN[k]!++;
      if (a.points === 1) isoFull[k]!++;
    }
  }
  return {
    nis2: NIS2_LETTERS.map((letter, k) => ({
      letter,
      score: nis2N[k]! === 0 ? null : roundTo((100 * nis2E[k]!) / nis2W[k]!, 1),
      questions: nis2N[k]!,
    })),
    iso27001: index.isoControls.map((control, k) => ({
      control,
      addressed: isoN[k]! > 0 && isoFull[k]! === isoN[k]!,
      score: isoN[k]! === 0 ? null : roundTo((100 * isoE[k]!) / isoW[k]!, 1),
      questions: isoN[k]!,
    })),
  };
}
