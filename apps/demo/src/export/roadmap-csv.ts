import { type CsvDialect, defaultCsvDialect, writeCsv } from '@lsh-cyber/schema';
import type { Roadmap } from '@lsh-cyber/scoring';
import type { Locale } from '../i18n/messages.js';

const HEAD: Record<Locale, string[]> = {
  nl: ['jaar', 'maatregel_id', 'maatregel', 'eenmalig_eur', 'per_jaar_eur', 'inspanning_dagen', 'wie', 'vragen', 'verwachte_score_na_jaar'],
  en: ['year', 'measure_id', 'measure', 'one_off_eur', 'yearly_eur', 'effort_days', 'audience', 'questions', 'projected_score_after_year'],
};

/**
 * The roadmap as CSV, one row per measure, written by the shared writer: `excel-nl` (`;`, decimal
 * comma, BOM) for Dutch, `rfc4180` for English, unless `dialect` says otherwise.
 */
export function roadmapCsv(roadmap: Roadmap, locale: Locale, dialect: CsvDialect = defaultCsvDialect(locale)): string {
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
  return writeCsv(rows, dialect);
}
