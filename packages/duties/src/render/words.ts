import type { Locale, Localized } from '../types.js';

/** The card's fixed headings and labels. */
export const CARD_WORDS = {
  firstMoves: { nl: 'Eerst dit', en: 'First' },
  bob: { nl: 'Denk en besluit in drie rondes (BOB)', en: 'Think and decide in three rounds (BOB)' },
  picture: { nl: 'Beeld: wat weten we?', en: 'Picture: what do we know?' },
  judge: { nl: 'Oordeel: wat betekent het?', en: 'Judge: what does it mean?' },
  decide: { nl: 'Besluit: wat doen we?', en: 'Decide: what do we do?' },
  scenarios: { nl: 'Eerste stappen', en: 'First steps' },
  do: { nl: 'Doen', en: 'Do' },
  dont: { nl: 'Niet doen', en: "Don't" },
  scaleUp: { nl: 'Wanneer opschalen?', en: 'When to scale up?' },
  level: { nl: 'Niveau', en: 'Level' },
  contacts: { nl: 'Wie belt u?', en: 'Who do you call?' },
  own: { nl: 'Uw eigen contacten', en: 'Your own contacts' },
  national: { nl: 'Landelijk', en: 'National' },
  fillIn: { nl: 'vul in', en: 'fill in' },
  clocks: { nl: 'Meldklokken voor uw organisatie', en: 'Reporting clocks for your organisation' },
  noClocks: {
    nl: 'Geen wettelijke meldklok gevonden voor uw profiel. Meld een cyberaanval toch bij de politie en vraag het NCSC om hulp.',
    en: 'No legal reporting clock found for your profile. Still report a cyber attack to the police and ask the NCSC for help.',
  },
  checked: { nl: 'gecontroleerd', en: 'checked' },
  source: { nl: 'bron', en: 'source' },
} as const satisfies Record<string, Localized>;

/** The text of one locale. */
export const t = (text: Localized, locale: Locale): string => text[locale];

/** The short name of each law as the card prints it. */
export const REGIME_LABEL = {
  nis2: { nl: 'NIS2', en: 'NIS2' },
  gdpr: { nl: 'AVG', en: 'GDPR' },
  mdr: { nl: 'MDR/IVDR', en: 'MDR/IVDR' },
  cra: { nl: 'CRA', en: 'CRA' },
} as const satisfies Record<string, Localized>;
