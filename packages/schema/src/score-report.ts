import { z } from 'zod';
import { CatalogRefSchema } from './assessment.js';
import { CatalogKeySchema, DollarSchemaSchema, IdSchema, LocalizedTextSchema, SchemaVersionSchema } from './common.js';
import { SizeClassSchema, SubsectorSchema } from './profile.js';

const Score = z.number().min(0).max(100);
const Count = z.int().min(0);
const Level = z.int().min(1).max(5);

/** How an answer counts in the score. */
export const ANSWER_STATUSES = ['in-place', 'partly', 'not-in-place', 'unknown', 'unanswered', 'not-applicable', 'excluded'] as const;

export const CountsSchema = z
  .strictObject({
    questions: Count.meta({ description: 'Questions in the catalog.' }),
    applicable: Count.meta({ description: 'Questions that apply to the organisation profile and are not answered "na".' }),
    answered: Count.meta({ description: 'Applicable questions answered with one of their options.' }),
    unknown: Count.meta({ description: 'Applicable questions answered "unknown".' }),
    unanswered: Count.meta({ description: 'Applicable questions without an answer.' }),
    notApplicable: Count.meta({ description: 'Questions answered "na" where the question allows it.' }),
    excluded: Count.meta({ description: 'Questions left out because they do not apply to the profile.' }),
  })
  .meta({ id: 'Counts', title: 'Counts', description: 'How the questions were answered.' });

export const DomainScoreSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Domain id.' }),
    title: LocalizedTextSchema.meta({ description: 'Domain name.' }),
    score: Score.nullable().meta({ description: 'Domain score 0-100; null when nothing applies or too little data.' }),
    status: z.enum(['scored', 'insufficient-data', 'not-applicable']).meta({
      description: 'scored; insufficient-data when most questions were answered "na"; not-applicable when no question applies.',
    }),
    weight: z.number().min(0).meta({ description: 'Sum of the weights of the applicable questions.' }),
    naShare: z.number().min(0).max(1).meta({
      description:
        'Share of the weight of the questions that apply to the profile answered "na"; above 0.5 the domain has insufficient data.',
    }),
    counts: CountsSchema,
  })
  .meta({ id: 'DomainScore', title: 'DomainScore', description: 'The score of one domain.' });

export const ContributionSchema = z
  .strictObject({
    questionId: CatalogKeySchema.meta({ description: 'Question id.' }),
    domain: CatalogKeySchema.meta({ description: 'Domain id.' }),
    answer: z.string().nullable().meta({ description: 'The answer value given, or null when unanswered.' }),
    status: z.enum(ANSWER_STATUSES).meta({ description: 'How the answer counts.' }),
    points: z.number().min(0).max(1).meta({ description: 'Points of the chosen option, 0 to 1 (0 for unknown and unanswered).' }),
    weight: z.number().min(0).meta({ description: 'Weight of the question.' }),
    earned: z.number().min(0).max(100).meta({ description: 'Points of the overall score (0-100) this answer earned.' }),
    lost: z
      .number()
      .min(0)
      .max(100)
      .meta({ description: 'Points of the overall score (0-100) this answer cost, against the best option.' }),
    critical: z.boolean().meta({ description: 'Whether the question is a knock-out control.' }),
    counted: z.boolean().meta({
      description: 'Whether the answer counts in the overall score: false when excluded, "na", or in a domain with insufficient data.',
    }),
  })
  .meta({ id: 'Contribution', title: 'Contribution', description: 'What one answer added to or cost the score.' });

export const CriticalGapSchema = z
  .strictObject({
    questionId: CatalogKeySchema.meta({ description: 'Question id.' }),
    domain: CatalogKeySchema.meta({ description: 'Domain id.' }),
    text: LocalizedTextSchema.meta({ description: 'The question.' }),
    status: z.enum(ANSWER_STATUSES).meta({ description: 'How it was answered.' }),
    cap: Level.meta({ description: 'The maximum level this gap allows: 3 when partly in place, 2 otherwise.' }),
    measures: z.array(CatalogKeySchema).meta({ description: 'Measures that close the gap.' }),
  })
  .meta({ id: 'CriticalGap', title: 'CriticalGap', description: 'A critical question that is not fully in place.' });

