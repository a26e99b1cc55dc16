import type { Assessment, BenchmarkCell, BenchmarkRelease, ScoreReport } from '@lsh-cyber/schema';
import { benchmark, cellCovering } from '@lsh-cyber/scoring';
import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { num, SIZE_LABELS, SUBSECTOR_LABELS } from '../../i18n/labels.js';
import { CENTRE_ORIGIN, type CentreResult, fetchRelease } from '../../lib/centre.js';
import { sampleReports } from '../../lib/samples.js';
import { SYNTHETIC_COUNT, syntheticPeers } from '../../lib/synthetic-peers.js';

/**
 * Comparison with real peers when the configured centre has published a release with a cell
 * covering her group; otherwise with the sample organisations, and optionally with labelled
 * synthetic peers.
 */
export function Benchmark({ assessment, report }: { assessment: Assessment; report: ScoreReport }) {
  const { t, locale } = useI18n();
  const id = useId();
  const samples = useMemo(() => [...sampleReports().values()], []);
  const [synthetic, setSynthetic] = useState(false);
  const { subsector, sizeClass } = assessment.organisation;
  const generated = useMemo(() => (synthetic ? syntheticPeers(subsector, sizeClass) : []), [synthetic, subsector, sizeClass]);
  const result = useMemo(() => benchmark(report, [...samples, ...generated], { minGroupSize: 5 }), [samples, generated, report]);
  const [release, setRelease] = useState<CentreResult<BenchmarkRelease> | undefined>();
  useEffect(() => {
    if (!CENTRE_ORIGIN) return;
    let live = true;
    fetchRelease(CENTRE_ORIGIN).then((r) => live && setRelease(r));
    return () => {
      live = false;
    };
  }, []);
  const region = assessment.organisation.region;
  const cell = release?.ok ? cellCovering(release.value, { subsector, sizeClass, region }) : undefined;
  const centreState = !CENTRE_ORIGIN
    ? undefined
    : !release
      ? 'loading'
      : cell
        ? 'real'
        : release.ok || release.failure === 'not-found'
          ? 'none'
          : 'unreachable';

  return (
    <section aria-labelledby="peers-h" data-testid="benchmark">
      <h2 id="peers-h">{t('result.peersHeading')}</h2>
      {centreState && (
        <div
          aria-live="polite"
          data-testid="centre-peers"
          data-centre-peers={centreState}
          data-release-id={release?.ok ? release.value.id : undefined}
          data-n={cell?.n}
        >
          {cell && release?.ok ? (
            <CentrePeers cell={cell} release={release.value} score={report.overall} />
          ) : centreState === 'none' ? (
            <p>{t('result.peersCentreNone', { k: release?.ok ? release.value.k : 5 })}</p>
          ) : centreState === 'unreachable' ? (
            <p>{t('result.peersCentreUnreachable')}</p>
          ) : null}
        </div>
      )}
      {centreState !== 'real' && (
        <>
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
        </>
      )}
    </section>
  );
}

function CentrePeers({ cell, release, score }: { cell: BenchmarkCell; release: BenchmarkRelease; score: number }) {
  const { t, locale } = useI18n();
  const group = [
    cell.subsector && SUBSECTOR_LABELS[cell.subsector][locale],
    cell.sizeClass && SIZE_LABELS[cell.sizeClass][locale],
    cell.region,
  ]
    .filter(Boolean)
    .join(', ');
  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(release.publishedAt));
  return (
    <p>
      {t('result.peersCentre', {
        n: cell.n,
        group,
        release: release.id,
        date,
        median: num(cell.overall.median, locale),
        q1: num(cell.overall.q1, locale),
        q3: num(cell.overall.q3, locale),
        score: num(score, locale, 1),
      })}
      <span className="flag">{t('result.peersCentreLabel')}</span>
    </p>
  );
}
