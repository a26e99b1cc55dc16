import { OUTPUT_SCHEMA_VERSION, type RoadmapOutput } from '@lsh-cyber/schema/outputs';
import { csvDialectOption, langOption, numberOption, parseCommandArgs } from '../args.js';
import type { Context } from '../context.js';
import { loadAssessment } from '../documents.js';
import { usageError } from '../errors.js';
import { stableJson } from '../format.js';
import { renderRoadmapCsv, renderRoadmapText } from '../render/roadmap-text.js';

/** Most years `roadmap` plans, as the planner allows. */
export const MAX_YEARS = 20;

/**
 * `lsh-cyber roadmap <assessment.json> --budget <euros> --years <n> [--effort-days <n|none> | --buy-effort]
 * [--catalog <file>] [--lang nl|en] [--json | --csv [--csv-dialect excel-nl|rfc4180]]`. Without
 * `--effort-days` the planner's default yearly capacity of the organisation's size class applies.
 */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'roadmap',
    args,
    {
      budget: { type: 'string' },
      years: { type: 'string' },
      catalog: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      'effort-days': { type: 'string' },
      'buy-effort': { type: 'boolean' },
      'csv-dialect': { type: 'string' },
    },
    { min: 1, max: 1, name: 'the assessment file' },
  );
  const lang = langOption('roadmap', values.lang, ctx.env);
  if (values.json && values.csv) throw usageError('choose --json or --csv, not both', 'roadmap');
  if (values.budget === undefined) throw usageError('missing --budget <euros per year>', 'roadmap');
  if (values.years === undefined) throw usageError('missing --years <n>', 'roadmap');
  const dialect = csvDialectOption('roadmap', values['csv-dialect'], lang);
  const budgetPerYear = numberOption('roadmap', 'budget', values.budget, { min: 0, max: 1e12 })!;
  const years = numberOption('roadmap', 'years', values.years, { min: 1, max: MAX_YEARS, integer: true })!;
  const effortDays = values['effort-days'];
  const effortDaysPerYear =
    effortDays === undefined
      ? undefined
      : effortDays === 'none'
        ? null
        : numberOption('roadmap', 'effort-days', effortDays, { min: 0, max: 1e6 })!;
  if (values['buy-effort'] && effortDays !== undefined) throw usageError('choose --effort-days or --buy-effort, not both', 'roadmap');
  const file = positionals[0]!;
  ctx.currentFile = file;
  const { assessment, catalog } = await loadAssessment(file, ctx, values.catalog);
  const { scoreAssessment, planRoadmap, estimateDowntimeImpact } = await import('@lsh-cyber/scoring');
  const report = scoreAssessment(assessment, catalog);
  const roadmap = planRoadmap(report, catalog, {
    budgetPerYear,
    years,
    sizeClass: assessment.organisation.sizeClass,
    ...(effortDaysPerYear !== undefined ? { effortDaysPerYear } : {}),
    ...(values['buy-effort'] ? { buyEffort: true } : {}),
  });
  if (values.json) {
    const output: RoadmapOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, ...roadmap };
    ctx.stdout.write(stableJson(output));
    return 0;
  }
  if (values.csv) {
    ctx.stdout.write(renderRoadmapCsv(roadmap, lang, dialect));
    return 0;
  }
  const impact = estimateDowntimeImpact(assessment.organisation, report, roadmap);
  const { glossaryTermsIn } = await import('@lsh-cyber/catalog-lsh');
  const shown = roadmap.years.flatMap((y) => y.measures.flatMap((m) => [m.title[lang], ...m.steps.map((s) => s[lang])]));
  const terms = glossaryTermsIn(catalog, shown, lang);
  ctx.stdout.write(renderRoadmapText({ roadmap, organisationName: assessment.organisation.name, impact, terms }, lang, ctx.style));
  return 0;
}
