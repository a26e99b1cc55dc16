import type { Roadmap } from '@lsh-cyber/scoring';
import type { Locale } from '../i18n/messages.js';

const HEAD: Record<Locale, string[]> = {
  nl: ['jaar', 'maatregel_id', 'maatregel', 'eenmalig_eur', 'per_jaar_eur', 'inspanning_dagen', 'wie', 'vragen', 'verwachte_score_na_jaar'],
  en: ['year', 'measure_id', 'measure', 'one_off_eur', 'yearly_eur', 'effort_days', 'audience', 'questions', 'projected_score_after_year'],
};

/** Quotes a CSV field when it needs it (RFC 4180), and defuses formulas a spreadsheet would run. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The roadmap as CSV, one row per measure, numbers without thousands separators, for any spreadsheet. */
export function roadmapCsv(roadmap: Roadmap, locale: Locale): string {
  const rows: (string | number)[][] = [HEAD[locale]];
  for (const y of roadmap.years) {
    for (const m of y.measures) {
      rows.push([
        y.year,
        m.id,
        m.title[locale],
        m.cost.oneOff,
        m.cost.yearly,
        m.effortDays,
        m.audience.join(' '),
        m.addresses.join(' '),
        y.projected.overall,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
