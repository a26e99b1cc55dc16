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
    .refine((xs) => new Set(xs as unknown[]).size === xs.length, { message: `must not list the same ${what.replace(/s$/, '')} twice` })
    .meta({ uniqueItems: true });

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
