import { z } from 'zod';
import {
  CatalogKeySchema,
  DollarSchemaSchema,
  EurosSchema,
  LIMITS,
  LocalizedTextSchema,
  NameSchema,
  SchemaVersionSchema,
  SemverSchema,
} from './common.js';
import { CostBasisSchema } from './cost-basis.js';
import { GlossaryEntrySchema } from './glossary.js';
import { SizeClassSchema, SubsectorSchema } from './profile.js';
import { FrameworkReferencesSchema } from './references.js';

/** Answer values with a fixed meaning; a question's own option values may not use them. */
export const RESERVED_ANSWER_VALUES = ['na', 'unknown'] as const;

export const AnswerOptionSchema = z
  .strictObject({
    value: CatalogKeySchema.meta({ description: 'The value stored in an assessment when this option is chosen.' }),
    points: z
      .number({ message: 'must be a number from 0 to 1' })
      .min(0, { message: 'must be at least 0' })
      .max(1, { message: 'must be at most 1' })
      .meta({ description: 'Share of the question weight earned by this option, from 0 (not in place) to 1 (fully in place).' }),
    label: LocalizedTextSchema.meta({ description: 'What the user sees for this option.' }),
  })
  .meta({ id: 'AnswerOption', title: 'AnswerOption', description: 'One answer a question offers.' });
export type AnswerOption = z.infer<typeof AnswerOptionSchema>;

export const AppliesToSchema = z
  .strictObject({
    subsectors: z.array(SubsectorSchema).min(1).max(50).optional().meta({
      description: 'The question applies only to these subsectors; absent means all.',
    }),
    sizeClasses: z.array(SizeClassSchema).min(1).max(4).optional().meta({
      description: 'The question applies only to these size classes; absent means all.',
    }),
  })
  .meta({ id: 'AppliesTo', title: 'AppliesTo', description: 'To which organisations an item applies.' });

export const DomainSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the domain.' }),
    title: LocalizedTextSchema.meta({ description: 'Name of the domain.' }),
    description: LocalizedTextSchema.optional().meta({ description: 'What the domain is about, in plain words.' }),
  })
  .meta({ id: 'Domain', title: 'Domain', description: 'A group of questions on one theme.' });
export type Domain = z.infer<typeof DomainSchema>;

export const QuestionSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the question; assessments answer by this id.' }),
    domain: CatalogKeySchema.meta({ description: 'Id of the domain the question belongs to.' }),
    text: LocalizedTextSchema.meta({ description: 'The question, in plain words.' }),
    help: LocalizedTextSchema.meta({ description: 'Help text with an example, for someone who is not an IT specialist.' }),
    weight: z
      .number({ message: 'must be a number greater than 0' })
      .gt(0, { message: 'must be greater than 0' })
      .max(100, { message: 'must be at most 100' })
      .meta({ description: 'Relative weight of the question within its domain; greater than 0.' }),
    critical: z.boolean().meta({
      description: 'A knock-out control: when not in place, the maturity level is capped however high the average.',
    }),
    notApplicableAllowed: z.boolean().meta({
      description: 'Whether "na" (not applicable) is an allowed answer; where it is not, "na" is refused.',
    }),
    options: z
      .array(AnswerOptionSchema)
      .min(2, { message: 'must offer at least 2 options' })
      .max(5, { message: 'must offer at most 5 options' })
      .meta({ description: 'The answers offered: yes/no is two options, a maturity scale three to five.' }),
    appliesTo: AppliesToSchema.optional().meta({ description: 'Limits the question to some subsectors or size classes.' }),
    references: FrameworkReferencesSchema.meta({ description: 'The frameworks and laws the question rests on.' }),
    measures: z.array(CatalogKeySchema).max(20).meta({ description: 'Ids of the measures that put this question in place.' }),
  })
  .meta({ id: 'Question', title: 'Question', description: 'One question of the basisscan.' });
export type Question = z.infer<typeof QuestionSchema>;

export const AUDIENCES = ['board', 'staff', 'it'] as const;

