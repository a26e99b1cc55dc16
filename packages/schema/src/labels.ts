import type { DependencyKind } from './chain.js';
import type { LocalizedText } from './common.js';
import type { DocumentKind } from './migrate.js';
import type { Certification, DataKind, NIS2_ENTITY_TYPES, SizeClass, Subsector } from './profile.js';

/**
 * The plain names, in Dutch and English, of the values the documents use: subsectors, size
 * classes, kinds of data, certifications, NIS2 entity types, dependency kinds and the roles
 * organisations play in a chain. One home, so the CLI, the demo and the clause packs name a thing
 * the same way.
 */

type Labels<K extends string> = Readonly<Record<K, Readonly<LocalizedText>>>;

export const SUBSECTOR_LABELS: Labels<Subsector> = {
  'biotech-rd': { nl: 'Biotechnologisch onderzoek', en: 'Biotech research' },
  'health-rd': { nl: 'Medisch en gezondheidsonderzoek', en: 'Medical and health research' },
  'medical-lab': { nl: 'Medisch laboratorium', en: 'Medical laboratory' },
  'pharma-wholesale': { nl: 'Groothandel in geneesmiddelen', en: 'Pharmaceutical wholesale' },
  'medical-wholesale': { nl: 'Groothandel in medische producten', en: 'Medical products wholesale' },
  pharmacy: { nl: 'Apotheek', en: 'Pharmacy' },
  'pharma-ingredients': { nl: 'Maken van farmaceutische grondstoffen', en: 'Making pharmaceutical ingredients' },
  'pharma-products': { nl: 'Maken van geneesmiddelen', en: 'Making medicines' },
  'measuring-equipment': { nl: 'Maken van meet- en regelapparatuur', en: 'Making measuring equipment' },
  'electromedical-equipment': { nl: 'Maken van elektromedische apparatuur', en: 'Making electromedical equipment' },
  'optical-instruments': { nl: 'Maken van optische instrumenten', en: 'Making optical instruments' },
  'medical-instruments': { nl: 'Maken van medische instrumenten en hulpmiddelen', en: 'Making medical instruments and devices' },
  'vocational-education': { nl: 'Middelbaar beroepsonderwijs', en: 'Vocational education' },
  'adult-education': { nl: 'Volwassenenonderwijs', en: 'Adult education' },
  'higher-education': { nl: 'Hoger beroepsonderwijs', en: 'Higher professional education' },
  university: { nl: 'Universiteit', en: 'University' },
  'university-medical-centre': { nl: 'Universitair medisch centrum', en: 'University medical centre' },
  hospital: { nl: 'Ziekenhuis', en: 'Hospital' },
  'mental-health': { nl: 'Geestelijke gezondheidszorg', en: 'Mental health care' },
  'medical-practice': { nl: 'Huisarts- of specialistenpraktijk', en: 'Medical practice' },
  'paramedical-practice': { nl: 'Paramedische praktijk (fysio, logo, …)', en: 'Paramedical practice (physio, speech, …)' },
  'other-care': { nl: 'Andere zorg (thuiszorg, verpleging, …)', en: 'Other care (home care, nursing, …)' },
  other: { nl: 'Iets anders', en: 'Something else' },
};

export const SIZE_CLASS_LABELS: Labels<SizeClass> = {
  micro: { nl: 'Minder dan 10', en: 'Fewer than 10' },
  small: { nl: '10 tot 50', en: '10 to 50' },
  medium: { nl: '50 tot 250', en: '50 to 250' },
  large: { nl: '250 of meer', en: '250 or more' },
};

export const DATA_KIND_LABELS: Labels<DataKind> = {
  patient: { nl: 'Patiëntgegevens (gezondheid)', en: 'Patient (health) data' },
  personal: { nl: 'Andere persoonsgegevens (personeel, klanten)', en: 'Other personal data (staff, customers)' },
  research: { nl: 'Onderzoeksgegevens', en: 'Research data' },
  ip: { nl: 'Kennis en uitvindingen (intellectueel eigendom)', en: 'Know-how and inventions (intellectual property)' },
};

export const CERTIFICATION_LABELS: Labels<Certification> = {
  iso27001: { nl: 'ISO/IEC 27001', en: 'ISO/IEC 27001' },
  nen7510: { nl: 'NEN 7510', en: 'NEN 7510' },
  other: { nl: 'Een andere', en: 'Another one' },
};

