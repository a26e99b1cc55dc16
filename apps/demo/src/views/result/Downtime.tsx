import type { Assessment, ScoreReport } from '@lsh-cyber/schema';
import { estimateDowntimeImpact, type Roadmap } from '@lsh-cyber/scoring';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/context.js';
import { euros } from '../../i18n/labels.js';

/** What a day of downtime may cost, and the expected yearly loss before and after the plan. */
export function Downtime({ assessment, report, roadmap }: { assessment: Assessment; report: ScoreReport; roadmap: Roadmap | null }) {
  const { t, locale } = useI18n();
  const impact = useMemo(
    () => estimateDowntimeImpact(assessment.organisation, report, roadmap ?? undefined),
    [assessment, report, roadmap],
  );
  const e = (n: number) => euros(n, locale);
  return (
    <section aria-labelledby="downtime-h" data-testid="downtime">
      <h2 id="downtime-h">{t('result.downtimeHeading')}</h2>
      <p>
        <strong>{t('result.downtimePerDay', { amount: e(impact.costPerDay) })}</strong>
        {impact.estimated && <span className="flag">{t('result.estimate')}</span>}
      </p>
      <p className="hint">{impact.estimated ? t('result.estimateNote') : t('result.givenNote')}</p>
      <p>{t('result.lossBefore', { low: e(impact.before.yearlyLoss.low), high: e(impact.before.yearlyLoss.high) })}</p>
      {impact.after && <p>{t('result.lossAfter', { low: e(impact.after.yearlyLoss.low), high: e(impact.after.yearlyLoss.high) })}</p>}
      <details>
        <summary>{t('result.assumptions')}</summary>
        <ul>
          {impact.assumptions.map((a) => (
            <li key={a.en}>{a[locale]}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
