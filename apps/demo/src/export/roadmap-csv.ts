import { type CsvDialect, defaultCsvDialect, writeCsv } from '@lsh-cyber/schema';
import type { Roadmap } from '@lsh-cyber/scoring';
import type { Locale } from '../i18n/messages.js';

const HEAD: Record<Locale, string[]> = {
  nl: ['jaar', 'maatregel_id', 'maatregel', 'eenmalig_eur', 'per_jaar_eur', 'inspanning_dagen', 'wie', 'vragen', 'verwachte_score_na_jaar'],
  en: ['year', 'measure_id', 'measure', 'one_off_eur', 'yearly_eur', 'effort_days', 'audience', 'questions', 'projected_score_after_year'],
};

/** The words the roadmap CSV writes instead of codes, in the user's language. */
export interface RoadmapCsvWords {
  /** Who carries out a measure (`board`, `staff`, `it`), in plain words. */
  audience(code: string): string;
  /** The question a measure puts in place, as its text (not its id). */
  question(id: string): string;
}

/**
 * The roadmap as CSV, one row per measure, written by the shared writer: `excel-nl` (`;`, decimal
 * comma, BOM) for Dutch, `rfc4180` for English, unless `dialect` says otherwise. Column names,
 * who does it and the questions it answers are written in the user's language, not as codes.
 */
export function roadmapCsv(
  roadmap: Roadmap,
  locale: Locale,
  words: RoadmapCsvWords,
  dialect: CsvDialect = defaultCsvDialect(locale),
): string {
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
        m.audience.map((a) => words.audience(a)).join(', '),
        m.addresses.map((q) => words.question(q)).join(' | '),
        y.projected.overall,
      ]);
    }
  }
  return writeCsv(rows, dialect);
}
