import { z } from 'zod';
import { OutputTextSchema, OutputVersionSchema } from './common.js';

/** The laws whose incident duties the duties engine knows. */
export const RegimeSchema = z
  .enum(['nis2', 'gdpr', 'mdr', 'cra'])
  .meta({ description: 'The law: nis2, gdpr, mdr (medical devices, IVDR included) or cra (Cyber Resilience Act).' });

const UtcSchema = z.iso.datetime().meta({ description: 'A moment in UTC, ISO 8601.' });

const DeadlineSchema = z
  .strictObject({
    regime: RegimeSchema,
    duty: z.string().meta({ description: 'Stable id of the duty, e.g. nis2.early-warning.' }),
    title: OutputTextSchema.meta({ description: 'Name of the report.' }),
    to: OutputTextSchema.meta({ description: 'Who receives the report.' }),
    due: UtcSchema.meta({ description: 'The latest moment the report is due (UTC); for "without undue delay", the start itself.' }),
    startsAt: UtcSchema.meta({ description: 'The moment the clock started (UTC).' }),
    startsWhen: z.enum(['aware', 'notified', 'fix-available']).meta({
      description: 'What started the clock: becoming aware of the incident, its notification, or a fix becoming available.',
    }),
    basis: z.string().meta({ description: 'The article that sets the duty.' }),
    provisional: z.boolean().meta({
      description: 'True when the clock starts at the notification, none was sent yet, and the latest legal moment to send it is assumed.',
    }),
    withoutUndueDelay: z.boolean().meta({ description: 'True when the law says "without undue delay" instead of a fixed period.' }),
  })
  .meta({ id: 'Deadline', title: 'Deadline', description: 'One reporting deadline of an incident.' });

/** What `lsh-cyber deadlines --json` prints: `schemaVersion` and the engine's list of deadlines (`deadlines`). */
export const DeadlinesOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    deadlines: z
      .array(DeadlineSchema)
      .meta({ description: 'Every reporting deadline the incident starts, in the order the engine gives.' }),
  })
  .meta({
    title: 'DeadlinesOutput',
    description: 'What `lsh-cyber deadlines --json` prints: the reporting deadlines an incident starts, times in UTC.',
  });
export type DeadlinesOutput = z.infer<typeof DeadlinesOutputSchema>;
