import type { LocalizedText, ScoreReport } from '@lsh-cyber/schema';
import { bar, fit, formatEuros, formatNumber, formatScore, type Lang, type Style, scoreColour } from '../format.js';
import { terminalSafe } from '../terminal-text.js';
import { WORDS } from './words.js';

/** A measure as the score report lists it: what it costs and which open questions it works on. */
export interface MeasureLine {
  id: string;
  title: LocalizedText;
  oneOff: number;
  yearly: number;
  effortDays: number;
  /** Ids of the open questions the measure works on. */
  addresses: readonly string[];
}

/** What a day of downtime may cost, whether the organisation gave the figure itself, and the yearly loss it implies. */
export interface DowntimeLine {
  costPerDay: number;
  estimated: boolean;
  yearlyLoss: { low: number; high: number };
}

/** Everything the terminal score report shows. */
export interface ScoreTextInput {
  report: ScoreReport;
  organisationName: string;
  catalogTitle: LocalizedText;
  measures: readonly MeasureLine[];
  /** How many measures the full roadmap holds (more than `measures` shows). */
  measuresTotal: number;
  downtime: DowntimeLine | null;
}

/** Widest domain name shown in full; longer names are cut with an ellipsis. */
const MAX_NAME_WIDTH = 44;

/** The score report as terminal lines, readable without colour. */
export function renderScoreText(raw: ScoreTextInput, lang: Lang, style: Style): string {
  const input = terminalSafe(raw);
  const w = WORDS[lang];
  const { report } = input;
  const out: string[] = [];
  const titles = [w.overall, ...report.domains.map((d) => `  ${d.title[lang]}`)];
  const width = Math.min(MAX_NAME_WIDTH, Math.max(...titles.map((t) => Array.from(t).length)));
  const heading = (text: string) => out.push('', style.bold(text));
  out.push(style.bold(`${w.scoreTitle}: ${input.organisationName}`));
  out.push(`${w.catalog}: ${input.catalogTitle[lang]} (${report.catalog.id} ${report.catalog.version})`);
  out.push('');
  const overallColour = scoreColour(style, report.overall);
  out.push(`${fit(w.overall, width)} ${overallColour(bar(report.overall))} ${formatScore(report.overall)}`);
  if (report.status === 'insufficient-data') out.push(`  ${style.yellow(w.reportInsufficient)}`);
  out.push(`${w.level} ${report.level.value} ${w.of5}: ${style.bold(report.level.name[lang])}`);
  out.push(`  ${report.level.explanation[lang]}`);
  if (input.downtime) {
    const how = input.downtime.estimated ? w.downtimeEstimated : w.downtimeGiven;
    out.push(`${w.downtime}: ${formatEuros(input.downtime.costPerDay, lang)} (${how})`);
    const { low, high } = input.downtime.yearlyLoss;
    out.push(`  ${w.yearlyLoss(formatEuros(low, lang), formatEuros(high, lang))}`);
  }

  heading(w.domains);
  for (const d of report.domains) {
    const colour = scoreColour(style, d.score);
    const note = d.status === 'insufficient-data' ? `  ${w.insufficient}` : d.status === 'not-applicable' ? `  ${w.notApplicable}` : '';
    out.push(`  ${fit(d.title[lang], width - 2)} ${colour(bar(d.score))} ${formatScore(d.score)}${style.dim(note)}`);
  }
  out.push(`  ${w.questions(report.counts)}`);

  heading(w.perception);
  const gap = report.perceptionGap;
  if (gap === null || report.selfRating === null) out.push(`  ${w.noSelfRating}`);
  else if (gap > 0) out.push(`  ${style.yellow(w.overestimate(report.selfRating, report.level.value, gap))}`);
  else if (gap < 0) out.push(`  ${w.underestimate(report.selfRating, report.level.value, -gap)}`);
  else out.push(`  ${w.matches(report.selfRating)}`);

  heading(`${w.criticalGaps} (${report.criticalGaps.length})`);
  if (report.criticalGaps.length === 0) out.push(`  ${w.noCriticalGaps}`);
  for (const g of report.criticalGaps) {
    out.push(`  ${style.red('✗')} ${g.text[lang]} ${style.dim(`[${g.questionId}: ${w.status[g.status] ?? g.status}]`)}`);
  }

  heading(w.topMeasures);
  if (input.measures.length === 0) out.push(`  ${w.noMeasures}`);
  input.measures.forEach((m, i) => {
    out.push(`  ${i + 1}. ${m.title[lang]} ${style.dim(`[${m.id}]`)}`);
    const cost = `${formatEuros(m.oneOff, lang)} ${w.oneOff}, ${formatEuros(m.yearly, lang)} ${w.perYear}, ${w.days(formatNumber(m.effortDays, lang))}`;
    out.push(`     ${cost}; ${w.worksOn}: ${m.addresses.join(', ')}`);
  });
  if (input.measuresTotal > input.measures.length) out.push(`  ${w.more(input.measuresTotal - input.measures.length)}`);
  return `${out.join('\n')}\n`;
}
