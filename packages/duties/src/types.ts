/** The two languages every text comes in. */
export type Locale = 'nl' | 'en';

/** A text in Dutch and English. */
export interface Localized {
  nl: string;
  en: string;
}

/** The laws whose incident duties this package knows. */
export type Regime = 'nis2' | 'gdpr' | 'mdr' | 'cra';
