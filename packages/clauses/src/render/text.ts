import { type Clause, type ClauseParam, DEPENDENCY_KIND_LABELS, type DependencyKind, type Tier } from '@lsh-cyber/schema';
import type { ClauseReason, Localized, ParamValue } from '../types.js';

/** Output language. */
export type Locale = 'nl' | 'en';

/** A piece of filled-in text: literal template text, or a value the user supplied (escaped separately by each format). */
export interface Segment {
  text: string;
  value: boolean;
}

const UNITS: Record<'hours' | 'days', Record<Locale, [one: string, many: string]>> = {
  hours: { nl: ['uur', 'uur'], en: ['hour', 'hours'] },
  days: { nl: ['dag', 'dagen'], en: ['day', 'days'] },
};

const numberFormat: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A parameter value as it reads in the contract: durations with their unit ("24 uur", "14 days"), enum labels, yes/no. */
export function formatValue(param: ClauseParam, value: ParamValue, locale: Locale): string {
  if (typeof value === 'boolean') return value ? (locale === 'nl' ? 'ja' : 'yes') : locale === 'nl' ? 'nee' : 'no';
  if (typeof value === 'number') {
    const n = numberFormat[locale].format(value);
    if (param.type !== 'duration' || !param.unit) return n;
    const [one, many] = UNITS[param.unit][locale];
    return `${n} ${value === 1 ? one : many}`;
  }
  if (param.type === 'enum') return param.optionLabels?.[value]?.[locale] ?? value;
  return value;
}

/** A template with its `{{name}}` placeholders replaced by formatted values, as segments. */
export function fill(template: string, clause: Clause, params: Readonly<Record<string, ParamValue>>, locale: Locale): Segment[] {
  const declared = new Map(clause.params.map((p) => [p.name, p]));
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{([^{}]*)\}\}/g)) {
    const param = declared.get(m[1]!);
    if (!param || !Object.hasOwn(params, param.name)) continue;
    if (m.index > last) out.push({ text: template.slice(last, m.index), value: false });
    out.push({ text: formatValue(param, params[param.name]!, locale), value: true });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last), value: false });
  return out;
}

/** Segments split into paragraphs at blank lines. */
export function paragraphs(segments: Segment[]): Segment[][] {
  const result: Segment[][] = [[]];
  for (const s of segments) {
    if (s.value) {
      result.at(-1)!.push(s);
      continue;
    }
    s.text.split(/\n\s*\n/).forEach((part, i) => {
      if (i > 0) result.push([]);
      if (part) result.at(-1)!.push({ text: part, value: false });
    });
  }
  return result.filter((p) => p.some((s) => s.text.trim() !== ''));
}

