import type { Locale } from './messages.js';

// The plain names of subsectors, size classes, data kinds, certifications, NIS2 types, dependency
// kinds and roles belong to the documents: one home in @lsh-cyber/schema, used by every face.
export {
  CERTIFICATION_LABELS,
  DATA_KIND_LABELS as DATA_LABELS,
  DEPENDENCY_KIND_LABELS as DEPENDENCY_LABELS,
  NIS2_LABELS,
  organisationRoleLabel as roleLabel,
  SIZE_CLASS_LABELS as SIZE_LABELS,
  SUBSECTOR_LABELS,
} from '@lsh-cyber/schema';

/** Formats euros for the chosen language, without cents. */
export function euros(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Formats a number for the chosen language. */
export function num(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}