export const LevelSchema = z
  .strictObject({
    value: Level.meta({ description: 'Maturity level 1-5 after caps.' }),
    name: LocalizedTextSchema.meta({ description: 'Name of the level.' }),
    uncapped: Level.meta({ description: 'The level the score alone would give.' }),
    cap: Level.nullable().meta({
      description: 'The maximum level allowed by the critical gaps and the weakest domain, or null when no cap applies.',
    }),
    cappedBy: z.array(CatalogKeySchema).meta({ description: 'Ids of the critical questions that hold the level below the score level.' }),
    domainCap: z
      .strictObject({
        domain: CatalogKeySchema.meta({ description: 'Id of the weakest scored domain.' }),
        score: Score.meta({ description: 'Its score 0-100.' }),
        cap: Level.meta({ description: 'The maximum level it allows: one above the level band of its score.' }),
      })
      .nullable()
      .meta({ description: 'The weakest domain when it holds the level below the score level, else null.' }),
    explanation: LocalizedTextSchema.meta({ description: 'Why the level is what it is, in a sentence.' }),
  })
  .meta({ id: 'Level', title: 'Level', description: 'The maturity level and why.' });

export const FrameworkViewSchema = z
  .strictObject({
    nis2: z
      .array(
        z.strictObject({
          letter: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']).meta({ description: 'NIS2 Article 21(2) letter.' }),
          score: Score.nullable().meta({ description: 'Score 0-100 over the applicable questions citing this letter; null when none.' }),
          questions: Count.meta({ description: 'Applicable questions citing this letter.' }),
        }),
      )
      .meta({ description: 'Per NIS2 Article 21(2) measure (a)-(j).' }),
    iso27001: z
      .array(
        z.strictObject({
          control: z.string().meta({ description: 'ISO/IEC 27001:2022 Annex A control.' }),
          addressed: z.boolean().meta({
            description: 'True when at least one applicable question cites the control and every one of them is fully in place.',
          }),
          score: Score.nullable().meta({ description: 'Score 0-100 over the applicable questions citing the control; null when none.' }),
          questions: Count.meta({ description: 'Applicable questions citing this control.' }),
        }),
      )
      .meta({ description: 'Per ISO/IEC 27001:2022 Annex A control cited by the catalog.' }),
  })
  .meta({ id: 'FrameworkView', title: 'FrameworkView', description: 'The score seen through NIS2 and ISO/IEC 27001.' });

export const ScoreReportSchema = z
  .strictObject({
    $schema: DollarSchemaSchema,
    schemaVersion: SchemaVersionSchema,
    method: z.string().meta({ description: 'Identifier of the scoring method and its version, e.g. lsh-basisscan/1.' }),
    assessmentId: IdSchema.meta({ description: 'Id of the assessment scored.' }),
    organisationId: IdSchema.meta({ description: 'Id of the organisation.' }),
    subsector: SubsectorSchema.meta({ description: 'Subsector of the organisation, for applicability and peer comparison.' }),
    sizeClass: SizeClassSchema.meta({ description: 'Size class of the organisation, for applicability and peer comparison.' }),
    catalog: CatalogRefSchema,
    status: z.enum(['scored', 'insufficient-data']).meta({
      description: 'scored; insufficient-data when no domain could be scored (overall is then 0 and level 1).',
    }),
    overall: Score.meta({
      description: 'Overall score 0-100: the mean of the scored domain scores, each the weighted share of points earned, 1 decimal.',
    }),
    level: LevelSchema,
    domains: z.array(DomainScoreSchema).meta({ description: 'Scores per domain, in catalog order.' }),
    counts: CountsSchema,
    criticalGaps: z.array(CriticalGapSchema).meta({ description: 'Critical questions that are not fully in place, in catalog order.' }),
    selfRating: Level.nullable().meta({ description: 'The self-rating 1-5, or null when not given.' }),
    perceptionGap: z.int().min(-4).max(4).nullable().meta({
      description: 'Self-rating minus measured level; positive means the organisation overestimates itself. Null without self-rating.',
    }),
    frameworks: FrameworkViewSchema,
    contributions: z.array(ContributionSchema).meta({ description: 'What each question added or cost, in catalog order.' }),
  })
  .meta({
    title: 'ScoreReport',
    description: 'The scoring engine output for one assessment: scores, level, gaps and an explanation of every number.',
  });
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
