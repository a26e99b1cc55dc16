import { seededRandom } from '@lsh-cyber/chain';
import type { Assessment, ScoreReport, SizeClass, Subsector } from '@lsh-cyber/schema';
import { questionApplies, scoreAssessment } from '@lsh-cyber/scoring';
import { catalog } from './catalog.js';

/** Seed of the synthetic peers: fixed, so every visitor and every test sees the same made-up group. */
export const SYNTHETIC_SEED = 20_261_123;

/** How many synthetic peers are generated. */
export const SYNTHETIC_COUNT = 20;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Fictional peers of one subsector and size class, so the demo can show what a comparison looks
 * like while fewer than five real sample organisations share a group. Each peer gets a maturity
 * between 0.15 and 0.85; each answer is the option whose points lie nearest that maturity plus
 * noise, and 8% of answers are "unknown". Scored with the real engine. Not measurements: the UI
 * labels them as synthetic.
 */
export function syntheticPeers(subsector: Subsector, sizeClass: SizeClass, count = SYNTHETIC_COUNT, seed = SYNTHETIC_SEED): ScoreReport[] {
  const rnd = seededRandom(seed ^ hash(`${subsector}/${sizeClass}`));
  const questions = catalog.questions.filter((q) => questionApplies(q, { subsector, sizeClass }));
  const peers: ScoreReport[] = [];
  for (let k = 1; k <= count; k++) {
    const maturity = 0.15 + 0.7 * rnd();
    const answers: Assessment['answers'] = {};
    for (const q of questions) {
      if (rnd() < 0.08) {
        answers[q.id] = { value: 'unknown' };
        continue;
      }
      const target = Math.min(1, Math.max(0, maturity + (rnd() - 0.5) * 0.6));
      let best = q.options[0]!;
      for (const o of q.options) if (Math.abs(o.points - target) < Math.abs(best.points - target)) best = o;
      answers[q.id] = { value: best.value };
    }
    const id = `synthetic-peer-${k}`;
    const assessment: Assessment = {
      schemaVersion: 1,
      id,
      organisation: { id, name: `Synthetic peer ${k}`, subsector, sizeClass, data: [], certifications: [] },
      catalog: { id: catalog.id, version: catalog.version },
      answers,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    peers.push(scoreAssessment(assessment, catalog));
  }
  return peers;
}
