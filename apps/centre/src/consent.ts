import { readFileSync } from 'node:fs';

/** One version of the consent text, as kept in `consent/consent.json`. */
export interface ConsentVersion {
  purpose: string;
  retention: { months: number };
  text: { nl: string; en: string };
}

/** All versions of the consent text and which one the centre asks for now. */
export interface ConsentTexts {
  current: string;
  versions: Record<string, ConsentVersion>;
}

/** The consent texts shipped with this build (the file is versioned in the repository). */
export function loadConsentTexts(): ConsentTexts {
  return JSON.parse(readFileSync(new URL('../consent/consent.json', import.meta.url), 'utf8')) as ConsentTexts;
}
