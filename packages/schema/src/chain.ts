import { z } from 'zod';
import { DollarSchemaSchema, IdSchema, LIMITS, LocalizedTextSchema, NameSchema, SchemaVersionSchema, TextSchema } from './common.js';
import { DataKindSchema, profileFields } from './profile.js';

/** Kinds of dependency, i.e. what a supplier provides. */
export const DEPENDENCY_KINDS = [
  'saas',
  'software',
  'managed-it',
  'cloud',
  'medical-device',
  'lab-service',
  'data-processor',
  'logistics',
  'other',
] as const;
export const DependencyKindSchema = z.enum(DEPENDENCY_KINDS, { message: `must be one of: ${DEPENDENCY_KINDS.join(', ')}` }).meta({
  description:
    'What the supplier provides: saas, software, managed-it, cloud, medical-device, lab-service, data-processor, logistics, other.',
});
export type DependencyKind = z.infer<typeof DependencyKindSchema>;

const { id: _id, name: _name, ...optionalProfile } = profileFields;

export const ChainOrganisationSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable identifier of the organisation within the chain.' }),
    name: NameSchema.meta({ description: 'Name of the organisation (fictional in samples).' }),
    role: NameSchema.meta({
      description:
        'Its role in the chain, e.g. university-medical-centre, hospital, biotech, cro, lab, pharmacy, home-care, wholesaler, ehr-vendor, lims-vendor, cloud, managed-it, device-maker, logistics.',
    }),
    profile: z
      .strictObject({
        subsector: optionalProfile.subsector.optional(),
        sizeClass: optionalProfile.sizeClass.optional(),
        region: optionalProfile.region,
        data: optionalProfile.data.optional(),
        certifications: optionalProfile.certifications.optional(),
        downtimeCostPerDay: optionalProfile.downtimeCostPerDay,
        nis2: optionalProfile.nis2,
        gdprController: optionalProfile.gdprController,
      })
      .optional()
      .meta({ description: 'What is known of the organisation profile, all fields optional.' }),
    score: z
      .number({ message: 'must be a number from 0 to 100' })
      .min(0, { message: 'must be at least 0' })
      .max(100, { message: 'must be at most 100' })
      .optional()
      .meta({ description: 'Own resilience score 0-100, e.g. the overall score of its basisscan; absent when not assessed.' }),
    assessment: IdSchema.optional().meta({ description: 'Id of the assessment the score comes from, if any.' }),
  })
  .meta({ id: 'ChainOrganisation', title: 'ChainOrganisation', description: 'One organisation in a value chain.' });
export type ChainOrganisation = z.infer<typeof ChainOrganisationSchema>;

export const DependencySchema = z
  .strictObject({
    from: IdSchema.meta({ description: 'Id of the organisation that depends.' }),
    to: IdSchema.meta({ description: 'Id of the organisation it depends on (its supplier or service provider).' }),
    kind: DependencyKindSchema.optional(),
    criticality: z
      .number({ message: 'must be a number from 0 to 1' })
      .min(0, { message: 'must be at least 0' })
      .max(1, { message: 'must be at most 1' })
      .optional()
      .meta({ description: 'How much the dependant suffers when the supplier fails, from 0 (not at all) to 1 (fully); default 1.' }),
    group: IdSchema.optional().meta({
      description: 'Dependencies of one organisation with the same group are alternatives: one of them suffices.',
    }),
    data: z.array(DataKindSchema).max(4).optional().meta({ description: 'Kinds of data shared with the supplier.' }),
    note: TextSchema.optional().meta({ description: 'A free note, e.g. what is provided.' }),
  })
  .meta({ id: 'Dependency', title: 'Dependency', description: '`from` depends on `to`.' });
export type Dependency = z.infer<typeof DependencySchema>;

export const ChainModelSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    id: IdSchema.meta({ description: 'Stable identifier of the chain model.' }),
    name: NameSchema.meta({ description: 'Name of the chain model.' }),
    description: LocalizedTextSchema.optional().meta({ description: 'What the chain model shows.' }),
    organisations: z.array(ChainOrganisationSchema).max(LIMITS.organisations).meta({ description: 'The organisations of the chain.' }),
    dependencies: z.array(DependencySchema).max(LIMITS.dependencies).meta({ description: 'Who depends on whom. Cycles are allowed.' }),
  })
  .meta({
    title: 'ChainModel',
    description: 'A value chain: organisations, their own scores, and who depends on whom.',
  });
export type ChainModel = z.infer<typeof ChainModelSchema>;
