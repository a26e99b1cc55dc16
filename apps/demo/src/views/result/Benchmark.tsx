import type { Assessment, ScoreReport } from '@lsh-cyber/schema';
import { benchmark } from '@lsh-cyber/scoring';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { num } from '../../i18n/labels.js';
import { sampleReports } from '../../lib/samples.js';
import { SYNTHETIC_COUNT, syntheticPeers } from '../../lib/synthetic-peers.js';

/** Comparison with the sample organisations, and optionally with labelled synthetic peers. */
export function Benchmark({ assessment, report }: { assessment: Assessment; report: ScoreReport }) {
  const { t, locale } = useI18n();
  const id = useId();
  const samples = useMemo(() => [...sampleReports().values()], []);
  const [synthetic, setSynthetic] = useState(false);
  const { subsector, sizeClass } = assessment.organisation;
  const generated = useMemo(() => (synthetic ? syntheticPeers(subsector, sizeClass) : []), [synthetic, subsector, sizeClass]);
  const result = useMemo(() => benchmark(report, [...samples, ...generated], { minGroupSize: 5 }), [samples, generated, report]);

  return (
    <section aria-labelledby="peers-h" data-testid="benchmark">
      <h2 id="peers-h">{t('result.peersHeading')}</h2>
      <p>{t('result.peersSample', { count: samples.length })}</p>
      <div className="field">
        <label className="choice" htmlFor={`${id}-synthetic`}>
          <input id={`${id}-synthetic`} type="checkbox" checked={synthetic} onChange={(e) => setSynthetic(e.currentTarget.checked)} />
          {t('result.peersSynthetic', { count: SYNTHETIC_COUNT })}
        </label>
      </div>
      {synthetic && <p className="hint">{t('result.peersSyntheticNote')}</p>}
      <div aria-live="polite" data-testid="benchmark-result">
        {result.comparable ? (
          <p>
            {t('result.percentile', { p: result.percentile, n: result.group.size, median: num(result.median, locale, 1) })}
            {synthetic && <span className="flag">{t('result.peersSyntheticLabel')}</span>}
          </p>
        ) : (
          <p>{t('result.peersNone', { reason: result.reason[locale] })}</p>
        )}
      </div>
    </section>
  );
}
