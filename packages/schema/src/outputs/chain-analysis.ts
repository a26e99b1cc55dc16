import { z } from 'zod';
import { IdSchema } from '../common.js';
import { CountSchema, OutputVersionSchema } from './common.js';

const Score = z.number().min(0).max(100);

const organisationResultFields = {
  id: IdSchema.meta({ description: "The organisation's id." }),
  own: Score.meta({ description: 'Its own score, or the unknown score when it has not been assessed.' }),
  effective: Score.meta({ description: 'Its effective score: its own score, lowered by what it depends on.' }),
  via: IdSchema.nullable().meta({ description: 'The next organisation on its explanation path, or null when it binds itself.' }),
  origin: IdSchema.meta({ description: 'The organisation that binds it: the end of its path (itself when via is null).' }),
  assessed: z.boolean().meta({ description: 'Whether its own score is known (false: own is the unknown score).' }),
};

const OrganisationResultSchema = z
  .strictObject(organisationResultFields)
  .meta({ id: 'OrganisationResult', title: 'OrganisationResult', description: 'What propagation says about one organisation.' });

const LowestEntrySchema = z
  .strictObject({
    ...organisationResultFields,
    path: z.array(IdSchema).meta({
      description: '[id, ..., origin]: each next organisation is the supplier whose bound sets the score.',
    }),
  })
  .meta({
    id: 'LowestEntry',
    title: 'LowestEntry',
    description: 'An organisation with one of the lowest effective scores, and the path that explains it.',
  });

const ExposureEntrySchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'The organisation.' }),
    binds: CountSchema.meta({ description: 'How many other organisations it binds: it is the origin of their explanation path.' }),
    loss: z.number().min(0).meta({ description: "The sum of those organisations' loss, own score minus effective score." }),
    own: Score.meta({ description: 'Its own score (the unknown score when not assessed).' }),
    assessed: z.boolean().meta({ description: 'Whether its own score is known.' }),
  })
  .meta({ id: 'ExposureEntry', title: 'ExposureEntry', description: 'How much one organisation holds the chain back.' });

const SinglePointsOfFailureSchema = z
  .strictObject({
    organisations: z
      .array(
        z.strictObject({
          id: IdSchema.meta({ description: 'The organisation that fails (its own score drops to 0).' }),
          affected: CountSchema.meta({ description: "How many other organisations' effective score drops." }),
          totalDrop: z.number().min(0).meta({ description: 'The sum of those drops.' }),
          maxDrop: z.number().min(0).meta({ description: 'The largest single drop.' }),
        }),
      )
      .meta({ description: 'Organisations whose failure lowers at least one other: most affected first, then largest total drop.' }),
    dependencies: z
      .array(
        z.strictObject({
          from: IdSchema.meta({ description: 'The organisation that depends.' }),
          to: IdSchema.meta({ description: 'The supplier it has no alternative for.' }),
          criticality: z.number().min(0).max(1).meta({ description: "The dependency's criticality." }),
          drop: z.number().min(0).meta({ description: "How much from's effective score drops when to fails." }),
        }),
      )
      .meta({ description: "Dependencies without alternative whose supplier's failure lowers the dependant: largest drop first." }),
    withoutAlternative: CountSchema.meta({
      description: "How many dependencies have no alternative and a criticality above 0, whether their supplier's failure matters or not.",
    }),
  })
  .meta({
    id: 'SinglePointsOfFailure',
    title: 'SinglePointsOfFailure',
    description: 'Single points of failure: organisations whose failure lowers others, and dependencies without alternative.',
  });

/** What `lsh-cyber chain --json` prints: the chain's summary and the propagation, exposure and single-point-of-failure results. */
export const ChainAnalysisOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    chain: z
      .strictObject({
        id: IdSchema.meta({ description: 'Id of the chain (csv-chain for a chain read from CSV).' }),
        name: z.string().meta({ description: 'Name of the chain.' }),
        organisations: CountSchema.meta({ description: 'Organisations in the chain.' }),
        dependencies: CountSchema.meta({ description: 'Dependencies in the chain.' }),
        repeatedDependencies: CountSchema.meta({
          description: 'Dependencies that repeat an earlier one between the same two organisations (legal).',
        }),
        assessed: CountSchema.meta({ description: 'Organisations with an own score.' }),
        unknownScore: Score.meta({ description: 'The own score assumed for organisations that have not been assessed.' }),
      })
      .meta({ description: 'The chain in numbers.' }),
    top: z.int().min(1).meta({ description: 'The --top used for the lists lowest, exposure and singlePointsOfFailure.' }),
    lowest: z.array(LowestEntrySchema).meta({ description: 'Lowest effective score first, ties in chain order; at most top entries.' }),
    exposure: z.array(ExposureEntrySchema).meta({ description: 'Who holds the chain back, most loss first; at most top entries.' }),
    singlePointsOfFailure: SinglePointsOfFailureSchema,
    organisations: z.array(OrganisationResultSchema).meta({ description: 'Every organisation, in chain order.' }),
  })
  .meta({
    title: 'ChainAnalysisOutput',
    description: 'What `lsh-cyber chain --json` prints: effective scores, weakest links and single points of failure of a chain.',
  });
export type ChainAnalysisOutput = z.infer<typeof ChainAnalysisOutputSchema>;