const MONTHS: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date as "11 september 2026" / "11 September 2026", without time zones. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[locale][(m ?? 1) - 1]} ${y}`;
}

const SOURCES: Record<Clause['basis'][number]['source'], Localized> = {
  nis2: { nl: 'NIS2 art. ', en: 'NIS2 Art. ' },
  gdpr: { nl: 'AVG art. ', en: 'GDPR Art. ' },
  iso27001: { nl: 'ISO/IEC 27001:2022 A.', en: 'ISO/IEC 27001:2022 A.' },
  nen7510: { nl: 'NEN 7510 ', en: 'NEN 7510 ' },
  cra: { nl: 'Cyberweerbaarheidsverordening (CRA) ', en: 'Cyber Resilience Act ' },
  mdr: { nl: 'MDR ', en: 'MDR ' },
  'iec81001-5-1': { nl: 'IEC 81001-5-1 ', en: 'IEC 81001-5-1 ' },
  mds2: { nl: 'MDS2-formulier ', en: 'MDS2 form ' },
};

/** Names a reference may already start with, so "NEN 7510-1:2017" is not prefixed with "NEN 7510" again. */
const SELF_NAMED: Partial<Record<Clause['basis'][number]['source'], RegExp>> = {
  nen7510: /^NEN\s*7510/i,
  mdr: /^(MDR|Regulation|Verordening)/i,
  'iec81001-5-1': /^IEC\s*81001/i,
  mds2: /^MDS2/i,
  cra: /^(CRA|Cyber)/i,
};

/** One basis item as it reads: "AVG art. 28(3)(a)", "ISO/IEC 27001:2022 A.5.20", with its date of application. */
export function formatBasis(b: Clause['basis'][number], locale: Locale): string {
  const head = SELF_NAMED[b.source]?.test(b.ref) ? b.ref : `${SOURCES[b.source][locale]}${b.ref}`;
  if (!b.appliesFrom) return head;
  return `${head} (${locale === 'nl' ? 'van toepassing vanaf' : 'applies from'} ${formatDate(b.appliesFrom, locale)})`;
}

const FREQUENCIES: Record<Clause['evidence'][number]['frequency'], Localized> = {
  once: { nl: 'eenmalig', en: 'once' },
  yearly: { nl: 'jaarlijks', en: 'every year' },
  'per-release': { nl: 'bij elke release', en: 'with every release' },
  'on-change': { nl: 'bij elke wijziging', en: 'on every change' },
  'on-request': { nl: 'op verzoek', en: 'on request' },
};

/** One piece of evidence: "ISO 27001-certificaat met scope (jaarlijks)". */
export function formatEvidence(e: Clause['evidence'][number], locale: Locale): string {
  return `${e.description[locale]} (${FREQUENCIES[e.frequency][locale]})`;
}

/** Tier names. */
export const TIER_LABELS: Readonly<Record<Tier, Localized>> = {
  baseline: { nl: 'basis', en: 'baseline' },
  enhanced: { nl: 'verhoogd', en: 'enhanced' },
  strict: { nl: 'streng', en: 'strict' },
};

/** Fixed words of every rendering. */
export const WORDS = {
  title: { nl: 'Beveiligingsbepalingen voor leveranciers', en: 'Supplier security clauses' },
  buyer: { nl: 'Afnemer', en: 'Buyer' },
  supplier: { nl: 'Leverancier', en: 'Supplier' },
  tier: { nl: 'Niveau', en: 'Tier' },
  library: { nl: 'Bibliotheek', en: 'Library' },
  clause: { nl: 'Artikel', en: 'Clause' },
  plain: { nl: 'In gewone woorden', en: 'In plain words' },
  why: { nl: 'Waarom voorgesteld', en: 'Why proposed' },
  basis: { nl: 'Grondslag', en: 'Basis' },
  evidence: { nl: 'Bewijs', en: 'Evidence' },
  none: { nl: 'Geen bepalingen voorgesteld.', en: 'No clauses proposed.' },
  disclaimer: {
    nl: 'Deze bepalingen zijn een vertrekpunt, geen juridisch advies. Laat ze door een jurist toetsen voordat u ze in een contract opneemt.',
    en: 'These clauses are a starting point, not legal advice. Have a lawyer review them before you put them in a contract.',
  },
} satisfies Record<string, Localized>;

/** A pack role id ("saas", "saas#2") in plain words, named after the dependency kinds of `@lsh-cyber/schema`. */
export function roleLabel(role: string, locale: Locale): string {
  const [kind, n] = role.split('#');
  const label = Object.hasOwn(DEPENDENCY_KIND_LABELS, kind!) ? DEPENDENCY_KIND_LABELS[kind as DependencyKind][locale] : kind!;
  return n ? `${label} ${n}` : label;
}

/** The readable reasons of a clause, one line each, with the role it came from. */
export function reasonLines(reasons: readonly ClauseReason[], locale: Locale): string[] {
  return reasons.map((r) =>
    r.role ? `${r.text[locale]} (${locale === 'nl' ? 'rol' : 'role'}: ${roleLabel(r.role, locale)})` : r.text[locale],
  );
}
