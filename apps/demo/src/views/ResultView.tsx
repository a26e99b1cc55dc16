import type { Assessment } from '@lsh-cyber/schema';
import { scoreAssessment } from '@lsh-cyber/scoring';
import { useMemo } from 'react';
import { ScoreChart } from '../components/ScoreChart.js';
import { useI18n } from '../i18n/context.js';
import type { MessageKey } from '../i18n/messages.js';
import { catalog, measureById } from '../lib/catalog.js';
import { CENTRE_ORIGIN } from '../lib/centre.js';
import { perceptionText } from '../lib/perception.js';
import { href } from '../lib/router.js';
import { draftToAssessment } from '../state/draft.js';
import { useDraft } from '../state/store.js';
import { Benchmark } from './result/Benchmark.js';
import { Downloads } from './result/Downloads.js';
import { Downtime } from './result/Downtime.js';
import { Roadmap, useRoadmapState } from './result/Roadmap.js';
import { Share } from './result/Share.js';

/** The result of the scan: scores, level, perception gap, gaps, downtime, roadmap, peers, downloads. */
export function ResultView() {
  const { t } = useI18n();
  const { draft } = useDraft();
  const outcome = useMemo(() => draftToAssessment(draft, catalog), [draft]);
  if (!outcome.ok) {
    return (
      <>
        <h1 tabIndex={-1}>{t('result.heading')}</h1>
        <p>{t('result.empty')}</p>
        <p>
          <a className="button primary" href={href({ view: 'scan', step: 0 })}>
            {t('start.begin')}
          </a>
        </p>
      </>
    );
  }
  return <Result assessment={outcome.assessment} />;
}

function Result({ assessment }: { assessment: Assessment }) {
  const { t, locale } = useI18n();
  const report = useMemo(() => scoreAssessment(assessment, catalog), [assessment]);
  const roadmapState = useRoadmapState(assessment, report);
  return (
    <>
      <h1 tabIndex={-1}>{t('result.heading')}</h1>
      <p className="hint">{assessment.organisation.name}</p>
      {report.counts.unanswered > 0 && <p className="callout">{t('result.incomplete', { count: report.counts.unanswered })}</p>}
      <div className="cards">
        <section className="card" aria-labelledby="overall-h">
          <h2 id="overall-h">{t('result.overall')}</h2>
          <p className="big-score">
            <span data-testid="overall-score">{Math.round(report.overall)}</span>
            <span className="hint"> / 100</span>
          </p>
          <p data-testid="level">
            <strong>{t('result.level', { value: report.level.value, name: report.level.name[locale] })}</strong>
          </p>
          <p>{report.level.explanation[locale]}</p>
        </section>
        <section className="card" aria-labelledby="gap-h">
          <h2 id="gap-h">{t('result.gapHeading')}</h2>
          <p data-testid="perception">{perceptionText(report, t)}</p>
        </section>
      </div>
      <ScoreChart report={report} />

      <section aria-labelledby="critical-h">
        <h2 id="critical-h">{t('result.criticalHeading')}</h2>
        {report.criticalGaps.length === 0 ? (
          <p>{t('result.criticalNone')}</p>
        ) : (
          <>
            <p>{t('result.criticalIntro')}</p>
            <ul data-testid="critical-gaps">
              {report.criticalGaps.map((g) => (
                <li key={g.questionId}>
                  {g.text[locale]} — <em>{t(`result.status.${g.status}` as MessageKey)}</em>
                  {g.measures.length > 0 && <> ({g.measures.map((m) => measureById(m)?.title[locale] ?? m).join('; ')})</>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <Downtime assessment={assessment} report={report} roadmap={roadmapState.roadmap} />
      <Roadmap state={roadmapState} />
      <Benchmark assessment={assessment} report={report} />
      {CENTRE_ORIGIN && <Share origin={CENTRE_ORIGIN} assessment={assessment} report={report} />}
      <Downloads assessment={assessment} report={report} roadmap={roadmapState.roadmap} />
    </>
  );
}
