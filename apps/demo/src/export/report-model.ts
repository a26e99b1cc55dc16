import type { Assessment, ScoreReport } from '@lsh-cyber/schema';
import { type DowntimeImpact, priorityMeasures, type Roadmap } from '@lsh-cyber/scoring';
import type { I18n } from '../i18n/context.js';
import { euros, num, SUBSECTOR_LABELS } from '../i18n/labels.js';
import type { Locale, MessageKey } from '../i18n/messages.js';
import { catalog, measureById } from '../lib/catalog.js';
import { perceptionText } from '../lib/perception.js';

/** A block of the board report; Markdown and Word are rendered from the same blocks. */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; strong?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'table'; head: string[]; rows: string[][] };

/** Everything the report is made from. */
export interface ReportInput {
  assessment: Assessment;
  report: ScoreReport;
  roadmap: Roadmap | null;
  downtime: DowntimeImpact;
  locale: Locale;
  t: I18n['t'];
}

/** How many first steps the report spells out. */
const FIRST_STEPS = 5;

/** The report a director takes to the board: the result on one or two pages, in plain words. */
export function reportBlocks({ assessment, report, roadmap, downtime, locale, t }: ReportInput): Block[] {
  const e = (n: number) => euros(n, locale);
  const o = assessment.organisation;
  const blocks: Block[] = [
    { type: 'title', text: `${t('report.title')}: ${o.name}` },
    {
      type: 'paragraph',
      text: t('report.meta', {
        subsector: SUBSECTOR_LABELS[o.subsector][locale],
        catalog: `${catalog.title[locale]} ${catalog.version}`,
        date: assessment.updatedAt.slice(0, 10),
      }),
    },
    { type: 'heading', text: t('result.overall') },
    {
      type: 'paragraph',
      strong: true,
      text: `${Math.round(report.overall)} / 100 — ${t('result.level', { value: report.level.value, name: report.level.name[locale] })}`,
    },
    { type: 'paragraph', text: report.level.explanation[locale] },
    { type: 'paragraph', text: perceptionText(report, t) },
    {
      type: 'table',
      head: [t('result.part'), t('result.score')],
      rows: report.domains.map((d) => [
        d.title[locale],
        d.score === null ? (d.status === 'not-applicable' ? t('result.notApplicable') : t('result.noScore')) : num(d.score, locale),
      ]),
    },
    { type: 'heading', text: t('result.criticalHeading') },
  ];
  if (report.criticalGaps.length === 0) blocks.push({ type: 'paragraph', text: t('result.criticalNone') });
  else {
    blocks.push({ type: 'paragraph', text: t('result.criticalIntro') });
    blocks.push({
      type: 'list',
      items: report.criticalGaps.map((g) => `${g.text[locale]} — ${t(`result.status.${g.status}` as MessageKey)}`),
    });
  }
  blocks.push({ type: 'heading', text: t('result.downtimeHeading') });
  blocks.push({
    type: 'paragraph',
    text: `${t('result.downtimePerDay', { amount: e(downtime.costPerDay) })}${downtime.estimated ? ` (${t('result.estimate')})` : ''}. ${
      downtime.estimated ? t('result.estimateNote') : t('result.givenNote')
    }`,
  });
  blocks.push({
    type: 'paragraph',
    text: t('result.lossBefore', { low: e(downtime.before.yearlyLoss.low), high: e(downtime.before.yearlyLoss.high) }),
  });
  if (downtime.after) {
    blocks.push({
      type: 'paragraph',
      text: t('result.lossAfter', { low: e(downtime.after.yearlyLoss.low), high: e(downtime.after.yearlyLoss.high) }),
    });
  }
  if (roadmap) {
    blocks.push({ type: 'heading', text: t('result.roadmapHeading') });
    blocks.push({ type: 'paragraph', text: t('result.budgetValue', { amount: e(roadmap.budgetPerYear) }) });
    for (const y of roadmap.years) {
      blocks.push({
        type: 'paragraph',
        strong: true,
        text: `${t('result.year', { n: y.year })} — ${t('result.projected', { score: num(y.projected.overall, locale) })}`,
      });
      if (y.findOut) blocks.push({ type: 'paragraph', text: `${t('result.findOut')} ${y.findOut.explanation[locale]}` });
      if (y.measures.length === 0) blocks.push({ type: 'paragraph', text: t('result.noMeasures') });
      else {
        blocks.push({
          type: 'table',
          head: [t('result.measure'), t('result.cost'), t('result.audience')],
          rows: y.measures.map((m) => [
            m.title[locale],
            `${t('result.oneOff', { amount: e(m.cost.oneOff) })}, ${t('result.yearly', { amount: e(m.cost.yearly) })}`,
            m.audience.map((a) => t(`result.audience.${a}` as MessageKey)).join(', '),
          ]),
        });
      }
    }
    if (roadmap.notScheduled.length > 0) {
      blocks.push({
        type: 'paragraph',
        text: t('result.unplanned', { list: roadmap.notScheduled.map((m) => m.title[locale]).join('; ') }),
      });
    }
  }
  // The first steps are the engine's priority order, the same list the CLI's `score` prints.
  const firstSteps = priorityMeasures(report, catalog, { sizeClass: o.sizeClass, limit: FIRST_STEPS });
  if (firstSteps.length > 0) {
    blocks.push({ type: 'heading', text: t('report.firstSteps') });
    for (const { id } of firstSteps) {
      const m = measureById(id);
      if (!m) continue;
      blocks.push({ type: 'paragraph', strong: true, text: m.title[locale] });
      blocks.push({ type: 'list', items: m.steps.map((s) => s[locale]) });
    }
  }
  blocks.push({ type: 'paragraph', text: t('report.footer') });
  return blocks;
}
