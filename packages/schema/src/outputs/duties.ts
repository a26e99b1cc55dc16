import { z } from 'zod';
import { OutputTextSchema, OutputVersionSchema } from './common.js';

const reasons = (what: string) => z.array(OutputTextSchema).meta({ description: `Why ${what}, each with its legal basis.` });

/** What `lsh-cyber duties --json` prints: `schemaVersion` and the engine's `Applicability` (`applicability`). */
export const DutiesOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    nis2: z
      .strictObject({
        status: z.enum(['essential', 'important', 'out', 'uncertain']).meta({
          description: 'essential or important entity, out (not under NIS2), or uncertain (not decidable from the profile).',
        }),
        reasons: reasons('the status is what it is'),
        missing: z.array(z.string()).meta({ description: 'Profile fields that would decide an uncertain status; empty otherwise.' }),
      })
      .meta({ description: 'Whether NIS2 applies.' }),
    gdpr: z
      .strictObject({
        role: z.enum(['controller', 'processor', 'both', 'none']).meta({ description: "The organisation's role for personal data." }),
        reasons: reasons('the role is what it is'),
      })
      .meta({ description: 'The GDPR role.' }),
    mdr: z
      .strictObject({
        manufacturer: z.boolean().meta({ description: 'Whether it makes medical devices or in-vitro diagnostics.' }),
        regulation: z
          .enum(['mdr', 'ivdr'])
          .optional()
          .meta({ description: 'mdr or ivdr, when it is a manufacturer and the profile says which.' }),
        reasons: reasons('it is or is not a manufacturer'),
      })
      .meta({ description: 'Whether the Medical Devices Regulation (or IVDR) reporting duties apply.' }),
    cra: z
      .strictObject({
        manufacturer: z.boolean().meta({ description: 'Whether it makes products with digital elements.' }),
        reasons: reasons('it is or is not a manufacturer'),
      })
      .meta({ description: 'Whether the Cyber Resilience Act reporting duties apply.' }),
  })
  .meta({
    title: 'DutiesOutput',
    description: 'What `lsh-cyber duties --json` prints: which incident-reporting laws apply to an organisation, and why.',
  });
export type DutiesOutput = z.infer<typeof DutiesOutputSchema>;
