import { z } from 'zod';
import { IdSchema } from '../common.js';
import { OutputTextSchema, OutputVersionSchema } from './common.js';
import { RegimeSchema } from './deadlines.js';

const texts = (description: string) => z.array(OutputTextSchema).meta({ description });

const CardContactSchema = z
  .strictObject({
    id: z.string().meta({ description: "Stable id, e.g. ncsc or the supplier's id in the chain." }),
    name: z.string().meta({ description: 'Name; empty when it is a blank to fill in.' }),
    when: OutputTextSchema.meta({ description: 'When to call them.' }),
    phone: z.string().optional().meta({ description: 'Phone number.' }),
    url: z.string().optional().meta({ description: 'Web address.' }),
    source: z.string().meta({ description: "Where the details come from: a web page, or own (the organisation's chain or input)." }),
    checkedOn: z.string().optional().meta({ description: 'The date the details were checked (ISO date), for national contacts.' }),
  })
  .meta({ id: 'CardContact', title: 'CardContact', description: 'One number or address to call in an incident.' });

/** What `lsh-cyber ehbo --json` prints: `schemaVersion` and the engine's `FirstAidCard` (`firstAidCard`). */
export const EhboCardOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    organisation: z
      .strictObject({
        id: IdSchema.meta({ description: "The organisation's id." }),
        name: z.string().meta({ description: "The organisation's name." }),
      })
      .meta({ description: 'The organisation the card is for.' }),
    title: OutputTextSchema.meta({ description: 'Title of the card.' }),
    firstMoves: texts('The first three things anyone does, before anything else.'),
    bob: z
      .strictObject({
        picture: texts('Round 1: get the picture.'),
        judge: texts('Round 2: judge.'),
        decide: texts('Round 3: decide.'),
      })
      .meta({ description: 'The three rounds of the BOB method.' }),
    scenarios: z
      .array(
        z.strictObject({
          id: z.enum(['ransomware', 'lost-laptop', 'account-takeover', 'supplier-breach']).meta({ description: 'The incident.' }),
          title: OutputTextSchema.meta({ description: 'Name of the incident.' }),
          do: texts('What to do.'),
          dont: texts('What not to do.'),
        }),
      )
      .meta({ description: 'First steps for common incidents.' }),
    scaleUp: z
      .array(
        z.strictObject({
          level: z.union([z.literal(1), z.literal(2), z.literal(3)]).meta({ description: 'Level 1 to 3.' }),
          when: OutputTextSchema.meta({ description: 'When it applies.' }),
          who: OutputTextSchema.meta({ description: 'Who then leads.' }),
        }),
      )
      .meta({ description: 'The levels of scaling up.' }),
    contacts: z
      .strictObject({
        own: z.array(CardContactSchema).meta({ description: "The organisation's own suppliers and insurer." }),
        national: z.array(CardContactSchema).meta({ description: 'National contacts: NCSC, Z-CERT, AP, IGJ, police, as they apply.' }),
      })
      .meta({ description: 'Who to call.' }),
    clocks: z
      .array(
        z.strictObject({
          regime: RegimeSchema,
          duty: z.string().meta({ description: 'Stable id of the duty, e.g. nis2.early-warning.' }),
          title: OutputTextSchema.meta({ description: 'Name of the report.' }),
          to: OutputTextSchema.meta({ description: 'Who receives the report.' }),
          within: OutputTextSchema.meta({ description: 'The period and its start in words.' }),
          basis: z.string().meta({ description: 'The article that sets the duty.' }),
        }),
      )
      .meta({ description: 'The reporting clocks that apply: rules, not times, since no incident has happened yet.' }),
    applies: texts('One line per law on whether it applies.'),
    footer: OutputTextSchema.meta({ description: 'The footer of the card.' }),
    checkedOn: z.string().meta({ description: 'The date the national contacts were checked (ISO date).' }),
  })
  .meta({
    title: 'EhboCardOutput',
    description: 'What `lsh-cyber ehbo --json` prints: the content of the one-page incident first-aid (EHBO) card.',
  });
export type EhboCardOutput = z.infer<typeof EhboCardOutputSchema>;
