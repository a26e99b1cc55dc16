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

/**
 * A parameter value as it reads in the contract: durations with their unit ("24 uur", "14 days"),
 * enum labels, yes/no, and an empty fill-in part as "[to be completed: <label>]".
 */
export function formatValue(param: ClauseParam, value: ParamValue, locale: Locale): string {
  if (param.fillIn && typeof value === 'string' && value.trim() === '')
    return `[${locale === 'nl' ? 'in te vullen' : 'to be completed'}: ${param.label[locale]}]`;
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

/** How a source's points read: a prefix ("AVG art. "), or a suffix ("art. 6:74 BW"), or the ref names itself. */
interface SourceStyle {
  prefix?: Localized;
  suffix?: Localized;
  /** A ref that already names its source ("NEN 7510-1:2024") is not prefixed again. */
  self?: RegExp;
}

const SOURCES: Record<Clause['basis'][number]['source'], SourceStyle> = {
  nis2: { prefix: { nl: 'NIS2 art. ', en: 'NIS2 Art. ' } },
  gdpr: { prefix: { nl: 'AVG art. ', en: 'GDPR Art. ' } },
  iso27001: { prefix: { nl: 'ISO/IEC 27001:2022 A.', en: 'ISO/IEC 27001:2022 A.' } },
  nen7510: { prefix: { nl: 'NEN 7510 ', en: 'NEN 7510 ' }, self: /^NEN\s*7510/i },
  nen7512: { prefix: { nl: 'NEN 7512 ', en: 'NEN 7512 ' }, self: /^NEN\s*7512/i },
  nen7513: { prefix: { nl: 'NEN 7513 ', en: 'NEN 7513 ' }, self: /^NEN\s*7513/i },
  cra: { prefix: { nl: 'Cyberweerbaarheidsverordening (CRA) ', en: 'Cyber Resilience Act ' }, self: /^(CRA|Cyber)/i },
  mdr: { prefix: { nl: 'MDR ', en: 'MDR ' }, self: /^(MDR|Regulation|Verordening)/i },
  ivdr: { prefix: { nl: 'IVDR ', en: 'IVDR ' }, self: /^IVDR/i },
  'mdcg-2019-16': { prefix: { nl: 'MDCG 2019-16 Rev.1 ', en: 'MDCG 2019-16 Rev.1 ' }, self: /^MDCG/i },
  'iec81001-5-1': { prefix: { nl: 'IEC 81001-5-1 ', en: 'IEC 81001-5-1 ' }, self: /^IEC\s*81001/i },
  'iec80001-1': { prefix: { nl: 'IEC 80001-1 ', en: 'IEC 80001-1 ' }, self: /^IEC\s*80001/i },
  mds2: { prefix: { nl: 'MDS2-formulier ', en: 'MDS2 form ' }, self: /^MDS2/i },
  begz: {
    prefix: {
      nl: 'Besluit elektronische gegevensverwerking door zorgaanbieders, ',
      en: 'Decree on electronic data processing by care providers (Begz), ',
    },
  },
  'logging-retention': {},
  bw: { prefix: { nl: 'art. ', en: 'Dutch Civil Code (BW) Art. ' }, suffix: { nl: ' BW', en: '' } },
  'scc-2021-914': {
    prefix: {
      nl: 'Standaardcontractbepalingen voor doorgifte (Uitvoeringsbesluit (EU) 2021/914), ',
      en: 'Standard contractual clauses for transfers (Implementing Decision (EU) 2021/914), ',
    },
  },
  'scc-2021-915': {
    prefix: {
      nl: 'Standaardcontractbepalingen verwerkers (Uitvoeringsbesluit (EU) 2021/915), ',
      en: 'Standard contractual clauses for processors (Implementing Decision (EU) 2021/915), ',
    },
  },
  'rome-i': { prefix: { nl: 'Rome I-Verordening ', en: 'Rome I Regulation ' } },
  'brussels-ia': { prefix: { nl: 'Brussel I bis-Verordening ', en: 'Brussels Ia Regulation ' } },
  bio2: { prefix: { nl: 'BIO2 ', en: 'BIO2 ' }, self: /^BIO/i },
};

/** Words of a cited point in Dutch: "Art. 13" → "art. 13", "Annex I" → "bijlage I", "Chapter V" → "hoofdstuk V". */
const DUTCH_POINT: readonly [RegExp, string][] = [
  [/\bArt\./g, 'art.'],
  [/\bAnnex\b/g, 'bijlage'],
  [/\bPart\b/g, 'deel'],
  [/\bChapter\b/g, 'hoofdstuk'],
  [/\bClause\b/g, 'clausule'],
  [/\bModule\b/g, 'module'],
];

/** One basis item as it reads: "AVG art. 28(3)(a)", "art. 6:265 BW", "ISO/IEC 27001:2022 A.5.20", with its date of application. */
export function formatBasis(b: Clause['basis'][number], locale: Locale): string {
  const style = SOURCES[b.source] ?? {};
  const ref = locale === 'nl' ? DUTCH_POINT.reduce((r, [from, to]) => r.replace(from, to), b.ref) : b.ref;
  const chapter = b.source === 'gdpr' && /^Chapter /.test(b.ref);
  const head =
    style.self?.test(b.ref) || !style.prefix
      ? ref
      : chapter
        ? `${locale === 'nl' ? 'AVG ' : 'GDPR '}${ref}`
        : `${style.prefix[locale]}${ref}${style.suffix?.[locale] ?? ''}`;
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
  annex: { nl: 'Bijlage', en: 'Annex' },
  guidance: { nl: 'Toelichting (niet bindend)', en: 'Guidance notes (not binding)' },
  guidanceNote: {
    nl: 'Deze toelichting hoort niet bij de overeenkomst en bindt partijen niet. Zij legt per artikel uit wat het vraagt, waarom het is voorgesteld, waarop het rust, welk bewijs u kunt vragen en hoe hard u eraan vasthoudt in de onderhandeling. Bij uitleg van de overeenkomst geldt alleen de tekst van de artikelen en de bindende bijlagen.',
    en: 'These notes are not part of the agreement and do not bind the parties. For each clause they explain what it asks, why it was proposed, what it rests on, what evidence to ask for and how firmly to hold on to it in negotiation. Only the text of the clauses and the binding annexes counts when the agreement is interpreted.',
  },
  notes: { nl: 'Bij', en: 'On' },
  position: { nl: 'Onderhandelingspositie', en: 'Negotiating position' },
  mustHave: { nl: 'onmisbaar: niet tekenen zonder', en: 'must-have: do not sign without it' },
  negotiable: { nl: 'onderhandelbaar', en: 'negotiable' },
  fallback: { nl: 'Uiterste terugvalpositie', en: 'Fallback position' },
  deviations: { nl: 'Register van overeengekomen afwijkingen', en: 'Register of agreed deviations' },
  deviationsIntro: {
    nl: 'Partijen zijn de volgende afwijkingen van de artikelen overeengekomen. Een afwijking gaat voor het artikel waarop zij betrekking heeft.',
    en: 'The parties have agreed the following deviations from the clauses. A deviation prevails over the clause it concerns.',
  },
  agreed: { nl: 'Overeengekomen', en: 'Agreed' },
  reason: { nl: 'Reden', en: 'Reason' },
  agreedOn: { nl: 'Datum', en: 'Date' },
  approvedBy: { nl: 'Goedgekeurd door', en: 'Approved by' },
  checklistTitle: { nl: 'Checklist voor de standaardvoorwaarden van', en: 'Checklist for the standard terms of' },
  checklistIntro: {
    nl: 'Kunt u uw eigen contract niet opleggen? Leg deze punten naast de standaardvoorwaarden van de leverancier. Vink af wat erin staat; vraag om een aanvulling op wat ontbreekt. De punten met een ster zijn onmisbaar.',
    en: "Cannot impose your own contract? Hold these points against the supplier's standard terms. Tick what they cover; ask for an addendum for what is missing. Points with a star are must-haves.",
  },
  alsoAsk: { nl: 'Ook de moeite van vragen waard (onderhandelbaar)', en: 'Also worth asking for (negotiable)' },
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
