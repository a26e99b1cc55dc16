import type { ScoreReport } from '@lsh-cyber/schema';
import type { I18n } from '../i18n/context.js';

/** How the perception gap (self-rating minus measured level) reads, in plain words. */
export function perceptionText(report: ScoreReport, t: I18n['t']): string {
  const gap = report.perceptionGap;
  if (gap === null || report.selfRating === null) return t('result.gapNone');
  const n = Math.abs(gap);
  const levels = t('result.levels', { count: n });
  const params = { self: report.selfRating, level: report.level.value, gap: levels };
  return gap > 0 ? t('result.gapOver', params) : gap < 0 ? t('result.gapUnder', params) : t('result.gapEqual', params);
}
