import { z } from 'zod';
import { DollarSchemaSchema, EurosSchema, IdSchema, NameSchema, SchemaVersionSchema } from './common.js';

/** Subsectors of the Life Sciences & Health sector, after the sector's own classification, plus `other`. */
export const SUBSECTORS = [
  // research
  'biotech-rd',
  'health-rd',
  'medical-lab',
  // sales
  'pharma-wholesale',
  'medical-wholesale',
  // manufacturing
  'pharmacy',
  'pharma-ingredients',
  'pharma-products',
  'measuring-equipment',
  'electromedical-equipment',
  'optical-instruments',
  'medical-instruments',
  // education
  'vocational-education',
  'adult-education',
  'higher-education',
  'university',
  'university-medical-centre',
  // care
  'hospital',
  'mental-health',
  'medical-practice',
  'paramedical-practice',
  'other-care',
  'other',
] as const;
export const SubsectorSchema = z
  .enum(SUBSECTORS, { message: `must be one of: ${SUBSECTORS.join(', ')}` })
  .meta({ description: 'Subsector within Life Sciences & Health (research, sales, manufacturing, education, care) or other.' });
export type Subsector = z.infer<typeof SubsectorSchema>;

/** The cluster each subsector belongs to. */
export const SUBSECTOR_CLUSTER: Readonly<Record<Subsector, 'research' | 'sales' | 'manufacturing' | 'education' | 'care' | 'other'>> =
  Object.freeze({
    'biotech-rd': 'research',
    'health-rd': 'research',
    'medical-lab': 'research',
    'pharma-wholesale': 'sales',
    'medical-wholesale': 'sales',
    pharmacy: 'manufacturing',
    'pharma-ingredients': 'manufacturing',
    'pharma-products': 'manufacturing',
    'measuring-equipment': 'manufacturing',
    'electromedical-equipment': 'manufacturing',
    'optical-instruments': 'manufacturing',
    'medical-instruments': 'manufacturing',
    'vocational-education': 'education',
    'adult-education': 'education',
    'higher-education': 'education',
    university: 'education',
    'university-medical-centre': 'education',
    hospital: 'care',
    'mental-health': 'care',
    'medical-practice': 'care',
    'paramedical-practice': 'care',
    'other-care': 'care',
    other: 'other',
  });

/** Size classes: micro (<10 people), small (10–49), medium (50–249), large (250+). */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export const SizeClassSchema = z
  .enum(SIZE_CLASSES, { message: `must be one of: ${SIZE_CLASSES.join(', ')}` })
  .meta({ description: 'Size class: micro (<10 people), small (10-49), medium (50-249), large (250+).' });
export type SizeClass = z.infer<typeof SizeClassSchema>;

/** The seven labour-market regions of Zuid-Holland; any other region name is accepted too. */
export const ZUID_HOLLAND_REGIONS = [
  'Drechtsteden',
  'Gorinchem',
  'Haaglanden',
  'Holland Rijnland',
  'Midden-Holland',
  'Rijnmond',
  'Zuid-Holland Centraal',
] as const;
export const RegionSchema = NameSchema.meta({
  description: `Region: one of the labour-market regions of Zuid-Holland (${ZUID_HOLLAND_REGIONS.join(', ')}) or any other region name.`,
});

/** Kinds of sensitive data an organisation holds or shares. */
export const DATA_KINDS = ['patient', 'personal', 'research', 'ip'] as const;
export const DataKindSchema = z
  .enum(DATA_KINDS, { message: `must be one of: ${DATA_KINDS.join(', ')}` })
  .meta({ description: 'Kind of data: patient (health) data, other personal data, research data, or intellectual property (ip).' });
export type DataKind = z.infer<typeof DataKindSchema>;

/** Certifications an organisation may hold. */
export const CERTIFICATIONS = ['iso27001', 'nen7510', 'other'] as const;
export const CertificationSchema = z
  .enum(CERTIFICATIONS, { message: `must be one of: ${CERTIFICATIONS.join(', ')}` })
  .meta({ description: 'Certification held: ISO/IEC 27001 (iso27001), NEN 7510 (nen7510), or other.' });
export type Certification = z.infer<typeof CertificationSchema>;

/** Whether NIS2 applies, and how. */
export const NIS2_ENTITY_TYPES = ['essential', 'important', 'none'] as const;

const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item)
    .max(50, { message: `must list at most 50 ${what}` })
    .refine((xs) => new Set(xs as unknown[]).size === xs.length, {
      message: `must not list the same ${what.replace(/s$/, '')} twice`,
      params: { code: 'listed-twice' },
    })
    .meta({ uniqueItems: true });

/** How a partner or linked enterprise relates to the organisation (Commission Recommendation 2003/361/EC, Annex Art. 3). */
export const GROUP_RELATIONS = ['partner', 'linked'] as const;

const headcountSchema = z
  .number({ message: 'must be a number of staff' })
  .min(0, { message: 'must not be negative' })
  .max(10_000_000, { message: 'must be at most 10,000,000' });

