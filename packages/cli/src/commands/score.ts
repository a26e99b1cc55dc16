import { langOption, parseCommandArgs } from '../args.js';
import type { Context } from '../context.js';
import { loadAssessment } from '../documents.js';
import { stableJson } from '../format.js';
import { type MeasureLine, renderScoreText } from '../render/score-text.js';

/** How many measures the terminal report lists. */
export const TOP_MEASURES = 5;

/** `lsh-cyber score <assessment.json> [--catalog <file>] [--lang nl|en] [--json]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'score',
    args,
    { catalog: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
    { min: 1, max: 1, name: 'the assessment file' },
  );
  const lang = langOption('score', values.lang, ctx.env);
  const file = positionals[0]!;
  ctx.currentFile = file;
  const { assessment, catalog } = await loadAssessment(file, ctx, values.catalog);
  const { scoreAssessment, priorityMeasures, estimateDowntimeImpact } = await import('@lsh-cyber/scoring');
  const report = scoreAssessment(assessment, catalog);
  if (values.json) {
    ctx.stdout.write(stableJson(report));
    return 0;
  }
  // The "first steps": the engine's priority order (the same list the demo's report shows).
  const planned = priorityMeasures(report, catalog, { sizeClass: assessment.organisation.sizeClass });
  const measures: MeasureLine[] = planned.slice(0, TOP_MEASURES).map((m) => ({
    id: m.id,
    title: m.title,
    oneOff: m.cost.oneOff,
    yearly: m.cost.yearly,
    effortDays: m.effortDays,
    addresses: m.addresses,
  }));
  const impact = estimateDowntimeImpact(assessment.organisation, report);
  const text = renderScoreText(
    {
      report,
      organisationName: assessment.organisation.name,
      catalogTitle: catalog.title,
      measures,
      measuresTotal: planned.length,
      downtime: { costPerDay: impact.costPerDay, estimated: impact.estimated, yearlyLoss: impact.before.yearlyLoss },
    },
    lang,
    ctx.style,
  );
  ctx.stdout.write(text);
  return 0;
}