export const NIS2_LABELS: Labels<(typeof NIS2_ENTITY_TYPES)[number]> = {
  essential: { nl: 'Ja, als essentiële entiteit', en: 'Yes, as an essential entity' },
  important: { nl: 'Ja, als belangrijke entiteit', en: 'Yes, as an important entity' },
  none: { nl: 'Nee', en: 'No' },
};

export const DEPENDENCY_KIND_LABELS: Labels<DependencyKind> = {
  saas: { nl: 'SaaS-dienst', en: 'SaaS service' },
  software: { nl: 'software', en: 'software' },
  'managed-it': { nl: 'IT-beheer', en: 'managed IT' },
  cloud: { nl: 'clouddienst', en: 'cloud service' },
  'medical-device': { nl: 'medisch hulpmiddel', en: 'medical device' },
  'lab-service': { nl: 'labdienst', en: 'lab service' },
  'data-processor': { nl: 'gegevensverwerking', en: 'data processing' },
  logistics: { nl: 'logistiek', en: 'logistics' },
  other: { nl: 'overig', en: 'other' },
};

export const ORGANISATION_ROLE_LABELS: Readonly<Record<string, Readonly<LocalizedText>>> = {
  biobank: { nl: 'biobank', en: 'biobank' },
  biotech: { nl: 'biotechbedrijf', en: 'biotech company' },
  cloud: { nl: 'cloudleverancier', en: 'cloud provider' },
  cro: { nl: 'contractonderzoeksorganisatie', en: 'contract research organisation' },
  'data-processor': { nl: 'gegevensverwerker', en: 'data processor' },
  'device-maker': { nl: 'maker van medische apparaten', en: 'medical device maker' },
  education: { nl: 'onderwijsinstelling', en: 'education' },
  'ehr-vendor': { nl: 'leverancier patiëntdossier (EPD)', en: 'health record (EHR) vendor' },
  freelancer: { nl: 'zzp’er', en: 'freelancer' },
  'general-practice': { nl: 'huisartsenpraktijk', en: 'general practice' },
  'home-care': { nl: 'thuiszorg', en: 'home care' },
  'home-care-software': { nl: 'software voor thuiszorg', en: 'home-care software' },
  hospital: { nl: 'ziekenhuis', en: 'hospital' },
  lab: { nl: 'laboratorium', en: 'laboratory' },
  'lab-service': { nl: 'laboratoriumdienst', en: 'lab service' },
  'lims-vendor': { nl: 'leverancier laboratoriumsysteem (LIMS)', en: 'lab system (LIMS) vendor' },
  logistics: { nl: 'logistiek', en: 'logistics' },
  'managed-it': { nl: 'IT-beheerder', en: 'managed IT provider' },
  network: { nl: 'netwerkleverancier', en: 'network provider' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  pharmacy: { nl: 'apotheek', en: 'pharmacy' },
  'pharmacy-software': { nl: 'apotheeksoftware', en: 'pharmacy software' },
  physiotherapy: { nl: 'fysiotherapie', en: 'physiotherapy' },
  saas: { nl: 'softwaredienst (SaaS)', en: 'software service (SaaS)' },
  'university-medical-centre': { nl: 'universitair medisch centrum', en: 'university medical centre' },
  wholesaler: { nl: 'groothandel', en: 'wholesaler' },
};

/** The plain name of an organisation's role in a chain, or the role itself when it has none. */
export function organisationRoleLabel(role: string | undefined, locale: keyof LocalizedText): string {
  if (!role) return '';
  return Object.hasOwn(ORGANISATION_ROLE_LABELS, role) ? ORGANISATION_ROLE_LABELS[role]![locale] : role;
}

/** What a file of each document kind is called, for "… is not a valid value chain file". */
export const FILE_KIND_LABELS: Labels<DocumentKind> = {
  Assessment: { nl: 'basisscanbestand', en: 'basisscan file' },
  Catalog: { nl: 'vragenlijstbestand', en: 'question list file' },
  ChainModel: { nl: 'ketenbestand', en: 'value chain file' },
  ClauseLibrary: { nl: 'clausulebestand', en: 'clause library file' },
  OrganisationProfile: { nl: 'profielbestand', en: 'profile file' },
  ScoreReport: { nl: 'uitslagbestand', en: 'score report file' },
  BenchmarkSubmission: { nl: 'vergelijkingsbijdrage', en: 'benchmark submission file' },
  BenchmarkRelease: { nl: 'vergelijkingsbestand', en: 'benchmark release file' },
};
