import { type ScoreBand, type ScoreReport, scoreBand } from '@lsh-cyber/schema';
import { useId } from 'react';
import { useI18n } from '../i18n/context.js';
import { num } from '../i18n/labels.js';
import { TableScroll } from './TableScroll.js';

const ROW = 34;
const LABEL_W = 340;
const BAR_W = 360;
const VALUE_W = 130;

/** The colour of each display band (`scoreBand` of `@lsh-cyber/schema`), each at least 3:1 against the background. */
export const BAND_COLOURS: Readonly<Record<ScoreBand, string>> = {
  weak: '#b03a2e',
  fair: '#9a6700',
  strong: '#1e7145',
  none: '#6c7a89',
};

/** The colour of a score, by its display band: the same in the chart and the chain view. */
export function scoreColour(score: number | null): string {
  return BAND_COLOURS[scoreBand(score)];
}

/**
 * Overall and domain scores as horizontal SVG bars. The SVG is one image with a title and a
 * description for screen readers; every bar also carries its number as text, and the same numbers
 * are in a table below for those who prefer one.
 */
export function ScoreChart({ report }: { report: ScoreReport }) {
  const { t, locale } = useI18n();
  const id = useId();
  const rows = [
    { key: 'overall', label: t('result.overall'), score: report.overall as number | null, note: '' },
    ...report.domains.map((d) => ({
      key: d.id,
      label: d.title[locale],
      score: d.score,
      note: d.status === 'not-applicable' ? t('result.notApplicable') : d.status === 'insufficient-data' ? t('result.noScore') : '',
    })),
  ];
  const height = rows.length * ROW + 8;
  const width = LABEL_W + BAR_W + VALUE_W;
  const valueText = (r: (typeof rows)[number]) => (r.score === null ? r.note : num(r.score, locale));
  return (
    <figure className="score-figure">
      <svg
        className="score-chart"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        <title id={`${id}-title`}>{t('result.chartTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('result.chartDesc')} {rows.map((r) => `${r.label}: ${valueText(r)}`).join('; ')}.
        </desc>
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const w = r.score === null ? 0 : (r.score / 100) * BAR_W;
          return (
            <g key={r.key} data-domain={r.key === 'overall' ? undefined : r.key} data-score={r.score ?? ''}>
              <text x={LABEL_W - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontWeight={i === 0 ? 700 : 400}>
                {r.label.length > 40 ? `${r.label.slice(0, 39)}…` : r.label}
              </text>
              <rect className="bar-bg" x={LABEL_W} y={y + 6} width={BAR_W} height={ROW - 12} rx={3} />
              <rect x={LABEL_W} y={y + 6} width={w} height={ROW - 12} rx={3} fill={scoreColour(r.score)} />
              <text x={LABEL_W + BAR_W + 8} y={y + ROW / 2} dominantBaseline="middle" fontWeight={i === 0 ? 700 : 400}>
                {valueText(r)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('result.chartTable')}</summary>
        <TableScroll label={t('result.chartTitle')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('result.part')}</th>
                <th scope="col" className="num">
                  {t('result.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{valueText(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
