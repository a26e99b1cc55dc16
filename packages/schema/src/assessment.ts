import { z } from 'zod';
import {
  CatalogKeySchema,
  DateTimeSchema,
  DollarSchemaSchema,
  IdSchema,
  LIMITS,
  SchemaVersionSchema,
  SemverSchema,
  TextSchema,
} from './common.js';
import { OrganisationSchema } from './profile.js';

export const AnswerSchema = z
  .strictObject({
    value: CatalogKeySchema.meta({
      description: 'The chosen option value of the question, or "na" (not applicable, where allowed) or "unknown" (do not know).',
    }),
    note: TextSchema.optional().meta({ description: 'A free note by the person answering.' }),
  })
  .meta({ id: 'Answer', title: 'Answer', description: 'The answer to one question.' });
export type Answer = z.infer<typeof AnswerSchema>;

export const CatalogRefSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Id of the catalog answered.' }),
    version: SemverSchema.meta({ description: 'Version of the catalog answered.' }),
  })
  .meta({ id: 'CatalogRef', title: 'CatalogRef', description: 'Which catalog, and which version of it, an assessment answers.' });
export type CatalogRef = z.infer<typeof CatalogRefSchema>;

export const SelfRatingSchema = z
  .int({ message: 'must be a whole number from 1 to 5' })
  .min(1, { message: 'must be at least 1' })
  .max(5, { message: 'must be at most 5' });

export const AssessmentSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    id: IdSchema.meta({ description: 'Stable identifier of the assessment.' }),
    organisation: OrganisationSchema.meta({ description: 'The organisation that answered.' }),
    catalog: CatalogRefSchema,
    answers: z
      .record(CatalogKeySchema, AnswerSchema)
      .refine((r) => Object.keys(r).length <= LIMITS.list, {
        message: `must hold at most ${LIMITS.list} answers`,
        params: { code: 'too-big', maximum: LIMITS.list, unit: 'items' },
      })
      .meta({
        maxProperties: LIMITS.list,
        description: 'Answers by question id. A question without an entry is unanswered.',
      }),
    selfRating: SelfRatingSchema.optional().meta({
      description: 'How resilient the organisation thinks it is, from 1 (not at all) to 5 (fully), asked before the questions.',
    }),
    createdAt: DateTimeSchema.meta({ description: 'When the assessment was started.' }),
    updatedAt: DateTimeSchema.meta({ description: 'When an answer was last changed.' }),
    completedAt: DateTimeSchema.optional().meta({ description: 'When the organisation marked the assessment complete.' }),
  })
  .meta({
    title: 'Assessment',
    description: "An organisation's answers to one version of a catalog, with its own estimate of its resilience.",
  });
export type Assessment = z.infer<typeof AssessmentSchema>;
