import { type CsvDialect, type GlossaryEntry, writeCsv } from '@lsh-cyber/schema';
import type { DowntimeImpact, Roadmap } from '@lsh-cyber/scoring';
import { formatEuros, formatNumber, type Lang, type Style } from '../format.js';
import { terminalSafe } from '../terminal-text.js';
import { WORDS } from './words.js';

/** The roadmap as terminal lines, readable without colour. */
export function renderRoadmapText(
  raw: { roadmap: Roadmap; organisationName: string; impact: DowntimeImpact; terms?: readonly GlossaryEntry[] },
  lang: Lang,
  style: Style,
): string {
  const input = terminalSafe(raw);
  const w = WORDS[lang];
  const { roadmap, impact } = input;
  const euros = (n: number) => formatEuros(n, lang);
  const out: string[] = [];
  out.push(style.bold(`${w.roadmapTitle}: ${input.organisationName}`));
  out.push(`${w.budget}: ${euros(roadmap.budgetPerYear)}; ${w.yearsPlanned(roadmap.years.length)}; ${w.sizeClass}: ${roadmap.sizeClass}`);
  out.push(
    roadmap.effortDaysPerYear === null
      ? roadmap.buyEffort
        ? w.effortBought(euros(roadmap.dayRate))
        : w.effortUnlimited
      : w.effortCapacity(formatNumber(roadmap.effortDaysPerYear, lang)),
  );
  out.push(`${w.now}: ${roadmap.baseline.label[lang]} (${roadmap.baseline.levelName[lang]})`);
  for (const year of roadmap.years) {
    out.push('');
    const projected = `${year.projected.label[lang]} (${year.projected.levelName[lang]})`;
    out.push(style.bold(`${w.year} ${year.year}: ${w.spentOf(euros(year.spent), euros(roadmap.budgetPerYear))} → ${projected}`));
    if (year.committed > 0) out.push(`  ${w.committed(euros(year.committed))}`);
    if (year.findOut) {
      out.push(`  0. ${year.findOut.explanation[lang]}`);
      out.push(`     ${style.dim(year.findOut.questions.join(', '))}`);
    }
    if (year.measures.length === 0 && !year.findOut) out.push(`  ${style.dim(w.nothingPlanned)}`);
    year.measures.forEach((m, i) => {
      const pre = m.asPrerequisite ? ` ${style.dim(`(${w.prerequisite})`)}` : '';
      out.push(`  ${i + 1}. ${m.title[lang]} ${style.dim(`[${m.id}]`)}${pre}`);
      const cost = `${euros(m.cost.oneOff)} ${w.oneOff}, ${euros(m.cost.yearly)} ${w.perYear}, ${w.days(formatNumber(m.effortDays, lang))}`;
      out.push(`     ${cost}; ${w.audience}: ${m.audience.join(', ')}`);
      if (m.addresses.length > 0) out.push(`     ${w.worksOn}: ${m.addresses.join(', ')}`);
      m.steps.forEach((s, j) => {
        out.push(`     ${style.dim(`${String.fromCharCode(97 + j)}.`)} ${s[lang]}`);
      });
    });
    if (year.measures.length > 0) out.push(`  ${w.yearEffort(formatNumber(year.effortDays, lang))}`);
  }
  if (roadmap.notScheduled.length > 0) {
    out.push('', style.bold(w.notPlanned));
    for (const m of roadmap.notScheduled) {
      const why = m.reason === 'too-expensive' ? w.tooExpensive : w.budgetExhausted;
      out.push(`  - ${m.title[lang]} ${style.dim(`[${m.id}]`)}: ${euros(m.cost.firstYear)} ${w.firstYear}; ${why}`);
    }
  }
  if (roadmap.unknownQuestions.length > 0) {
    out.push('', style.bold(w.unknownTitle(roadmap.unknownQuestions.length)));
    for (const q of roadmap.unknownQuestions) out.push(`  - ${q.text[lang]} ${style.dim(`[${q.questionId}]`)}`);
  }
  if (input.terms && input.terms.length > 0) {
    out.push('', style.bold(w.glossary));
    for (const t of input.terms) out.push(`  ${t.term[lang]}: ${t.definition[lang]}`);
  }
  out.push('', style.bold(w.downtime));
  out.push(`  ${euros(impact.costPerDay)} ${impact.estimated ? `(${w.downtimeEstimated})` : `(${w.downtimeGiven})`}`);
  out.push(`  ${w.lossNow(euros(impact.before.yearlyLoss.low), euros(impact.before.yearlyLoss.high))}`);
  if (impact.after) out.push(`  ${w.lossAfter(euros(impact.after.yearlyLoss.low), euros(impact.after.yearlyLoss.high))}`);
  return `${out.join('\n')}\n`;
}

/** Header of `roadmap --csv`, documented in the README. */
export const ROADMAP_CSV_HEADER = [
  'status',
  'year',
  'order',
  'measure',
  'title',
  'audience',
  'one_off_eur',
  'yearly_eur',
  'first_year_eur',
  'effort_days',
  'addresses',
  'as_prerequisite',
  'risk_reduction',
  'projected_overall',
  'projected_level',
] as const;

/**
 * The roadmap as CSV, one row per planned measure (status `planned`), the free first step of
 * finding out (status `find-out`, year 1, order 0) and one row per measure that did not fit
 * (status `too-expensive` or `budget-exhausted`, no year).
 */
export function renderRoadmapCsv(roadmap: Roadmap, lang: Lang, dialect: CsvDialect): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const year of roadmap.years) {
    const p = year.projected;
    if (year.findOut) {
      const q = year.findOut.questions;
      rows.push([
        'find-out',
        year.year,
        0,
        '',
        year.findOut.explanation[lang],
        '',
        0,
        0,
        0,
        '',
        q.join(' '),
        false,
        '',
        p.overall,
        p.level,
      ]);
    }
    year.measures.forEach((m, i) => {
      rows.push([
        'planned',
        year.year,
        i + 1,
        m.id,
        m.title[lang],
        m.audience.join(' '),
        m.cost.oneOff,
        m.cost.yearly,
        m.cost.firstYear,
        m.effortDays,
        m.addresses.join(' '),
        m.asPrerequisite,
        m.riskReduction,
        p.overall,
        p.level,
      ]);
    });
  }
  for (const m of roadmap.notScheduled) {
    rows.push([
      m.reason,
      null,
      null,
      m.id,
      m.title[lang],
      '',
      m.cost.oneOff,
      m.cost.yearly,
      m.cost.firstYear,
      '',
      m.addresses.join(' '),
      false,
      m.riskReduction,
      '',
      '',
    ]);
  }
  return writeCsv([ROADMAP_CSV_HEADER, ...rows], dialect);
}
