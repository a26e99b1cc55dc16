import { z } from 'zod';
import { CatalogRefSchema } from '../assessment.js';
import { AUDIENCES } from '../catalog.js';
import { CatalogKeySchema, IdSchema, LocalizedTextSchema } from '../common.js';
import { SizeClassSchema } from '../profile.js';
import { OutputVersionSchema } from './common.js';

const Euros = z.number().min(0);
const Score = z.number().min(0).max(100);

const RoadmapCostSchema = z
  .strictObject({
    oneOff: Euros.meta({ description: 'One-off cost in euros; with buyEffort, including the bought-in work days.' }),
    yearly: Euros.meta({ description: 'Yearly cost in euros, from the year the measure is taken on.' }),
    firstYear: Euros.meta({ description: 'oneOff + yearly: what the measure takes from the budget of the year it is taken.' }),
  })
  .meta({ id: 'RoadmapCost', title: 'RoadmapCost', description: 'The cost of one measure for the chosen size class.' });

const ProjectionSchema = z
  .strictObject({
    overall: Score.meta({ description: 'Overall score 0-100.' }),
    level: z.int().min(1).max(5).meta({ description: 'Maturity level 1-5 after caps.' }),
    levelName: LocalizedTextSchema.meta({ description: 'Name of the level.' }),
    heldDownBy: z
      .array(CatalogKeySchema)
      .meta({ description: 'The critical questions that hold the level below the band of the score; empty when none does.' }),
    label: LocalizedTextSchema.meta({ description: 'E.g. "score 77.0, level 2", and, when held down, why.' }),
  })
  .meta({ id: 'Projection', title: 'Projection', description: 'The projected score and level.' });

const RoadmapMeasureSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Measure id in the catalog.' }),
    title: LocalizedTextSchema.meta({ description: 'Name of the measure.' }),
    audience: z.array(z.enum(AUDIENCES)).meta({ description: 'Who carries it out: board, staff, it.' }),
    cost: RoadmapCostSchema,
    effortDays: z.number().min(0).meta({ description: 'Indicative one-off effort in person-days for the size class.' }),
    prerequisites: z.array(CatalogKeySchema).meta({ description: 'Its prerequisites in the catalog (done earlier, or already in place).' }),
    steps: z.array(LocalizedTextSchema).meta({ description: 'The step plan, in order.' }),
    addresses: z.array(CatalogKeySchema).meta({ description: 'Open questions (not fully in place) this measure works on.' }),
    fixes: z.array(CatalogKeySchema).meta({ description: 'Questions fully in place once this measure is done.' }),
    riskReduction: z.number().min(0).meta({ description: 'Risk reduction credited to the measure when it was chosen, 3 decimals.' }),
    asPrerequisite: z.boolean().meta({
      description: 'Whether it was pulled into the plan as a missing prerequisite of the measure planned at the end of its bundle.',
    }),
  })
  .meta({ id: 'RoadmapMeasure', title: 'RoadmapMeasure', description: 'One measure in the plan.' });

const FindOutStepSchema = z
  .strictObject({
    questions: z.array(CatalogKeySchema).meta({ description: 'The questions answered "unknown" or not answered, in catalog order.' }),
    cost: z.literal(0).meta({ description: 'Always 0: finding out costs nothing.' }),
    explanation: LocalizedTextSchema.meta({ description: 'Why this comes first.' }),
  })
  .meta({
    id: 'FindOutStep',
    title: 'FindOutStep',
    description: 'The zero-cost first step: find out what was answered "unknown" or left open.',
  });

const RoadmapYearSchema = z
  .strictObject({
    year: z.int().min(1).meta({ description: '1 for the first year of the plan.' }),
    findOut: FindOutStepSchema.nullable().meta({
      description: 'The find-out step, in year 1 only and only when something is unknown or unanswered; else null.',
    }),
    measures: z.array(RoadmapMeasureSchema).meta({ description: 'The measures taken this year, in the order to take them.' }),
    committed: Euros.meta({ description: 'Yearly costs of measures taken in earlier years.' }),
    spent: Euros.meta({ description: "committed + the first-year costs of this year's measures; never more than the budget." }),
    remaining: z.number().meta({ description: 'budget − spent.' }),
    effortDays: z.number().min(0).meta({ description: "Person-days of this year's new measures." }),
    projected: ProjectionSchema.meta({ description: 'The score once the questions fixed so far are in place.' }),
  })
  .meta({ id: 'RoadmapYear', title: 'RoadmapYear', description: 'One year of the plan.' });

const UnscheduledMeasureSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Measure id in the catalog.' }),
    title: LocalizedTextSchema.meta({ description: 'Name of the measure.' }),
    reason: z.enum(['too-expensive', 'budget-exhausted']).meta({
      description:
        "too-expensive: with its missing prerequisites it costs more than a whole year's budget (or effort limit); budget-exhausted: it lost out to measures with more risk reduction per euro.",
    }),
    cost: RoadmapCostSchema.meta({ description: 'Its own cost, without prerequisites.' }),
    addresses: z.array(CatalogKeySchema).meta({ description: 'Open questions it would work on.' }),
    riskReduction: z.number().min(0).meta({ description: 'Its risk reduction at the end of the plan, 3 decimals.' }),
  })
  .meta({
    id: 'UnscheduledMeasure',
    title: 'UnscheduledMeasure',
    description: 'A measure that would reduce risk but did not fit in the plan.',
  });

/** What `lsh-cyber roadmap --json` prints: `schemaVersion` and the engine's `Roadmap` (`planRoadmap`). */
export const RoadmapOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    assessmentId: IdSchema.meta({ description: 'The assessment the report scored.' }),
    catalog: CatalogRefSchema.meta({ description: 'The catalog the plan draws its measures from.' }),
    sizeClass: SizeClassSchema.meta({ description: 'The size class whose costs were used.' }),
    budgetPerYear: Euros.meta({ description: 'Euros available each year.' }),
    effortDaysPerYear: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: "The yearly own-effort limit in person-days (the size class's default unless given), or null for none." }),
    dayRate: Euros.meta({ description: 'Euros per bought-in person-day.' }),
    buyEffort: z.boolean().meta({ description: 'Whether work days were bought in at dayRate.' }),
    baseline: ProjectionSchema.meta({ description: 'The score before any measure.' }),
    alreadyInPlace: z
      .array(CatalogKeySchema)
      .meta({ description: 'Measures counted as done already: every applicable question linked to them is fully in place.' }),
    years: z.array(RoadmapYearSchema).meta({ description: 'The plan, year by year.' }),
    notScheduled: z
      .array(UnscheduledMeasureSchema)
      .meta({ description: 'Measures that would reduce risk but did not fit, in catalog order.' }),
    unknownQuestions: z
      .array(
        z.strictObject({
          questionId: CatalogKeySchema.meta({ description: "The question's id, to link back to it." }),
          domain: CatalogKeySchema.meta({ description: 'Domain id.' }),
          text: LocalizedTextSchema.meta({ description: 'The question.' }),
        }),
      )
      .meta({ description: 'The questions answered "don\'t know", in catalog order, to go back to.' }),
  })
  .meta({
    title: 'RoadmapOutput',
    description: 'What `lsh-cyber roadmap --json` prints: the measures that close the gaps, year by year within a budget.',
  });
export type RoadmapOutput = z.infer<typeof RoadmapOutputSchema>;