export const CostEstimateSchema = z
  .strictObject({
    oneOff: EurosSchema.meta({ description: 'Indicative one-off cost in euros.' }),
    yearly: EurosSchema.meta({ description: 'Indicative yearly cost in euros.' }),
    effortDays: z
      .number({ message: 'must be a number of days' })
      .min(0, { message: 'must not be negative' })
      .max(10_000)
      .meta({ description: 'Indicative one-off effort in person-days.' }),
  })
  .meta({ id: 'CostEstimate', title: 'CostEstimate', description: 'Indicative cost and effort for one size class.' });
export type CostEstimate = z.infer<typeof CostEstimateSchema>;

export const HelpSourceSchema = z
  .strictObject({
    name: NameSchema.meta({ description: 'Who offers the help, e.g. Digital Trust Center or Z-CERT.' }),
    url: z.url({ message: 'must be a web address' }).max(LIMITS.shortText).optional().meta({ description: 'Where to find it.' }),
    note: LocalizedTextSchema.optional().meta({ description: 'What to look for there, in our own words.' }),
  })
  .meta({ id: 'HelpSource', title: 'HelpSource', description: 'Existing help a measure points to, cited, not copied.' });

export const MeasureSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the measure.' }),
    title: LocalizedTextSchema.meta({ description: 'Name of the measure.' }),
    summary: LocalizedTextSchema.optional().meta({ description: 'One or two sentences on what the measure achieves.' }),
    steps: z
      .array(LocalizedTextSchema)
      .min(1, { message: 'must list at least one step' })
      .max(30)
      .meta({ description: 'The step plan, in order.' }),
    audience: z
      .array(z.enum(AUDIENCES, { message: `must be one of: ${AUDIENCES.join(', ')}` }))
      .min(1, { message: 'must name at least one audience' })
      .max(3)
      .meta({ description: 'Who carries out the measure: board, staff, it.' }),
    cost: z
      .strictObject({
        micro: CostEstimateSchema,
        small: CostEstimateSchema,
        medium: CostEstimateSchema,
        large: CostEstimateSchema,
      })
      .meta({ description: 'Indicative one-off and yearly cost and effort per size class.' }),
    prerequisites: z.array(CatalogKeySchema).max(20).meta({ description: 'Ids of measures that must be done first.' }),
    references: FrameworkReferencesSchema.meta({ description: 'The frameworks and laws the measure rests on.' }),
    help: z.array(HelpSourceSchema).max(20).optional().meta({ description: 'Where to find existing help for this measure.' }),
  })
  .meta({ id: 'Measure', title: 'Measure', description: 'A concrete step plan that puts one or more questions in place.' });
export type Measure = z.infer<typeof MeasureSchema>;

export const CatalogSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the catalog.' }),
    version: SemverSchema.meta({ description: 'Version of the catalog; assessments record which version they answer.' }),
    title: LocalizedTextSchema.meta({ description: 'Name of the catalog.' }),
    description: LocalizedTextSchema.optional().meta({ description: 'For whom the catalog is and what it covers.' }),
    domains: z
      .array(DomainSchema)
      .min(1, { message: 'must have at least one domain' })
      .max(100)
      .meta({ description: 'The domains, in the order they are shown.' }),
    questions: z
      .array(QuestionSchema)
      .min(1, { message: 'must have at least one question' })
      .max(LIMITS.list)
      .meta({ description: 'The questions, in the order they are asked.' }),
    measures: z.array(MeasureSchema).max(LIMITS.list).meta({ description: 'The step plans the questions link to.' }),
    glossary: z.array(GlossaryEntrySchema).max(LIMITS.list).optional().meta({
      description: 'The terms the texts use that need explaining, with their definitions in Dutch and English.',
    }),
    costBasis: CostBasisSchema.optional().meta({ description: 'What the cost figures of the measures assume (VAT, rates, headcount).' }),
  })
  .meta({
    title: 'Catalog',
    description: 'A question catalog for the basisscan: domains, questions with weighted options, and measures (step plans).',
  });
export type Catalog = z.infer<typeof CatalogSchema>;
