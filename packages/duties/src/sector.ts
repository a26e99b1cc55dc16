import type { OrganisationProfile, Subsector } from '@lsh-cyber/schema';
import type { Localized } from './types.js';

/** Which NIS2 annex an entity type falls under, and the point of the annex that says so. */
export interface SectorFinding {
  annex: 'I' | 'II';
  /** The annex point, e.g. `Annex I point 5, first indent`. */
  basis: string;
  reason: Localized;
}

/** What the profile says about the organisation's NIS2 sector. */
export interface SectorAssessment {
  /** Every annex entry the organisation falls under; empty when none. */
  findings: SectorFinding[];
  /** Profile fields that would decide whether a further entry applies. */
  missing: string[];
  /** Notes that do not change the outcome but a reader should know. */
  notes: Localized[];
}

/**
 * Subsectors whose organisations legally provide healthcare (Directive 2011/24/EU Art. 3(a) and (g):
 * healthcare includes prescribing and dispensing medicinal products, so pharmacies count), used when
 * the profile does not say `healthcareProvider`.
 */
export const CARE_SUBSECTORS: readonly Subsector[] = Object.freeze([
  'hospital',
  'mental-health',
  'medical-practice',
  'paramedical-practice',
  'other-care',
  'pharmacy',
  'university-medical-centre',
]);

/** Subsectors read as research and development of medicinal products (NIS2 Annex I point 5, third indent). */
export const MEDICINAL_RD_SUBSECTORS: readonly Subsector[] = Object.freeze(['biotech-rd']);

/** Subsectors read as research organisations (NIS2 Annex II point 7; Art. 6(41) excludes educational institutions). */
export const RESEARCH_SUBSECTORS: readonly Subsector[] = Object.freeze(['health-rd', 'medical-lab']);

/** Subsectors that manufacture basic pharmaceutical products and preparations (NACE Rev. 2 division C21). */
export const PHARMA_MANUFACTURING_SUBSECTORS: readonly Subsector[] = Object.freeze(['pharma-ingredients', 'pharma-products']);

/** Subsectors that usually make medical devices, used when the profile does not say `deviceMaker`. */
export const DEVICE_SUBSECTORS: readonly Subsector[] = Object.freeze([
  'electromedical-equipment',
  'medical-instruments',
  'measuring-equipment',
  'optical-instruments',
]);

/** Whether the organisation provides healthcare: the profile's own answer, else its subsector. */
export function providesHealthcare(profile: OrganisationProfile): { value: boolean; stated: boolean } {
  if (profile.healthcareProvider !== undefined) return { value: profile.healthcareProvider, stated: true };
  return { value: CARE_SUBSECTORS.includes(profile.subsector), stated: false };
}

/**
 * The NIS2 annex entries (Directive (EU) 2022/2555, Annex I point 5 "Health" and Annex II points 5(a)
 * and 7) that the organisation's profile places it under.
 */
export function nis2Sector(profile: OrganisationProfile): SectorAssessment {
  const findings: SectorFinding[] = [];
  const missing: string[] = [];
  const notes: Localized[] = [];
  const care = providesHealthcare(profile);
  if (care.value) {
    findings.push({
      annex: 'I',
      basis: 'NIS2 Annex I point 5, first indent (Directive 2011/24/EU Art. 3(g))',
      reason: care.stated
        ? {
            nl: 'U verleent zorg: zorgaanbieder (bijlage I, gezondheidszorg).',
            en: 'You provide healthcare: a healthcare provider (Annex I, health).',
          }
        : {
            nl: `Uw subsector (${profile.subsector}) verleent zorg: zorgaanbieder (bijlage I). Vul healthcareProvider in om dit te bevestigen.`,
            en: `Your subsector (${profile.subsector}) provides healthcare: a healthcare provider (Annex I). Set healthcareProvider to confirm.`,
          },
    });
  } else if (profile.healthcareProvider === undefined && profile.subsector === 'medical-lab') {
    missing.push('healthcareProvider');
  }
  if (MEDICINAL_RD_SUBSECTORS.includes(profile.subsector)) {
    findings.push({
      annex: 'I',
      basis: 'NIS2 Annex I point 5, third indent (Directive 2001/83/EC Art. 1(2))',
      reason: {
        nl: 'Biotech-onderzoek lezen we als onderzoek en ontwikkeling van geneesmiddelen (bijlage I).',
        en: 'Biotech research is read as research and development of medicinal products (Annex I).',
      },
    });
  }
  if (PHARMA_MANUFACTURING_SUBSECTORS.includes(profile.subsector)) {
    findings.push({
      annex: 'I',
      basis: 'NIS2 Annex I point 5, fourth indent (NACE Rev. 2 C21)',
      reason: {
        nl: 'U maakt farmaceutische grondstoffen of producten (NACE C21, bijlage I).',
        en: 'You manufacture basic pharmaceutical products or preparations (NACE C21, Annex I).',
      },
    });
  }
  const device = profile.deviceMaker ?? (DEVICE_SUBSECTORS.includes(profile.subsector) ? undefined : 'none');
  if (device === undefined) missing.push('deviceMaker');
  if (device === 'mdr' || device === 'ivdr') {
    findings.push({
      annex: 'II',
      basis: 'NIS2 Annex II point 5(a) (Regulation (EU) 2017/745 Art. 2(1), 2017/746 Art. 2(2))',
      reason: {
        nl: `U maakt ${device === 'mdr' ? 'medische hulpmiddelen' : 'hulpmiddelen voor in-vitrodiagnostiek'} (bijlage II, vervaardiging).`,
        en: `You manufacture ${device === 'mdr' ? 'medical devices' : 'in vitro diagnostic devices'} (Annex II, manufacturing).`,
      },
    });
    notes.push({
      nl: 'Staan uw hulpmiddelen op de EU-lijst van kritieke hulpmiddelen bij een noodsituatie op het gebied van de volksgezondheid (Verordening 2022/123 art. 22), dan valt u onder bijlage I.',
      en: "If your devices are on the EU's list of devices critical in a public health emergency (Regulation 2022/123 Art. 22), Annex I applies instead.",
    });
  }
  if (RESEARCH_SUBSECTORS.includes(profile.subsector)) {
    findings.push({
      annex: 'II',
      basis: 'NIS2 Annex II point 7 (Art. 6(41))',
      reason: {
        nl: 'Een onderzoeksorganisatie die toegepast onderzoek doet voor commerciële toepassing (bijlage II, onderzoek).',
        en: 'A research organisation doing applied research for commercial use (Annex II, research).',
      },
    });
  }
  return { findings, missing, notes };
}
