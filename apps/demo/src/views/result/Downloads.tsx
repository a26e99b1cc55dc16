import type { Assessment, ScoreReport } from '@lsh-cyber/schema';
import { estimateDowntimeImpact, type Roadmap } from '@lsh-cyber/scoring';
import { useState } from 'react';
import { blocksToMarkdown } from '../../export/report-markdown.js';
import { reportBlocks } from '../../export/report-model.js';
import { roadmapCsv } from '../../export/roadmap-csv.js';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { catalog } from '../../lib/catalog.js';
import { downloadFile } from '../../lib/download.js';
import { organisationId } from '../../state/draft.js';

/** The report as Word and Markdown, and the roadmap as CSV. */
export function Downloads({ assessment, report, roadmap }: { assessment: Assessment; report: ScoreReport; roadmap: Roadmap | null }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const base = `basisscan-${organisationId(assessment.organisation.name)}-${locale}`;
  const blocks = () =>
    reportBlocks({
      assessment,
      report,
      roadmap,
      downtime: estimateDowntimeImpact(assessment.organisation, report, roadmap ?? undefined),
      locale,
      t,
    });
  const docx = async () => {
    setBusy(true);
    try {
      // Word output needs the docx package: load it only now.
      const { blocksToDocx } = await import('../../export/report-docx.js');
      downloadFile(
        `${base}.docx`,
        await blocksToDocx(blocks(), locale),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="downloads-h">
      <h2 id="downloads-h">{t('result.downloadsHeading')}</h2>
      <p className="download-buttons">
        <button type="button" className="button primary" onClick={docx} disabled={busy}>
          {t('result.downloadDocx')}
        </button>{' '}
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(`${base}.md`, blocksToMarkdown(blocks()), 'text/markdown;charset=utf-8')}
        >
          {t('result.downloadMd')}
        </button>{' '}
        {roadmap && (
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadFile(
                `${base}-roadmap.csv`,
                roadmapCsv(roadmap, locale, {
                  audience: (a) => t(`result.audience.${a}` as MessageKey),
                  question: (id) => catalog.questions.find((q) => q.id === id)?.text[locale] ?? id,
                }),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('result.downloadCsv')}
          </button>
        )}
      </p>
      <p aria-live="polite">{busy ? t('result.preparing') : ''}</p>
    </section>
  );
}
