import type { ScoreReport } from '@lsh-cyber/schema';
import { type Classified, NOT_APPLICABLE } from './answers.js';
import { type CatalogIndex, NIS2_LETTERS } from './catalog-index.js';
import { round1 } from './rounding.js';

type FrameworkView = ScoreReport['frameworks'];

/**
 * The score seen through NIS2 Article 21(2) and ISO/IEC 27001:2022 Annex A. For each letter or
 * control: the weighted share 100 × Σ(weight × points) / Σ weight over the applicable questions
 * citing it, pooled across domains and regardless of domain status (null when none applies). A
 * control is `addressed` when at least one applicable question cites it and all of them are fully
 * in place. Every letter a-j is listed; controls are those the catalog cites, in numeric order.
 */
export function frameworkView(index: CatalogIndex, answers: Classified): FrameworkView {
  const { code, points } = answers;
  const weights = index.weights;
  const nis2 = new Array<FrameworkView['nis2'][number]>(NIS2_LETTERS.length);
  for (let k = 0; k < NIS2_LETTERS.length; k++) {
    let weight = 0;
    let earned = 0;
    let questions = 0;
    for (const i of index.nis2Questions[k]!) {
      if (code[i]! >= NOT_APPLICABLE) continue;
      weight += weights[i]!;
      earned += weights[i]! * points[i]!;
      questions++;
    }
    nis2[k] = { letter: NIS2_LETTERS[k]!, score: questions === 0 ? null : round1((100 * earned) / weight), questions };
  }
  const controls = index.isoControls;
  const iso27001 = new Array<FrameworkView['iso27001'][number]>(controls.length);
  for (let k = 0; k < controls.length; k++) {
    let weight = 0;
    let earned = 0;
    let questions = 0;
    let full = 0;
    for (const i of index.isoQuestions[k]!) {
      if (code[i]! >= NOT_APPLICABLE) continue;
      weight += weights[i]!;
      earned += weights[i]! * points[i]!;
      questions++;
      if (points[i] === 1) full++;
    }
    iso27001[k] = {
      control: controls[k]!,
      addressed: questions > 0 && full === questions,
      score: questions === 0 ? null : round1((100 * earned) / weight),
      questions,
    };
  }
  return { nis2, iso27001 };
}
