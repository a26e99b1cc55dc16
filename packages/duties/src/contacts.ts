import type { ChainModel } from '@lsh-cyber/schema';
import type { Localized } from './types.js';

/** One number or address to call in an incident, with where it comes from. */
export interface CardContact {
  /** Stable id, e.g. `ncsc` or the supplier's id in the chain. */
  id: string;
  name: string;
  /** When to call them. */
  when: Localized;
  phone?: string | undefined;
  url?: string | undefined;
  /** Where the details come from: a web page, or the organisation's own chain or input. */
  source: string;
  /** The date the details were checked (ISO date), for national contacts. */
  checkedOn?: string | undefined;
}

/** The date the national contacts were last checked against their sources. */
export const CONTACTS_CHECKED_ON = '2026-12-01';

/**
 * National contacts for Dutch Life Sciences & Health organisations in 2026. The NCSC took over the
 * Digital Trust Center on 1 January 2026 and is the government's one desk for businesses too;
 * Z-CERT is the healthcare sector's CSIRT and mainly serves larger care organisations.
 */
export const NATIONAL_CONTACTS: Readonly<Record<'ncsc' | 'zcert' | 'ap' | 'igj' | 'police', CardContact>> = Object.freeze({
  ncsc: {
    id: 'ncsc',
    name: 'NCSC (Nationaal Cyber Security Centrum)',
    when: {
      nl: 'Hulp bij een cyberincident; sinds 1 januari 2026 ook voor ondernemers (voorheen Digital Trust Center).',
      en: 'Help in a cyber incident; since 1 January 2026 also for businesses (formerly the Digital Trust Center).',
    },
    url: 'https://www.ncsc.nl',
    source: 'ncsc.nl; government.nl 7-9-2022',
    checkedOn: CONTACTS_CHECKED_ON,
  },
  zcert: {
    id: 'zcert',
    name: 'Z-CERT',
    when: {
      nl: 'CSIRT van de zorg (vooral grotere zorgorganisaties): melden en hulp.',
      en: 'The healthcare CSIRT (mainly larger care organisations): report and get help.',
    },
    url: 'https://www.z-cert.nl',
    source: 'z-cert.nl; icthealth.nl',
    checkedOn: CONTACTS_CHECKED_ON,
  },
  ap: {
    id: 'ap',
    name: 'Autoriteit Persoonsgegevens',
    when: {
      nl: 'Datalek melden binnen 72 uur via het meldloket datalekken.',
      en: 'Report a personal data breach within 72 hours through its data breach desk.',
    },
    url: 'https://www.autoriteitpersoonsgegevens.nl',
    source: 'autoriteitpersoonsgegevens.nl',
    checkedOn: CONTACTS_CHECKED_ON,
  },
  igj: {
    id: 'igj',
    name: 'IGJ (Inspectie Gezondheidszorg en Jeugd)',
    when: {
      nl: 'Calamiteit in de zorg (Wkkgz art. 11) of ernstig incident met een medisch hulpmiddel (MDR art. 87).',
      en: 'A calamity in care (Wkkgz Art. 11) or a serious incident with a medical device (MDR Art. 87).',
    },
    url: 'https://www.igj.nl',
    source: 'igj.nl',
    checkedOn: CONTACTS_CHECKED_ON,
  },
  police: {
    id: 'police',
    name: 'Politie',
    when: {
      nl: 'Aangifte van een aanval of afpersing: 0900-8844; mensen in gevaar: 112.',
      en: 'Report an attack or extortion: 0900-8844; people in danger: 112.',
    },
    phone: '0900-8844 / 112',
    url: 'https://www.politie.nl',
    source: 'politie.nl',
    checkedOn: CONTACTS_CHECKED_ON,
  },
});

/** A supplier the organisation would call in an incident. */
export interface CardSupplier {
  id: string;
  name: string;
  /** What the supplier does for the organisation. */
  role: Localized;
  phone?: string | undefined;
  /** How much the organisation relies on the supplier, 0-1; the card lists the most relied on first. */
  criticality?: number | undefined;
}

const ROLE_LABELS: Readonly<Record<string, Localized>> = Object.freeze({
  'managed-it': { nl: 'IT-beheerder', en: 'IT supplier' },
  cloud: { nl: 'Cloud / hosting', en: 'Cloud / hosting' },
  'ehr-vendor': { nl: 'Leverancier EPD/ECD', en: 'EHR vendor' },
  'lims-vendor': { nl: 'Leverancier LIMS', en: 'LIMS vendor' },
  'pharmacy-software': { nl: 'Apotheeksysteem', en: 'Pharmacy system' },
  'home-care-software': { nl: 'Zorgplanning / ECD', en: 'Care planning / record system' },
  saas: { nl: 'Online dienst', en: 'Online service' },
  software: { nl: 'Software', en: 'Software' },
  'data-processor': { nl: 'Verwerker van gegevens', en: 'Data processor' },
});

/** Kinds of dependency whose supplier is called in a cyber incident. */
const CALLED_KINDS = new Set(['managed-it', 'cloud', 'saas', 'software', 'data-processor']);

/** The most suppliers a one-page card lists. */
export const MAX_CARD_SUPPLIERS = 6;

/**
 * The organisation's own IT suppliers from its value chain: managed IT, cloud, EHR, LIMS and other
 * software and online services it depends on, most relied on first, at most {@link MAX_CARD_SUPPLIERS}.
 */
export function suppliersFromChain(chain: ChainModel, organisationId: string): CardSupplier[] {
  const orgs = new Map(chain.organisations.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const found: CardSupplier[] = [];
  for (const d of chain.dependencies) {
    if (d.from !== organisationId || seen.has(d.to)) continue;
    const org = orgs.get(d.to);
    if (!org) continue;
    const kind = d.kind ?? 'other';
    const label = ROLE_LABELS[org.role] ?? (CALLED_KINDS.has(kind) ? ROLE_LABELS[kind] : undefined);
    if (!label) continue;
    seen.add(d.to);
    found.push({ id: org.id, name: org.name, role: label, criticality: d.criticality ?? 1 });
  }
  return found
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.criticality ?? 1) - (a.s.criticality ?? 1) || a.i - b.i)
    .slice(0, MAX_CARD_SUPPLIERS)
    .map(({ s }) => s);
}