/**
 * A partner or linked enterprise whose figures count towards the organisation's size under
 * Recommendation 2003/361/EC (Annex Art. 6): a partner's in proportion to `share`, a linked one's in full.
 */
export const GroupEnterpriseSchema = z
  .strictObject({
    relation: z
      .enum(GROUP_RELATIONS, { message: `must be one of: ${GROUP_RELATIONS.join(', ')}` })
      .meta({ description: 'partner (a holding of 25 % to 50 % either way) or linked (control, usually more than 50 %).' }),
    share: z
      .number({ message: 'must be a fraction from 0 to 1' })
      .min(0, { message: 'must be at least 0' })
      .max(1, { message: 'must be at most 1' })
      .meta({ description: 'The holding of capital or voting rights, whichever is greater, as a fraction from 0 to 1 (0.3 = 30 %).' }),
    headcount: headcountSchema.optional().meta({ description: "The enterprise's staff headcount in annual work units." }),
    turnoverEur: EurosSchema.optional().meta({ description: "The enterprise's annual turnover in euros." }),
    balanceSheetEur: EurosSchema.optional().meta({ description: "The enterprise's annual balance-sheet total in euros." }),
  })
  .meta({ id: 'GroupEnterprise', title: 'GroupEnterprise', description: 'A partner or linked enterprise, for the EU size test.' });
export type GroupEnterprise = z.infer<typeof GroupEnterpriseSchema>;

/** Which EU device regulation the organisation manufactures under, if any. */
export const DEVICE_MAKER_KINDS = ['none', 'mdr', 'ivdr'] as const;

/** The fields of an organisation profile, shared by the profile document, assessments and chains. */
export const profileFields = {
  id: IdSchema.meta({ description: 'Stable identifier of the organisation.' }),
  name: NameSchema.meta({ description: 'Name of the organisation (fictional in samples).' }),
  subsector: SubsectorSchema,
  sizeClass: SizeClassSchema,
  region: RegionSchema.optional(),
  data: uniqueList(DataKindSchema, 'data kinds').meta({ description: 'Kinds of sensitive data the organisation holds.' }),
  certifications: uniqueList(CertificationSchema, 'certifications').meta({
    description: 'Information-security certifications the organisation holds.',
  }),
  downtimeCostPerDay: EurosSchema.optional().meta({
    description: 'What one day of downtime costs the organisation, in euros, as the organisation estimates it.',
  }),
  nis2: z
    .enum(NIS2_ENTITY_TYPES, { message: `must be one of: ${NIS2_ENTITY_TYPES.join(', ')}` })
    .optional()
    .meta({ description: 'Whether the organisation is a NIS2 essential or important entity, or neither.' }),
  gdprController: z.boolean().optional().meta({
    description: 'Whether the organisation is a GDPR controller of personal data (true for almost every employer and care provider).',
  }),
  headcount: headcountSchema.optional().meta({
    description:
      'Staff headcount in annual work units (full-time equivalents over a year), for the EU size test (Recommendation 2003/361/EC).',
  }),
  turnoverEur: EurosSchema.optional().meta({ description: 'Annual turnover in euros, from the last approved accounts.' }),
  balanceSheetEur: EurosSchema.optional().meta({ description: 'Annual balance-sheet total in euros, from the last approved accounts.' }),
  groupEnterprises: z
    .array(GroupEnterpriseSchema)
    .max(1000, { message: 'must list at most 1000 enterprises' })
    .optional()
    .meta({ description: 'Partner and linked enterprises whose figures count towards the size test; absent or empty when autonomous.' }),
  healthcareProvider: z.boolean({ message: 'must be true or false' }).optional().meta({
    description:
      'Whether the organisation legally provides healthcare to patients (Directive 2011/24/EU Art. 3(g)), e.g. a hospital, GP practice, pharmacy or home care.',
  }),
  deviceMaker: z
    .enum(DEVICE_MAKER_KINDS, { message: `must be one of: ${DEVICE_MAKER_KINDS.join(', ')}` })
    .optional()
    .meta({
      description:
        'Whether the organisation manufactures medical devices (mdr, Regulation 2017/745) or in vitro diagnostics (ivdr, 2017/746), or neither.',
    }),
  digitalProducts: z.boolean({ message: 'must be true or false' }).optional().meta({
    description:
      'Whether the organisation places products with digital elements (software or connected hardware) on the EU market (Cyber Resilience Act).',
  }),
} as const;

/** An organisation as embedded in an assessment: the profile fields, `schemaVersion` optional. */
export const OrganisationSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema.optional(),
    ...profileFields,
  })
  .meta({ id: 'Organisation', title: 'Organisation', description: 'The profile of one organisation.' });
export type Organisation = z.infer<typeof OrganisationSchema>;

/** The organisation profile document. */
export const OrganisationProfileSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    ...profileFields,
  })
  .meta({
    title: 'OrganisationProfile',
    description:
      'Who an organisation is: subsector, size, region, the data it holds, its certifications and what a day of downtime costs it.',
  });
export type OrganisationProfile = z.infer<typeof OrganisationProfileSchema>;
